/** Request schemas for reports: the schema is the request type and the OpenAPI description. */
import { z } from "zod";
import { CLASSIFICATIONS, SOURCE_FIELDS } from "../../domain/access-rules.js";
import { REPORT_COUNT_KINDS, REPORT_STATUSES } from "../../domain/reports.js";
import { CATEGORY_CODES, LANGUAGES, SOURCE_KINDS } from "../../domain/taxonomy.js";
import { cursor, isoDateTime, limit, partyCode, text } from "./common.js";
import { geoListFilters } from "./geo.js";
import { sectorFilter } from "./incidents.js";

const reportFields = {
  sourceKind: z.enum(SOURCE_KINDS).describe("Who the report comes from"),
  occurredFrom: isoDateTime.describe("Start of the event window"),
  occurredTo: isoDateTime.describe("End of the event window"),
  datePrecision: z
    .number()
    .int()
    .min(1)
    .max(5)
    .optional()
    .describe("UCDP date_prec 1 (exact day) … 5"),
  location: z
    .strictObject({
      lat: z.number().min(-90).max(90).describe("Latitude, WGS84 degrees"),
      lon: z.number().min(-180).max(180).describe("Longitude, WGS84 degrees"),
    })
    .optional()
    .describe("Where the event happened; give this or placeName"),
  wherePrecision: z
    .number()
    .int()
    .min(1)
    .max(7)
    .optional()
    .describe("UCDP where_prec 1 (exact) … 7"),
  placeName: text(200).optional().describe("Named place, in Arabic or Latin script"),
  category: z.enum(CATEGORY_CODES).describe("Taxonomy code A1 … F (domain.md §4)"),
  description: text(20_000).describe("What happened, in the reporter's own words"),
  language: z.enum(LANGUAGES).describe("Language of the description"),
  counts: z
    .strictObject(
      Object.fromEntries(
        REPORT_COUNT_KINDS.map((k) => [k, z.number().int().min(0).max(100_000).optional()]),
      ),
    )
    .optional()
    .describe("Counts observed: explosions, projectiles, bursts, shots, flares"),
  allegedParty: partyCode.optional().describe("The party the complaint accuses"),
  onBehalfOfParty: partyCode
    .optional()
    .describe("Intake only: the complaining party of a complaint received offline"),
  sourceGrade: z
    .string()
    .regex(/^[A-F][1-6]$/)
    .optional()
    .describe("Admiralty grade, e.g. B2"),
  classification: z
    .enum(CLASSIFICATIONS)
    .optional()
    .describe("Who may read it; default parties for a party complaint, internal otherwise"),
  embargoUntil: isoDateTime.optional().describe("Parties see the report only after this"),
  sourceIdentity: text(500)
    .optional()
    .describe("Confidential: who the source is (analysts, reviewers, chief; reads audited)"),
  witnesses: z
    .array(text(200))
    .max(50)
    .optional()
    .describe("Confidential: witness names (analysts, reviewers, chief; reads audited)"),
};

const saysWhere = (r: { location?: unknown; placeName?: string }) =>
  Boolean(r.location || r.placeName);
const whereMissing = { message: "give a location or a placeName", path: ["location"] };

export const ReportBody = z.strictObject(reportFields).refine(saysWhere, whereMissing);
export type ReportBody = z.infer<typeof ReportBody>;

/**
 * An amendment is a whole new version, except for the confidential source fields: the filer may
 * not read them, so a field left out is carried over from the version amended, and removing one
 * takes `clearSources`.
 */
export const AmendmentBody = z
  .strictObject({
    ...reportFields,
    clearSources: z
      .array(z.enum(SOURCE_FIELDS))
      .max(SOURCE_FIELDS.length)
      .optional()
      .describe(
        "Source fields the new version drops instead of keeping them from the version amended",
      ),
  })
  .refine(saysWhere, whereMissing);

const reportListFilters = {
  from: isoDateTime.optional().describe("Events ending at or after this time"),
  to: isoDateTime.optional().describe("Events starting at or before this time"),
  category: z.enum(CATEGORY_CODES).optional(),
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  sector: sectorFilter,
  ...geoListFilters,
};

export const ReportListQuery = z.strictObject({ ...reportListFilters, cursor, limit });

export const ReportExportQuery = z.strictObject(reportListFilters);
export type ReportExportQuery = z.infer<typeof ReportExportQuery>;

export const CloseReportBody = z.strictObject({
  reason: text(2000).describe("Why the report is out of scope"),
});

export const IdempotencyHeaders = z.object({
  "idempotency-key": z
    .string()
    .min(8)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, "printable ASCII without spaces")
    .optional()
    .describe(
      "A key the client makes once per report; a retry with the same key returns the same report",
    ),
});
