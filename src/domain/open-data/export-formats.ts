/**
 * The open-data files, written a record at a time (so an export streams): ACLED's current and
 * pre-2023 column sets, UCDP GED, HXL-tagged CSV and GeoJSON, for the mission's published
 * incidents (public-record.ts) and for context events imported from other datasets.
 */
import { csvCell, type CsvValue } from "../csv.js";
import { CATEGORY_LABELS } from "../taxonomy.js";
import {
  ACLED_COLUMNS,
  ACLED_LEGACY_COLUMNS,
  ACLED_TYPE_OF,
  acledGeoPrecision,
  acledTimePrecision,
  disorderTypeOf,
  UCDP_COLUMNS,
  violenceTypeOf,
} from "./crosswalk.js";
import type { ContextEventInput } from "./import-rows.js";
import type { OpenDataRecord } from "./public-record.js";

export const OPEN_DATA_FORMATS = ["acled", "acled-legacy", "ucdp", "geojson", "hxl"] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

export const MEDIA_TYPE: Record<OpenDataFormat, string> = {
  acled: "text/csv; charset=utf-8",
  "acled-legacy": "text/csv; charset=utf-8",
  ucdp: "text/csv; charset=utf-8",
  hxl: "text/csv; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
};

export const FILE_EXTENSION: Record<OpenDataFormat, string> = {
  acled: "csv",
  "acled-legacy": "csv",
  ucdp: "csv",
  hxl: "csv",
  geojson: "geojson",
};

/** The HXL columns: a header for people and a hashtag row for machines (hxlstandard.org). */
const HXL_COLUMNS: readonly [string, string, (r: OpenDataRecord) => CsvValue][] = [
  ["Event id", "#event+id", (r) => r.reference],
  ["Start date", "#date+start", (r) => r.dateStart],
  ["End date", "#date+end", (r) => r.dateEnd],
  ["Category code", "#event+type+code", (r) => r.category],
  ["Category", "#event+type+i_en", (r) => CATEGORY_LABELS[r.category].en],
  ["الفئة", "#event+type+i_ar", (r) => CATEGORY_LABELS[r.category].ar],
  ["Place", "#loc+name+i_en", (r) => r.place],
  ["المكان", "#loc+name+i_ar", (r) => r.placeAr],
  ["District", "#adm1+name+i_en", (r) => r.admin1],
  ["المنطقة", "#adm1+name+i_ar", (r) => r.admin1Ar],
  ["Latitude", "#geo+lat", (r) => r.lat],
  ["Longitude", "#geo+lon", (r) => r.lon],
  ["Location precision (UCDP)", "#geo+precision", (r) => r.wherePrecision],
  ["Parties concerned", "#org+concerned", (r) => r.concernedParties.join("; ")],
  ["Party attributed", "#org+attributed", (r) => r.attributedParty],
  ["Outcome", "#status+outcome", (r) => r.outcome],
  ["Verification level", "#status+verification", (r) => r.verificationLevel],
  ["Narrative", "#description+i_en", (r) => r.notes],
  ["السرد", "#description+i_ar", (r) => r.notesAr],
  ["Published", "#date+published", (r) => r.updatedAt],
];

const COLUMNS: Record<Exclude<OpenDataFormat, "geojson">, readonly string[]> = {
  acled: ACLED_COLUMNS,
  "acled-legacy": ACLED_LEGACY_COLUMNS,
  ucdp: UCDP_COLUMNS,
  hxl: HXL_COLUMNS.map((c) => c[0]),
};

function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

/** What opens the file: the header (and HXL's hashtag row), or the GeoJSON collection. */
export function documentStart(format: OpenDataFormat): string {
  if (format === "geojson") return '{"type":"FeatureCollection","features":[\n';
  const header = csvLine(COLUMNS[format]);
  return format === "hxl" ? header + csvLine(HXL_COLUMNS.map((c) => c[1])) : header;
}

/** What closes the file. */
export function documentEnd(format: OpenDataFormat): string {
  return format === "geojson" ? "\n]}\n" : "";
}

/** Between two records (GeoJSON's features are comma-separated). */
export function recordSeparator(format: OpenDataFormat): string {
  return format === "geojson" ? ",\n" : "";
}

const unixSeconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
const digits = (ref: string) => ref.replace(/\D/g, "");

/** One published incident in `format`. */
export function publicRecordText(format: OpenDataFormat, r: OpenDataRecord): string {
  if (format === "geojson") return JSON.stringify(publicRecordFeature(r));
  if (format === "hxl") return csvLine(HXL_COLUMNS.map((c) => c[2](r)));
  const values = format === "ucdp" ? ucdpValuesOf(r) : acledValuesOf(r);
  return csvLine(COLUMNS[format].map((c) => values[c]));
}

/** A published incident as a GeoJSON feature: the record, its point as the geometry. */
function publicRecordFeature(r: OpenDataRecord) {
  const { lat, lon, ...properties } = r;
  return {
    type: "Feature" as const,
    id: r.id,
    geometry:
      lat !== null && lon !== null ? { type: "Point" as const, coordinates: [lon, lat] } : null,
    properties,
  };
}

function acledValuesOf(r: OpenDataRecord): Record<string, CsvValue> {
  const type = ACLED_TYPE_OF[r.category];
  return {
    event_id_cnty: r.reference,
    event_id_no_cnty: digits(r.reference),
    event_date: r.dateStart,
    year: Number(r.dateStart.slice(0, 4)),
    time_precision: acledTimePrecision(r.datePrecision),
    disorder_type: disorderTypeOf(type.eventType),
    event_type: type.eventType,
    sub_event_type: type.subEventType,
    actor1: r.attributedParty,
    civilian_targeting: r.category === "A7" ? "Civilian targeting" : "",
    admin1: r.admin1,
    location: r.place ?? r.admin1,
    latitude: r.lat,
    longitude: r.lon,
    geo_precision: r.wherePrecision === null ? null : acledGeoPrecision(r.wherePrecision),
    notes: r.notes,
    tags: `category=${r.category}; outcome=${r.outcome}; verification=${r.verificationLevel}`,
    timestamp: unixSeconds(r.updatedAt),
  };
}

function ucdpValuesOf(r: OpenDataRecord): Record<string, CsvValue> {
  return {
    id: r.reference,
    relid: r.reference,
    year: Number(r.dateStart.slice(0, 4)),
    type_of_violence: violenceTypeOf(r.category),
    side_a: r.attributedParty,
    where_prec: r.wherePrecision,
    where_coordinates: r.place ?? r.admin1,
    where_description: r.notes,
    adm_1: r.admin1,
    latitude: r.lat,
    longitude: r.lon,
    geom_wkt: r.lat !== null && r.lon !== null ? `POINT (${r.lon} ${r.lat})` : null,
    // V3 and above name the event clearly (domain.md §5.3).
    event_clarity: ["V3", "V4"].includes(r.verificationLevel) ? 1 : 2,
    date_prec: r.datePrecision,
    date_start: r.dateStart,
    date_end: r.dateEnd,
  };
}

/** A context event in `format`: its own columns as imported, the mapped ones from its fields. */
export function contextEventText(format: OpenDataFormat, e: ContextEventInput): string {
  if (format === "geojson") {
    const { lat, lon, cells: _cells, ...properties } = e;
    return JSON.stringify({
      type: "Feature",
      id: `${e.dataset}:${e.eventId}`,
      geometry: { type: "Point", coordinates: [lon, lat] },
      properties,
    });
  }
  if (format === "hxl") {
    return csvLine([
      e.dataset,
      e.eventId,
      e.dateStart,
      e.dateEnd,
      e.location,
      e.admin1,
      e.lat,
      e.lon,
    ]);
  }
  const own = (format === "ucdp") === (e.dataset === "ucdp") ? e.cells : {};
  const values = { ...own, ...(format === "ucdp" ? ucdpValuesOfEvent(e) : acledValuesOfEvent(e)) };
  return csvLine(COLUMNS[format].map((c) => values[c]));
}

/** HXL's two header rows for context events. */
export const CONTEXT_HXL_START =
  csvLine([
    "Dataset",
    "Event id",
    "Start date",
    "End date",
    "Place",
    "District",
    "Latitude",
    "Longitude",
  ]) +
  csvLine([
    "#meta+source",
    "#event+id",
    "#date+start",
    "#date+end",
    "#loc+name",
    "#adm1+name",
    "#geo+lat",
    "#geo+lon",
  ]);

function acledValuesOfEvent(e: ContextEventInput): Record<string, CsvValue> {
  return {
    event_id_cnty: e.eventId,
    event_date: e.dateStart,
    year: Number(e.dateStart.slice(0, 4)),
    time_precision: acledTimePrecision(e.datePrecision),
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: e.actor1,
    actor2: e.actor2,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    location: e.location,
    latitude: e.lat,
    longitude: e.lon,
    geo_precision: acledGeoPrecision(e.wherePrecision),
    source: e.source,
    notes: e.notes,
    fatalities: e.fatalities,
  };
}

function ucdpValuesOfEvent(e: ContextEventInput): Record<string, CsvValue> {
  return {
    id: e.eventId,
    year: Number(e.dateStart.slice(0, 4)),
    side_a: e.actor1,
    side_b: e.actor2,
    where_prec: e.wherePrecision,
    where_coordinates: e.location,
    where_description: e.notes,
    adm_1: e.admin1,
    adm_2: e.admin2,
    latitude: e.lat,
    longitude: e.lon,
    geom_wkt: `POINT (${e.lon} ${e.lat})`,
    country: e.country,
    date_prec: e.datePrecision,
    date_start: e.dateStart,
    date_end: e.dateEnd,
    best: e.fatalities,
    source_article: e.source,
  };
}
