/** Response schemas for commitments: what src/http/presenters/commitments.ts returns. */
import { z } from "zod";
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TYPES,
  OBSERVED_STATUSES,
  PHASE_STATUSES,
} from "../../domain/commitments.js";
import { SourceGradesOut } from "./incidents-responses.js";
import { bilingual, isoTime, listOf, pageOf, partyCodeOut, recordId } from "./responses.js";

const DayRefOut = z
  .object({
    date: z.string().optional(),
    anchor: z.string().optional(),
    offsetDays: z.number().int().optional(),
  })
  .describe("A date ({date}), or days after a named anchor event ({anchor, offsetDays})");

const Summary = z.object({
  id: recordId,
  reference: z.string().describe("e.g. CMT-00012"),
  title: bilingual,
  status: z.enum(COMMITMENT_STATUSES),
  deadlineAt: isoTime.nullable(),
});
export type CommitmentSummaryOut = z.input<typeof Summary>;

export const Commitment = z.object({
  id: recordId,
  reference: z.string().describe("e.g. CMT-00012"),
  provisionCode: z.string().describe("The clause it implements"),
  type: z.enum(COMMITMENT_TYPES),
  title: bilingual,
  description: bilingual,
  obligatedParties: z.array(partyCodeOut),
  beneficiaries: z.string(),
  target: z
    .object({
      quantity: z.number().nullable(),
      unit: z.string().nullable(),
      geometry: z.unknown().describe("GeoJSON line or polygon, or null"),
    })
    .nullable(),
  deadline: DayRefOut.nullable(),
  startBy: DayRefOut.nullable(),
  completeWithinDays: z.number().int().nullable(),
  phases: z.array(
    z.object({
      key: z.string(),
      title: bilingual,
      deadline: DayRefOut,
      status: z.enum(PHASE_STATUSES),
    }),
  ),
  dependsOn: z.array(recordId).describe("Ids of the commitments it waits for that you may read"),
  responsibleBody: z.string(),
  status: z.enum(COMMITMENT_STATUSES),
  statusChangedAt: isoTime,
  statusReason: z.string().nullable(),
  startedOn: z.string().nullable().describe("The day work started (mission time zone)"),
  dueAt: isoTime.nullable().describe("The earliest deadline still to be met"),
  deadlineAt: isoTime.nullable().describe("When the whole commitment is due"),
  duePhase: z.string().nullable().describe("Whose deadline dueAt is: start, a phase, or null"),
  disputed: z.boolean().describe("A party disputes the mission's account since the last status"),
  public: z.boolean(),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type CommitmentOut = z.input<typeof Commitment>;

export const CommitmentPage = pageOf(Commitment).extend({
  total: z
    .number()
    .int()
    .describe("How many commitments you may read match the filters, on every page together"),
});

const Observation = z.object({
  id: recordId,
  observedAt: isoTime,
  note: bilingual,
  showsStatus: z.enum(OBSERVED_STATUSES).nullable(),
  quantity: z.number().nullable(),
  phaseKey: z.string().nullable(),
  verificationLevel: z.string(),
  disputes: z.boolean(),
  recordedParty: partyCodeOut.nullable().describe("The party of a party member who recorded it"),
  recordedAt: isoTime,
  source: z.string().optional().describe("The mission's readers only"),
  sourceGrades: SourceGradesOut.optional().describe("The mission's readers only"),
  evidenceIds: z.array(recordId).optional().describe("The mission's readers only"),
});
export type ObservationOut = z.input<typeof Observation>;
export const ObservationResponse = Observation;

export const CommitmentDetail = Commitment.extend({
  full: z.boolean().describe("You read its obligations in full (your party's, or the mission's)"),
  deadlines: z.array(
    z.object({
      of: z.string().nullable().describe("null: completion; start; or a phase key"),
      label: z.string().describe("As written: D+90, or the date"),
      day: z.string().nullable(),
      dueAt: isoTime.nullable(),
      met: z.boolean(),
    }),
  ),
  waitsFor: z.array(Summary),
  waitedForBy: z.array(Summary),
  observations: z.array(Observation),
  breaches: z.array(z.object({ incidentId: recordId, reference: z.string(), openedAt: isoTime })),
  allowedStatuses: z
    .array(z.enum(COMMITMENT_STATUSES))
    .describe("The statuses you may move it to now: exactly what the server would accept"),
  mayObserve: z.boolean().describe("You may record a progress observation"),
  source: z
    .object({ kind: z.string(), id: z.string() })
    .nullable()
    .optional()
    .describe("What created it; the mission's readers only"),
});

const Score = z.object({
  key: z.string().describe("The party code or the clause code"),
  total: z.number().int(),
  due: z.number().int().describe("Whose deadline has come"),
  met: z.number().int(),
  late: z.number().int().describe("Overdue now"),
  disputed: z.number().int(),
});

export const Scoreboard = z.object({
  all: Score,
  byParty: z.array(Score),
  byClause: z.array(Score),
});

const asOf = isoTime.describe(
  "The register as it stood then: now, less the public delay when the parties come first",
);

export const PublicScoreboard = Scoreboard.extend({
  asOf,
  clauses: z
    .array(
      z.object({
        code: z.string(),
        agreement: bilingual.describe("The agreement's title"),
        text: bilingual.describe("The clause's present wording"),
      }),
    )
    .describe("The clauses counted, with their agreement and wording"),
});

const PublicCommitment = z.object({
  reference: z.string().describe("e.g. CMT-00012"),
  title: bilingual,
  type: z.enum(COMMITMENT_TYPES),
  provisionCode: z.string().describe("The clause it implements"),
  obligatedParties: z.array(partyCodeOut),
  status: z.enum(COMMITMENT_STATUSES).describe("Its status at asOf"),
  deadlineAt: isoTime.nullable().describe("When the whole commitment is due"),
  disputed: z.boolean().describe("A party disputed the mission's account (at asOf)"),
});
export type PublicCommitmentOut = z.input<typeof PublicCommitment>;

export const PublicCommitmentPage = pageOf(PublicCommitment).extend({ asOf });

export const Anchor = z.object({
  code: z.string(),
  name: bilingual,
  occurredOn: z.string().nullable(),
});
export const AnchorList = listOf(Anchor);

export const BreachIncident = z.object({
  incidentId: recordId,
  reference: z.string().describe("The incident's reference"),
});
