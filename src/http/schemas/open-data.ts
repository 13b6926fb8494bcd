/** Request and response schemas of open data: exports, the changes feed, imports, context events. */
import { z } from "zod";
import { OPEN_DATA_FORMATS } from "../../domain/open-data/export-formats.js";
import { IMPORT_LAYOUTS } from "../../domain/open-data/crosswalk.js";
import { CONTEXT_DATASETS } from "../../domain/open-data/import-rows.js";
import { CATEGORY_CODES } from "../../domain/taxonomy.js";
import { IMPORT_TARGETS } from "../../services/open-data-import.js";

export const OpenDataFormatParams = z.strictObject({
  format: z
    .enum(OPEN_DATA_FORMATS)
    .describe(
      "acled: ACLED's columns since 2023; acled-legacy: ACLED's pre-2023 columns; ucdp: UCDP GED's 49 columns; geojson; hxl: CSV with HXL hashtags",
    ),
});

export const OpenDataChangesQuery = z.strictObject({
  since: z
    .string()
    .max(20)
    .optional()
    .describe("The nextCursor of the previous page; absent, from the first change"),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

const day = z.string().describe("A calendar day, YYYY-MM-DD, in the mission's time zone");

const OpenDataRecordOut = z.strictObject({
  id: z.string().describe("The incident's id: the record's identity in the feed"),
  reference: z.string().describe("The incident's reference: the event id in the files"),
  releaseId: z.string(),
  category: z.enum(CATEGORY_CODES),
  dateStart: day,
  dateEnd: day,
  datePrecision: z.number().int().describe("UCDP date_prec, 1 (a day) to 5 (a year)"),
  occurredFrom: z.string(),
  occurredTo: z.string(),
  lat: z.number().nullable().describe("On the public grid"),
  lon: z.number().nullable(),
  wherePrecision: z.number().int().nullable().describe("UCDP where_prec of the published point"),
  place: z.string().nullable(),
  placeAr: z.string().nullable(),
  admin1: z.string().nullable(),
  admin1Ar: z.string().nullable(),
  concernedParties: z.array(z.string()),
  attributedParty: z.string().nullable(),
  outcome: z.string(),
  verificationLevel: z.string(),
  attributionLevel: z.string(),
  notes: z.string().describe("The public narrative (English)"),
  notesAr: z.string().nullable(),
  updatedAt: z.string().describe("The public release's instant"),
});

export const OpenDataChangePage = z.strictObject({
  changes: z.array(
    z.strictObject({
      seq: z.number().int(),
      change: z.enum(["created", "updated", "withdrawn"]),
      at: z.string().describe("When the feed noticed the change"),
      id: z.string().describe("The record's id"),
      record: OpenDataRecordOut.nullable().describe(
        "The record as published; null when withdrawn or superseded by a later change",
      ),
    }),
  ),
  nextCursor: z.string().describe("Pass as `since` next time (the same when nothing came)"),
});

/** The multipart fields sent before the file. */
export const ImportFormFields = z.strictObject({
  dataset: z.enum(CONTEXT_DATASETS).describe("acled (either column set) or ucdp (GED)"),
  target: z
    .enum(IMPORT_TARGETS)
    .default("context")
    .describe("context: context events; candidates: media reports for intake to triage"),
});

export const IMPORT_FILE_FIELD = "file";

export const DataImportOut = z.strictObject({
  id: z.string(),
  dataset: z.enum(CONTEXT_DATASETS),
  target: z.enum(IMPORT_TARGETS),
  layout: z.enum(IMPORT_LAYOUTS).nullable().describe("The column set the header showed"),
  fileName: z.string(),
  fileSha256: z.string(),
  fileBytes: z.number().int(),
  state: z.enum(["queued", "running", "done", "failed"]),
  bytesRead: z.number().int(),
  rowsRead: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  refused: z.number().int(),
  error: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const DataImportDetail = z.strictObject({
  import: DataImportOut,
  problems: z.array(
    z.strictObject({
      n: z.number().int().describe("The problem's number, for paging (`after`)"),
      row: z.number().int().describe("The line of the file the row starts on"),
      column: z.string().nullable(),
      reason: z.string(),
    }),
  ),
});

export const DataImportList = z.strictObject({ items: z.array(DataImportOut) });

export const ImportDetailQuery = z.strictObject({
  after: z.coerce.number().int().min(0).optional().describe("Problems after this number"),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

const BBOX = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?,-?\d+(\.\d+)?,-?\d+(\.\d+)?$/;

export const ContextEventsQuery = z.strictObject({
  bbox: z
    .string()
    .regex(BBOX, "minLon,minLat,maxLon,maxLat")
    .transform((s) => s.split(",").map(Number) as [number, number, number, number])
    .optional()
    .describe("minLon,minLat,maxLon,maxLat in WGS84 degrees"),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe("Events ending on or after this day"),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe("Events starting on or before this day"),
});

export const ContextEventMap = z.strictObject({
  type: z.literal("FeatureCollection"),
  truncated: z.boolean().describe("More events match than one answer holds: zoom in"),
  features: z.array(
    z.strictObject({
      type: z.literal("Feature"),
      id: z.string(),
      geometry: z.strictObject({
        type: z.literal("Point"),
        coordinates: z.array(z.number()),
      }),
      properties: z.strictObject({
        dataset: z.enum(CONTEXT_DATASETS),
        eventId: z.string(),
        dateStart: z.string(),
        dateEnd: z.string(),
        location: z.string(),
        admin1: z.string(),
        eventType: z.string(),
        subEventType: z.string(),
        actor1: z.string(),
        actor2: z.string(),
        fatalities: z.number().int().nullable(),
        notes: z.string(),
        wherePrecision: z.number().int(),
      }),
    }),
  ),
});
