/**
 * Response schemas for incidents, findings, releases and the right of reply: what
 * src/http/presenters/incidents.ts and releases.ts return.
 */
import { z } from "zod";
import { CASE_STATES } from "../../domain/workflow.js";
import {
  ATTRIBUTION_LEVELS,
  CATEGORY_CODES,
  FINDING_OUTCOMES,
  INFORMATION_CREDIBILITY,
  LANGUAGES,
  SEVERITIES,
  SOURCE_RELIABILITY,
  STANDARDS_OF_PROOF,
  VERIFICATION_LEVELS,
} from "../../domain/taxonomy.js";
import { geoFields, geoSummaryFields } from "./geo-evaluation-responses.js";
import { CitedProvision } from "./reference-responses.js";
import { LinkedCommitment } from "./commission-responses.js";
import { accessFields, Report } from "./reports-responses.js";
import { isoTime, latLon, pageOf, partyCodeOut, recordId } from "./responses.js";

const AUDIENCES = ["parties", "mandating_body", "public"] as const;
const audience = z.enum(AUDIENCES).describe("Whom the release goes to");
const caseState = z.enum(CASE_STATES).describe("Workflow state (docs/domain.md §7)");

export const Incident = z.object({
  id: recordId,
  reference: z.string().describe("The mission's reference, e.g. INC-2020-0001"),
  state: caseState,
  title: z.string(),
  titleGenerated: z
    .boolean()
    .describe("Made up from category and place: the web app composes it in the reader's language"),
  category: z.enum(CATEGORY_CODES),
  occurredFrom: isoTime.describe("Start of the event window"),
  occurredTo: isoTime.describe("End of the event window"),
  location: latLon.nullable(),
  releasedAt: isoTime.nullable().describe("When a finding of it was first released"),
  updatedAt: isoTime,
  ...accessFields,
  ...geoFields,
  createdBy: recordId.optional().describe("Mission only: who opened it"),
  createdAt: isoTime.optional().describe("Mission only"),
});
export type IncidentOut = z.input<typeof Incident>;

/** The fields a finding has in every form: as drafted, as released, as shown for reply. */
const findingCore = {
  version: z.number().int().describe("1, then one more per new draft"),
  outcome: z.enum(FINDING_OUTCOMES),
  verificationLevel: z
    .enum(VERIFICATION_LEVELS)
    .describe("V0 reported … V3 verified, X refuted, U unverifiable"),
  attributionLevel: z.enum(ATTRIBUTION_LEVELS),
  attributedParty: partyCodeOut.nullable(),
  provisions: z.array(z.string()).describe("Codes of the provisions breached"),
  severity: z.literal(SEVERITIES).nullable().describe("1 minor/technical, 2 serious, 3 grave"),
  standardOfProof: z.enum(STANDARDS_OF_PROOF).nullable(),
  publicNarrative: z.string().describe("In English"),
  restrictedNarrative: z.string().describe("In English"),
  publicNarrativeAr: z.string().describe("In Arabic"),
  restrictedNarrativeAr: z.string().describe("In Arabic"),
  authoritativeLanguage: z.enum(LANGUAGES).describe("Whose narratives prevail when the two differ"),
};

/** Each report relied on, with its Admiralty grading. */
export const SourceGradesOut = z.array(
  z.object({
    reportId: recordId,
    reliability: z.enum(SOURCE_RELIABILITY).describe("Admiralty source reliability A–F"),
    credibility: z.literal(INFORMATION_CREDIBILITY).describe("Information credibility 1–6"),
  }),
);

export const Finding = z.object({
  id: recordId,
  ...findingCore,
  createdAt: isoTime,
  ...accessFields,
  sourceGrades: SourceGradesOut.optional().describe("Mission only"),
  draftedBy: recordId.optional().describe("Mission only"),
});
export type FindingOut = z.input<typeof Finding>;

/**
 * A release's frozen snapshot (src/domain/release-content.ts). Its canonical JSON is what
 * `contentHash` hashes, so it passes as stored: fields this schema does not name are kept, and
 * the vocabularies are plain strings (a snapshot keeps the words of the day it was frozen).
 */
const ReleasedFinding = z.looseObject({
  version: z.number().int(),
  outcome: z.string().describe("A finding outcome, as of the release"),
  verificationLevel: z.string(),
  attributionLevel: z.string(),
  attributedParty: z.string().nullable(),
  provisions: z.array(z.string()),
  severity: z.number().nullable(),
  standardOfProof: z.string().nullable(),
  publicNarrative: z
    .string()
    .describe("In English; in a release frozen before narratives had two languages, the only text"),
  restrictedNarrative: z.string().optional().describe("In English; not in a public release"),
  publicNarrativeAr: z
    .string()
    .optional()
    .describe("In Arabic; absent from releases frozen before narratives had two languages"),
  restrictedNarrativeAr: z
    .string()
    .optional()
    .describe("In Arabic; not in a public release, absent from older releases"),
  authoritativeLanguage: z
    .string()
    .optional()
    .describe("Whose narratives prevail; absent from older releases (read by script then)"),
});

const ReleaseContent = z
  .looseObject({
    audience,
    releaseAt: z.string(),
    incident: z.looseObject({
      id: z.string(),
      reference: z.string(),
      title: z.string(),
      category: z.string(),
      occurredFrom: z.string(),
      occurredTo: z.string(),
      location: z.looseObject({ lat: z.number(), lon: z.number() }).nullable(),
      coarsened: z
        .looseObject({ gridDegrees: z.number() })
        .optional()
        .describe("Present when the location was coarsened for the public"),
      concernedParties: z.array(z.string()),
    }),
    finding: ReleasedFinding,
    replies: z
      .array(
        z.looseObject({
          party: z.string(),
          text: z.string(),
          language: z.string(),
          submittedAt: z.string(),
        }),
      )
      .optional()
      .describe("The parties' replies to this finding version; not in a public release"),
  })
  .describe(
    "The frozen snapshot every recipient reads; SHA-256 of its canonical JSON is contentHash",
  );

const contentHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe("SHA-256 (hex) of the canonical JSON of content: recompute it to check");

export const Release = z.object({
  id: recordId,
  incidentId: recordId,
  findingVersion: z.number().int(),
  audience,
  releaseAt: isoTime.describe("From this instant its audience may read it"),
  content: ReleaseContent,
  contentHash,
  releasedBy: recordId.optional().describe("Mission only"),
  createdAt: isoTime.optional().describe("Mission only: when the release was scheduled"),
  citedProvisions: z
    .array(CitedProvision)
    .optional()
    .describe(
      "One release read alone: the wording of the provisions its finding cites, as in force when the finding was drafted (not part of the frozen content)",
    ),
  signature: z
    .object({
      keyId: z.string(),
      signedAt: isoTime,
      checkpointSeq: z.number().int().nullable(),
    })
    .nullable()
    .optional()
    .describe(
      "One release read alone: the key that signed it and the checkpoint covering the signature (null: not signed yet); the envelope is at /releases/{id}/signed",
    ),
});
export type ReleaseOut = z.input<typeof Release>;

const ReleaseSummary = z.object({
  id: recordId,
  findingVersion: z.number().int(),
  audience,
  releaseAt: isoTime,
  contentHash,
});
export type ReleaseSummaryOut = z.input<typeof ReleaseSummary>;

export const Reply = z.object({
  id: recordId,
  incidentId: recordId,
  findingVersion: z.number().int().describe("The finding version replied to"),
  party: partyCodeOut,
  text: z.string(),
  language: z.enum(LANGUAGES),
  submittedAt: isoTime,
});
export type ReplyOut = z.input<typeof Reply>;

export const IncidentDetail = Incident.extend({
  reports: z.array(Report),
  findings: z
    .array(z.union([Finding, ReleasedFinding]))
    .describe(
      "The mission: every finding version; anyone else: the finding of the latest release it may read, as released",
    ),
  releases: z.array(ReleaseSummary).describe("Releases the viewer may read, newest first"),
  replies: z.array(Reply),
  replyWindow: z
    .object({ opensAt: isoTime, closesAt: isoTime, findingVersion: z.number().int() })
    .nullable()
    .describe("The current right-of-reply window, when the viewer may know of it"),
  allowedTransitions: z
    .array(caseState)
    .describe("The states this viewer may move the case to now: what the server would accept"),
  citedProvisions: z
    .array(CitedProvision)
    .describe(
      "The wording of each provision the findings shown cite, as in force when each was drafted",
    ),
  breachOf: LinkedCommitment.nullable().describe(
    "The commitment this incident was opened for, as the breach of it; null when there is none or the viewer may not read that commitment",
  ),
});
export type IncidentDetailOut = z.input<typeof IncidentDetail>;

export const ReplyDraft = z.object({
  incident: Incident,
  finding: z
    .object({ ...findingCore, concernedParties: accessFields.concernedParties })
    .describe("The draft finding without its sources"),
  replyDeadline: isoTime,
  open: z.boolean().describe("A reply is accepted now (before the deadline)"),
  replies: z.array(Reply).describe("The caller's party's replies; for the mission, all of them"),
  citedProvisions: z
    .array(CitedProvision)
    .describe("The wording of the provisions the draft cites, as in force when it was drafted"),
});
export type ReplyDraftOut = z.input<typeof ReplyDraft>;

export const PublicIncident = z.object({
  id: recordId.describe("The incident's id"),
  releaseId: recordId,
  releaseAt: isoTime,
  content: ReleaseContent,
  contentHash,
});
export type PublicIncidentOut = z.input<typeof PublicIncident>;

/** An incident in a list: its geo evaluation summed up (decision 0029). */
const IncidentListItem = Incident.extend(geoSummaryFields).describe(
  "An incident as a list shows it: its whole geo evaluation is read with GET /incidents/{id}",
);
export type IncidentListItemOut = z.input<typeof IncidentListItem>;
export const IncidentPage = pageOf(IncidentListItem);
export const ReleasePage = pageOf(Release);
export const PublicIncidentPage = pageOf(PublicIncident);
