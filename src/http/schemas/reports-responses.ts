/** Response schemas for reports: what src/http/presenters/reports.ts and evidence.ts return. */
import { z } from "zod";
import { PUBLIC_REPORT_STATES } from "../../domain/receipts.js";
import { CLASSIFICATIONS, SOURCE_FIELDS } from "../../domain/access-rules.js";
import { CUSTODY_ACTIONS } from "../../domain/evidence.js";
import { PLACE_KINDS } from "../../domain/geo/gazetteer.js";
import { LOCATION_SOURCES } from "../../domain/place-resolution.js";
import { REPORT_STATUSES } from "../../domain/reports.js";
import { CATEGORY_CODES, LANGUAGES, SOURCE_KINDS } from "../../domain/taxonomy.js";
import { geoFields } from "./geo-evaluation-responses.js";
import { isoTime, latLon, listOf, pageOf, partyCodeOut, recordId } from "./responses.js";

/** Who may read a record (decision 0007): the same three fields on reports, incidents, findings. */
export const accessFields = {
  classification: z.enum(CLASSIFICATIONS).describe("Who may read it (decision 0007)"),
  concernedParties: z.array(partyCodeOut).describe("The parties it concerns"),
  embargoUntil: isoTime.nullable().describe("Parties see it only after this instant"),
};

const LocationResolution = z
  .object({
    status: z
      .enum(LOCATION_SOURCES)
      .describe(
        "reported: coordinates as sent; gazetteer: located from placeName; ambiguous/unresolved: no coordinates",
      ),
    candidates: z
      .array(
        z.object({
          placeId: z.string(),
          name: z.string(),
          nameAr: z.string().nullable(),
          kind: z.enum(PLACE_KINDS),
          lat: z.number(),
          lon: z.number(),
          score: z.number().describe("How well the name matched, 0–1"),
        }),
      )
      .describe("The place used (gazetteer), or the places to choose from (ambiguous)"),
  })
  .describe("Where the coordinates come from (decision 0005)");

const count = z.number().int().optional();

export const Report = z.object({
  id: recordId,
  trackingId: z.string().describe("The reference the submitter is given"),
  version: z.number().int().describe("1 for the original, then one more per amendment"),
  supersedesId: recordId.nullable().describe("The version this one amends"),
  sourceKind: z.enum(SOURCE_KINDS),
  submitterParty: partyCodeOut.nullable().describe("The complaining party of a party complaint"),
  allegedParty: partyCodeOut.nullable().describe("The party the complaint accuses"),
  receivedAt: isoTime,
  occurredFrom: isoTime.describe("Start of the event window"),
  occurredTo: isoTime.describe("End of the event window"),
  datePrecision: z.number().int().describe("UCDP date_prec 1 (exact day) … 5"),
  location: latLon.nullable(),
  wherePrecision: z.number().int().describe("UCDP where_prec 1 (exact) … 7"),
  placeName: z.string().nullable(),
  locationResolution: LocationResolution,
  category: z.enum(CATEGORY_CODES),
  description: z.string(),
  language: z.enum(LANGUAGES),
  counts: z
    .object({ explosions: count, projectiles: count, bursts: count, shots: count, flares: count })
    .describe("Counts observed: explosions, projectiles, bursts, shots, flares"),
  status: z.enum(REPORT_STATUSES),
  incidentId: recordId.nullable(),
  isDemo: z.boolean().describe("Demonstration data"),
  ...accessFields,
  ...geoFields,
  submittedBy: recordId.nullable().optional().describe("Mission only: the submitting user"),
  sourceGrade: z.string().nullable().optional().describe("Mission only: Admiralty grade, e.g. B2"),
  triageReason: z.string().nullable().optional().describe("Mission only: why triage closed it"),
});
export type ReportOut = z.input<typeof Report>;

export const ReportReceipt = z
  .object({
    id: recordId,
    trackingId: z.string().describe("Quote it when asking about the report"),
    receiptCode: z
      .string()
      .describe(
        "Keep it: it opens the report's status (GET /public/receipts/{code}), nothing else",
      ),
    receivedAt: isoTime,
    status: z.literal("received"),
  })
  .describe("What the public form learns: that its report arrived");

export const ReceiptStatus = z
  .object({
    trackingId: z.string(),
    receivedAt: isoTime,
    state: z
      .enum(PUBLIC_REPORT_STATES)
      .describe("received: not yet assessed; in_case: part of a case; closed: no case opened"),
    publishedIncidentId: recordId
      .nullable()
      .describe("The published finding of the report's case, once there is one"),
  })
  .describe("What a receipt code opens: the report's status, nothing else");
export type ReceiptStatusOut = z.input<typeof ReceiptStatus>;
export type ReportReceiptOut = z.input<typeof ReportReceipt>;

export const Evidence = z.object({
  id: recordId,
  sha256: z.string().describe("SHA-256 of the file, hex: what it is stored under"),
  sizeBytes: z.number().int(),
  mediaType: z.string().describe("Detected from the bytes, e.g. image/jpeg"),
  originalName: z.string(),
  receivedAt: isoTime,
  ...accessFields,
});
export type EvidenceOut = z.input<typeof Evidence>;

export const EvidenceDetail = Evidence.extend({
  originalName: z
    .string()
    .optional()
    .describe("Not for the auditor, who reads custody records, not case content"),
  reportId: recordId,
  uploadedBy: recordId.nullable().optional().describe("Mission only"),
  custody: z
    .array(
      z.object({
        at: isoTime,
        actor: z.string().describe("Who acted, as the audit log names them (user:<username>)"),
        action: z.enum(CUSTODY_ACTIONS),
        note: z.string().nullable(),
      }),
    )
    .optional()
    .describe("The custody log, for the mission and the auditor"),
});
export type EvidenceDetailOut = z.input<typeof EvidenceDetail>;

export const ReportWithEvidence = Report.extend({
  evidence: z.array(Evidence),
  sourceIdentity: z
    .string()
    .nullable()
    .optional()
    .describe("Confidential: who the source is (analysts, reviewers, chief; the read is audited)"),
  witnesses: z.array(z.string()).optional().describe("Confidential: witness names"),
  redacted: z.array(z.enum(SOURCE_FIELDS)).describe("Source fields withheld from this viewer"),
  versions: z
    .array(
      z.object({
        id: recordId,
        version: z.number().int(),
        receivedAt: isoTime,
        status: z.enum(REPORT_STATUSES),
      }),
    )
    .describe("The versions of the report the viewer may read, oldest first"),
  supersededById: recordId
    .nullable()
    .describe("The next version, when there is one the viewer may read"),
  mayAmend: z
    .boolean()
    .describe("The server would take an amendment of this version from the viewer"),
});
export type ReportWithEvidenceOut = z.input<typeof ReportWithEvidence>;

/** A report in a list: all but its geo evaluation, which the report itself carries. */
const ReportListItem = Report.omit({ geo: true, geoStatus: true }).describe(
  "A report as a list shows it: its geo evaluation is read with GET /reports/{id}",
);
export const ReportPage = pageOf(ReportListItem);
export const EvidenceList = listOf(Evidence);
