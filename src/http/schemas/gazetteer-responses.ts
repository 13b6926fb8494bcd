/** Response schemas of the gazetteer's administration (src/http/presenters/gazetteer.ts). */
import { z } from "zod";
import { PLACE_KINDS } from "../../domain/geo/gazetteer.js";
import { PLACE_FILE_FORMATS, PLACE_PROBLEM_CODES } from "../../domain/geo/place-files.js";
import { isoTime } from "./responses.js";

export const PlaceRecord = z.object({
  id: z.string().describe('Stable and source-qualified: "osm:node/123", "geonames:2210247"'),
  name: z.string().describe("The usual Latin-script name (the Arabic one when none is known)"),
  nameAr: z.string().nullable(),
  authoritativeName: z
    .enum(["ar", "latin"])
    .describe("Which name prevails: as a keeper recorded it, else the Arabic one where known"),
  variants: z.array(z.string()).describe("Other spellings, in either script"),
  lat: z.number(),
  lon: z.number(),
  kind: z.enum(PLACE_KINDS),
  population: z.number().int().nullable(),
  approximate: z.boolean().describe("Rough coordinates: good for where_prec ≥ 2 only"),
  district: z.string().nullable().describe("The district a source assigns the place to"),
  sources: z.array(z.string()),
  sourceIds: z
    .array(z.string())
    .describe('Ids of the same place in other sources, matched at import ("geonames:2210247")'),
  mergedFrom: z
    .string()
    .nullable()
    .describe("Asked for by the id of a duplicate merged into this place: that id"),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type PlaceRecordOut = z.input<typeof PlaceRecord>;

export const PlaceRecordPage = z.object({
  total: z.number().int().describe("How many places match, over all pages"),
  items: z.array(PlaceRecord),
});

const PlaceFileProblem = z.object({
  line: z.number().int().nullable().describe("1-based; null for the file as a whole"),
  field: z.string().optional().describe("The column or property at fault, when one is"),
  code: z.enum(PLACE_PROBLEM_CODES).describe("Stable: the interface explains it in its language"),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .describe("What the code's sentence names (id, firstLine, kind …)"),
  message: z.string().describe("The same in English, for API clients and logs"),
});

export const GazetteerImportResult = z.object({
  fileName: z.string(),
  format: z.enum(PLACE_FILE_FORMATS),
  added: z.number().int().describe("Places new to the gazetteer"),
  existing: z.number().int().describe("Places already held by id, left as they are"),
  matched: z
    .number()
    .int()
    .describe(
      "Places held under another source's id (same name within a few km): not added; the held place gains their names and id",
    ),
  skipped: z
    .array(PlaceFileProblem)
    .describe("Rows left out that are no mistake (no name in any script)"),
});
