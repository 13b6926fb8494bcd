/** Response schemas of the joint commission's routes: what presenters/commission.ts returns. */
import { z } from "zod";
import {
  ACTION_OWNER_KINDS,
  ACTION_STATUSES,
  ANSWER_KINDS,
  ATTENDANCE_STATUSES,
  DECISION_STATUSES,
  MEETING_STATUSES,
} from "../../domain/commission.js";
import { COMMITMENT_STATUSES } from "../../domain/commitments.js";
import { isoTime, listOf, partyCodeOut, recordId } from "./responses.js";

const twoLanguages = z.object({ en: z.string().nullable(), ar: z.string().nullable() });

/** Where a person sits at the commission's table. */
const Seat = z
  .enum(["delegate", "chair", "chief"])
  .describe("A delegation's member, the joint body's chair, or the head of mission");

const MeetingSummary = z.object({
  id: recordId,
  reference: z.string().describe("e.g. MTG-0001"),
  startsAt: isoTime,
  place: twoLanguages,
  status: z.enum(MEETING_STATUSES),
  agendaItems: z.number().int(),
  minutesShared: z.boolean(),
});
export type MeetingSummaryOut = z.input<typeof MeetingSummary>;
export const MeetingList = listOf(MeetingSummary);

const AgendaItem = z.object({
  id: recordId,
  position: z.number().int(),
  title: twoLanguages,
  text: twoLanguages,
  subject: z.object({ kind: z.string(), id: z.string() }).nullable(),
});

const Answer = z.object({
  party: partyCodeOut,
  kind: z.enum(ANSWER_KINDS),
  reason: z.string().nullable().describe("A dissent's reason"),
  signerName: z.string(),
  at: isoTime,
});

const Decision = z.object({
  id: recordId,
  agendaItemId: recordId,
  version: z.number().int(),
  supersedesId: recordId.nullable(),
  text: twoLanguages,
  status: z.enum(DECISION_STATUSES),
  requiredParties: z.array(partyCodeOut).describe("The delegations whose heads must sign"),
  answers: z.array(Answer),
  proposedAt: isoTime,
  effectiveAt: isoTime.nullable(),
  mayAnswerFor: partyCodeOut
    .nullable()
    .describe("The delegation this reader may sign or dissent for now (its head), or null"),
  adopts: z
    .object({
      layerId: recordId,
      layerVersionId: recordId,
      version: z.number().int(),
      name: z.string(),
      nameAr: z.string().nullable(),
      from: isoTime.describe("The version is agreed from then once the decision is in effect"),
    })
    .nullable()
    .describe("The geo layer version this decision adopts as agreed (decision 0019), or null"),
});

const ActionItemFields = z.object({
  id: recordId,
  title: twoLanguages,
  owner: z.object({ kind: z.enum(ACTION_OWNER_KINDS), party: partyCodeOut.nullable() }),
  deadline: isoTime,
  status: z.enum(ACTION_STATUSES),
  statusReason: z.string().nullable().describe("Why it was cancelled or last moved"),
});

/** A commitment named from another record: what a reader who may read it sees of it. */
export const LinkedCommitment = z.object({
  id: recordId,
  reference: z.string(),
  title: z.object({ en: z.string(), ar: z.string() }),
  status: z.enum(COMMITMENT_STATUSES),
});

const ActionItem = ActionItemFields.extend({
  agendaItemId: recordId.nullable(),
  decisionId: recordId.nullable(),
  commitmentId: recordId
    .nullable()
    .describe("The commitment this item became, where the reader may read it"),
  commitment: LinkedCommitment.nullable().describe(
    "That commitment as it stands (met, overdue…), where the reader may read it",
  ),
});

/** The action items a commitment came from (GET /commission/action-items?commitment=). */
export const ActionItemsOfCommitment = listOf(
  ActionItemFields.extend({ meetingId: recordId, meetingReference: z.string() }),
);
export type ActionItemOfCommitmentOut = z.input<typeof ActionItemsOfCommitment>["items"][number];

export const Meeting = MeetingSummary.extend({
  standing: z
    .enum(["secretariat", "delegate", "party"])
    .describe("How the reader takes part: the chair or secretariat, a delegate, a party's liaison"),
  agenda: z.array(AgendaItem),
  attendance: z.array(
    z.object({
      userId: recordId,
      name: z.string(),
      party: partyCodeOut.nullable(),
      seat: Seat,
      status: z.enum(ATTENDANCE_STATUSES),
    }),
  ),
  minutes: twoLanguages.nullable().describe("The secretariat always; others once shared"),
  minutesSharedAt: isoTime.nullable(),
  decisions: z.array(Decision),
  actionItems: z.array(ActionItem),
  notesParty: partyCodeOut
    .nullable()
    .describe("The delegation whose notes this reader keeps (GET …/notes), or null"),
});
export type MeetingOut = z.input<typeof Meeting>;

const Note = z.object({
  id: recordId,
  agendaItemId: recordId.nullable(),
  party: partyCodeOut,
  body: z.string(),
  authorName: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type NoteOut = z.input<typeof Note>;
export const NoteList = listOf(Note);

/** Who may be recorded at a meeting: the delegations' members, the chairs, the heads of mission. */
export const AttendeeList = listOf(
  z.object({
    id: recordId,
    name: z.string(),
    party: partyCodeOut.nullable().describe("The delegation the person sits in; null otherwise"),
    seat: Seat,
  }),
);
export type AttendeeOut = z.input<typeof AttendeeList>["items"][number];
