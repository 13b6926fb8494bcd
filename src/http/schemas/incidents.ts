import { z } from "zod";
import {
  ATTRIBUTION_LEVELS,
  CATEGORY_CODES,
  CATEGORY_GROUPS,
  type CategoryCode,
  type CategoryGroup,
  FINDING_OUTCOMES,
  LANGUAGES,
  SOURCE_RELIABILITY,
  STANDARDS_OF_PROOF,
  VERIFICATION_LEVELS,
} from "../../domain/taxonomy.js";
import {
  CASE_STATES,
  STATE_GROUPS,
  type CaseState,
  type StateGroup,
} from "../../domain/workflow.js";
import { INCIDENT_SORTS, SORT_ORDERS } from "../../domain/incidents.js";
import { CLASSIFICATIONS } from "../../domain/access-rules.js";

import { cursor, isoDateTime, limit, partyCode, storable, text, uuid } from "./common.js";
import { geoListFilters } from "./geo.js";

export const CreateIncidentBody = z.strictObject({
  reportIds: z.array(uuid).min(1).max(100).describe("Untriaged reports that describe one event"),
  title: text(300).optional(),
  category: z.enum(CATEGORY_CODES).optional().describe("Defaults to the first report's category"),
});

export const MergeReportBody = z.strictObject({
  reportId: uuid.describe("An untriaged report describing the same event"),
  reason: text(2000).describe("Why it is the same event"),
});

export const TransitionBody = z.strictObject({
  to: z.enum(CASE_STATES).describe("The case state to move to"),
  note: text(5000).optional(),
  replyDeadline: isoDateTime
    .optional()
    .describe(
      "Entering right_of_reply: deadline for the parties' replies (default: the mission's reply window, replyWindowHours)",
    ),
  releaseAt: isoDateTime
    .optional()
    .describe("Entering published or restricted_release: the release instant (default now)"),
});

export const ClassifyIncidentBody = z.strictObject({
  classification: z.enum(CLASSIFICATIONS).describe("Who may read the incident"),
  concernedParties: z.array(partyCode).max(20).optional().describe("The parties it concerns"),
  embargoUntil: isoDateTime
    .nullable()
    .optional()
    .describe("Nobody outside the mission sees it before this; null lifts an embargo"),
  reason: text(2000).describe("Why the classification changes"),
});

export const ReplyBody = z.strictObject({
  text: text(20_000).describe("The party's reply to the draft finding"),
  language: z.enum(LANGUAGES).describe("Language of the reply"),
});

export const ReleaseListQuery = z.strictObject({
  incidentId: uuid.optional().describe("Only this incident's releases"),
  cursor,
  limit,
});

/** The Admiralty grading of each report relied on (a finding's, a progress observation's). */
export const SourceGrades = z
  .array(
    z.strictObject({
      reportId: uuid,
      reliability: z.enum(SOURCE_RELIABILITY),
      credibility: z.union([
        z.literal(1),
        z.literal(2),
        z.literal(3),
        z.literal(4),
        z.literal(5),
        z.literal(6),
      ]),
    }),
  )
  .max(100)
  .default([])
  .describe("Admiralty grading of each report used");

export const FindingBody = z.strictObject({
  outcome: z.enum(FINDING_OUTCOMES),
  verificationLevel: z
    .enum(VERIFICATION_LEVELS)
    .describe("V0 reported … V3 verified, X refuted, U unverifiable"),
  attributionLevel: z.enum(ATTRIBUTION_LEVELS),
  attributedParty: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,15}$/)
    .optional(),
  provisions: z
    .array(storable(z.string().min(1).max(50)))
    .max(50)
    .default([])
    .describe("Codes of the provisions breached"),
  severity: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .optional()
    .describe("1 minor, 2 serious, 3 grave"),
  standardOfProof: z.enum(STANDARDS_OF_PROOF).optional(),
  sourceGrades: SourceGrades,
  publicNarrative: storable(z.string().max(50_000))
    .default("")
    .describe("The public narrative in English"),
  restrictedNarrative: storable(z.string().max(50_000))
    .default("")
    .describe("The restricted narrative in English"),
  publicNarrativeAr: storable(z.string().max(50_000))
    .default("")
    .describe("The public narrative in Arabic"),
  restrictedNarrativeAr: storable(z.string().max(50_000))
    .default("")
    .describe("The restricted narrative in Arabic"),
  authoritativeLanguage: z
    .enum(LANGUAGES)
    .default("en")
    .describe(
      "The language whose narratives prevail when the two differ; required in that language (the public one unless the outcome is pending)",
    ),
  classification: z
    .enum(CLASSIFICATIONS)
    .optional()
    .describe("Who may receive this version; defaults to the incident's classification"),
  concernedParties: z
    .array(partyCode)
    .max(20)
    .optional()
    .describe("The parties this finding concerns; defaults to the incident's"),
  embargoUntil: isoDateTime.optional().describe("Not released before this instant"),
});

const stateOrGroup = [...new Set<string>([...CASE_STATES, ...STATE_GROUPS])] as [
  CaseState | StateGroup,
  ...(CaseState | StateGroup)[],
];
const categoryOrGroup = [...new Set<string>([...CATEGORY_CODES, ...CATEGORY_GROUPS])] as [
  CategoryCode | CategoryGroup,
  ...(CategoryCode | CategoryGroup)[],
];

/** Sector codes, comma-separated: a record in any of them (the lists, exports and maps). */
export const sectorFilter = z
  .string()
  .max(1000)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}(,[A-Za-z0-9][A-Za-z0-9._:-]{0,63})*$/,
    "must be a sector code, or several separated by commas",
  )
  .transform((s) => [...new Set(s.split(","))])
  .pipe(z.array(z.string()).max(50, "names more than 50 sectors"))
  .optional()
  .describe(
    "In any of these sectors of the mission (their codes, comma-separated, GET /mission/geography), other or unlocated, e.g. tripoli_front,sirte_jufra",
  );

/** What the incident list, its export and the incident map filter by (IncidentMatch). */
export const incidentFilters = {
  state: z
    .enum(stateOrGroup)
    .optional()
    .describe(
      "A case state, or a group of states: intake, verification, decision, released, closed",
    ),
  category: z
    .enum(categoryOrGroup)
    .optional()
    .describe("A taxonomy code (A3), or a family (A … F)"),
  party: partyCode.optional().describe("Incidents concerning this party (its code)"),
  sector: sectorFilter,
};

/** The list's order, and its export's. */
const incidentSort = {
  sort: z
    .enum(INCIDENT_SORTS)
    .default("occurred")
    .describe("occurred (the event's start), updated (last change) or reference"),
  order: z.enum(SORT_ORDERS).default("desc").describe("desc (newest, highest first) or asc"),
};

const incidentListFilters = {
  ...incidentFilters,
  from: isoDateTime.optional().describe("Events ending at or after this time"),
  to: isoDateTime.optional().describe("Events starting at or before this time"),
  ...geoListFilters,
  ...incidentSort,
};

export const IncidentListQuery = z.strictObject({ ...incidentListFilters, cursor, limit });

export const IncidentExportQuery = z.strictObject({
  ...incidentListFilters,
  lang: z
    .enum(["ar", "en"])
    .optional()
    .describe(
      "Language of the titles the server composed (category, place, day); by default the request's Accept-Language (ar or en), else en",
    ),
});
export type IncidentExportQuery = z.infer<typeof IncidentExportQuery>;
