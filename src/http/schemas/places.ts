/** Request schemas for the gazetteer. */
import { z } from "zod";
import { hasArabicScript } from "../../domain/arabic.js";
import { PLACE_KINDS } from "../../domain/geo/gazetteer.js";
import { MAX_ZOOM } from "../../domain/map-grid.js";
import { DEFAULT_PLACE_LABELS, MAX_PLACE_LABELS } from "../../domain/place-labels.js";
import { storable, text } from "./common.js";

export const PlaceSearchQuery = z.strictObject({
  q: text(200).describe(
    "A place name in Arabic or Latin script; spelling variants, diacritics and the article al-/ال are tolerated",
  ),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe("How many places (1–50)"),
});

export const PlaceLabelQuery = z.strictObject({
  bbox: z
    .string()
    .max(200)
    .optional()
    .describe("minLon,minLat,maxLon,maxLat in WGS84 degrees; the whole world when absent"),
  zoom: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_ZOOM)
    .describe("The map's zoom: cities from afar, then towns, villages, suburbs and hamlets"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PLACE_LABELS)
    .default(DEFAULT_PLACE_LABELS)
    .describe(`At most this many places, the most important first (1–${MAX_PLACE_LABELS})`),
});

const latitude = z.number().min(-90).max(90).describe("WGS84 decimal degrees");
const longitude = z.number().min(-180).max(180).describe("WGS84 decimal degrees");
const placeName = (what: string) => text(200).describe(what);
const arabicName = placeName("The place's Arabic name, in Arabic script").refine(
  (v) => hasArabicScript(v),
  "must be written in Arabic script",
);

export const GazetteerListQuery = z.strictObject({
  q: text(200)
    .optional()
    .describe("A name in either script (the place search's spelling tolerance); absent: all"),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe("Page size (1–200)"),
  offset: z.coerce.number().int().min(0).max(100_000).default(0).describe("Places to skip"),
});

export const PlaceParams = z.strictObject({
  id: storable(z.string().min(1).max(200)).describe('A place id, URL-encoded: "osm%3Anode%2F123"'),
});

export const NewPlaceBody = z.strictObject({
  name: placeName("The usual Latin-script name"),
  nameAr: arabicName,
  variants: z
    .array(placeName("Another spelling, in either script"))
    .max(50)
    .default([])
    .describe("Other spellings that should find the place"),
  lat: latitude,
  lon: longitude,
  kind: z.enum(PLACE_KINDS),
  population: z.number().int().min(0).nullable().default(null),
  approximate: z.boolean().default(false).describe("Rough coordinates: good for where_prec ≥ 2"),
  authoritativeName: z
    .enum(["ar", "latin"])
    .default("ar")
    .describe("Which of the two names prevails (the Arabic one unless said otherwise)"),
});

export const PositionBody = z.strictObject({
  lat: latitude,
  lon: longitude,
  approximate: z.boolean().default(false),
  reason: text(500).describe("Why the position changes (kept in the audit entry)"),
});

export const MergeBody = z.strictObject({
  from: storable(z.string().min(1).max(200)).describe(
    "The duplicate: merged, its names kept as variants",
  ),
  into: storable(z.string().min(1).max(200)).describe("The place that stays"),
  reason: text(500).describe("Why these are one place (kept in the audit entry)"),
});

export const ImportBody = z.strictObject({
  fileName: text(200).describe(
    "The file's name; its ending tells the format: .json (the project's gazetteer or GeoJSON), .geojson, .csv (OpenStreetMap places), .tsv/.txt (GeoNames)",
  ),
  text: storable(
    z
      .string()
      .min(1)
      .max(8 * 1024 * 1024),
  ).describe("The file's content (UTF-8)"),
});
