/** The enforcement ladder (decision 0017): requests and responses. */
import { z } from "zod";
import { STEP_KINDS } from "../../domain/enforcement.js";
import { partyCode, storable, uuid } from "./common.js";
import { CitedProvision } from "./reference-responses.js";
import { isoTime, recordId } from "./responses.js";

const language = z.enum(["ar", "en"]);
/** A text in one language of a pair: may be empty when the other is written. */
const halfText = storable(z.string().trim().max(8000)).default("");
const afterSeq = z
  .number()
  .int()
  .min(1)
  .describe(
    "The number of the last step you saw: a retry or a stale page is refused (enforcement_step_stale) instead of writing twice",
  );

export const NoticeBody = z.strictObject({
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a calendar day, YYYY-MM-DD")
    .describe("The response deadline: the end of this day in the mission's time zone"),
  textEn: halfText.describe("The notice in English (this or textAr is required)"),
  textAr: halfText.describe("The notice in Arabic"),
});

const bilingualStep = {
  afterSeq,
  textEn: halfText.describe("The step's text in English (this or textAr is required)"),
  textAr: halfText.describe("The step's text in Arabic"),
};

export const StepBody = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("response").describe("The notified party's response (its liaisons)"),
    afterSeq,
    text: storable(z.string().trim().min(1).max(8000)).describe("The response, as written"),
    language: language.describe("The language the response is written in"),
  }),
  z.strictObject({
    kind: z.literal("commission_referral").describe("Referral to the joint commission's agenda"),
    ...bilingualStep,
    agendaItemId: uuid.nullable().optional().describe("The commission's agenda item, once linked"),
    meetingId: uuid
      .optional()
      .describe("Put the referral on this commission meeting's agenda (not a closed one)"),
  }),
  z.strictObject({
    kind: z.literal("commission_decision").describe("The joint commission's decision"),
    afterSeq,
    textEn: halfText.describe(
      "The decision in English, when the commission decided outside the platform; with decisionId, an optional note",
    ),
    textAr: halfText.describe("The same in Arabic"),
    decisionId: uuid
      .optional()
      .describe(
        "The joint commission's decision recorded: in effect (each delegation's head signed it), of a meeting whose agenda holds the case. Required once a referral put the case on a meeting's agenda (enforcement_decision_required)",
      ),
  }),
  z.strictObject({
    kind: z.literal("mandating_body_referral").describe("Referral to the mandating body"),
    ...bilingualStep,
  }),
  z.strictObject({
    kind: z.literal("correction").describe("A correction of an earlier step (never an edit)"),
    ...bilingualStep,
    correctsStepId: uuid.describe("The step corrected"),
  }),
]);

export const NoticeListQuery = z.strictObject({
  open: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true"))
    .describe("true: notices the commission has not decided yet; false: decided ones"),
  party: partyCode.optional().describe("Only notices to this party"),
});

export const EnforcementStep = z.object({
  id: recordId,
  seq: z
    .number()
    .int()
    .describe(
      "Position in the ladder as this viewer reads it, from 1 (the notice): where a step is hidden from the viewer (the other party: the response), the steps it reads are numbered without a gap",
    ),
  kind: z.enum(STEP_KINDS),
  textEn: z.string(),
  textAr: z.string(),
  language: language.describe("The language it was written in"),
  agendaItemId: recordId.nullable(),
  agenda: z
    .object({ meetingId: recordId, meetingReference: z.string() })
    .nullable()
    .describe("The commission meeting whose agenda holds the referral"),
  decision: z
    .object({
      id: recordId,
      meetingId: recordId,
      meetingReference: z.string(),
      version: z.number().int(),
      textEn: z.string(),
      textAr: z.string(),
      effectiveAt: isoTime.nullable().describe("When the last delegation's head signed it"),
    })
    .nullable()
    .describe(
      "The co-signed joint commission decision a commission_decision step records, and its meeting",
    ),
  correctsStepId: recordId.nullable(),
  createdBy: recordId,
  createdAt: isoTime,
});

export const Notice = z.object({
  noticeId: recordId,
  incidentId: recordId,
  incidentReference: z.string(),
  party: z.string().describe("The party notified: the finding's attributed party"),
  findingVersion: z.number().int(),
  releaseId: recordId.describe("The release the notice was issued on"),
  deadlineDay: z.string().describe("The deadline's day in the mission's time zone"),
  deadlineAt: isoTime.describe("The last instant of that day"),
  responseStatus: z
    .enum(["awaiting", "responded", "no_response"])
    .nullable()
    .describe("Computed on read; null for a viewer who may not know (the other party)"),
  open: z.boolean().describe("Not yet decided by the joint commission"),
  citedProvisions: z.array(CitedProvision),
  steps: z.array(EnforcementStep).describe("The steps this viewer reads, in order"),
});

export const NoticeList = z.object({ items: z.array(Notice) });
