/** Request schemas of the joint commission's routes (decision 0016). */
import { z } from "zod";
import {
  ACTION_OWNER_KINDS,
  ACTION_STATUSES,
  AGENDA_SUBJECT_KINDS,
  ATTENDANCE_STATUSES,
  MEETING_STATUSES,
} from "../../domain/commission.js";
import { CommitmentBody } from "./commitments.js";
import { isoDateTime, partyCode, text, uuid } from "./common.js";
import { IdempotencyHeaders } from "./reports.js";

/** The Idempotency-Key of a creation: a retry with the same key answers the same record. */
export const CreationHeaders = z.object({
  "idempotency-key": IdempotencyHeaders.shape["idempotency-key"].describe(
    "A key the client makes once per form submission; a retry with the same key makes nothing new and answers the record made first",
  ),
});

export const AgendaItemBody = z.strictObject({
  titleEn: text(300).optional().describe("The item's title in English (this or titleAr)"),
  titleAr: text(300).optional().describe("The item's title in Arabic (this or titleEn)"),
  textEn: text(5000).optional().describe("What the item is about, in English"),
  textAr: text(5000).optional().describe("What the item is about, in Arabic"),
  subject: z
    .strictObject({
      kind: z.enum(AGENDA_SUBJECT_KINDS).describe("The kind of record the item is about"),
      id: text(100).describe("The record's id"),
    })
    .optional()
    .describe("A record the item refers to: it must exist and the one adding the item read it"),
});

export const CreateMeetingBody = z.strictObject({
  startsAt: isoDateTime.describe("When the meeting starts"),
  placeEn: text(200).optional().describe("Where, in English (this or placeAr)"),
  placeAr: text(200).optional().describe("Where, in Arabic (this or placeEn)"),
  agenda: z
    .array(AgendaItemBody)
    .max(50)
    .default([])
    .describe("The agenda's first items, in order"),
});

export const ChangeMeetingBody = z.strictObject({
  startsAt: isoDateTime.optional().describe("A new start"),
  placeEn: text(200).nullable().optional().describe("Where, in English"),
  placeAr: text(200).nullable().optional().describe("Where, in Arabic"),
  status: z.enum(MEETING_STATUSES).optional().describe("planned → held → closed, forward only"),
});

export const AttendanceBody = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        userId: uuid.describe("A delegation member, the chair or the head of mission"),
        status: z.enum(ATTENDANCE_STATUSES),
      }),
    )
    .min(1)
    .max(100)
    .describe("Who attended, or was absent or excused"),
});

export const MinutesBody = z.strictObject({
  en: text(50000).nullable().describe("The minutes in English"),
  ar: text(50000).nullable().describe("The minutes in Arabic"),
});

export const DecisionBody = z.strictObject({
  agendaItemId: uuid.describe("The agenda item the decision is taken on"),
  textEn: text(10000).describe("The decision's text in English"),
  textAr: text(10000).describe("The decision's text in Arabic"),
});

export const ReviseDecisionBody = DecisionBody.omit({ agendaItemId: true });

export const DissentBody = z.strictObject({
  reason: text(5000).describe("Why the delegation dissents (kept on record, never erased)"),
});

const ActionOwner = z
  .strictObject({
    kind: z.enum(ACTION_OWNER_KINDS).describe("A party, a party's delegation, or the mission"),
    party: partyCode.optional().describe("The party (not for the mission)"),
  })
  .describe("Who owes it");

export const ActionItemBody = z.strictObject({
  titleEn: text(500).optional().describe("What is to be done, in English (this or titleAr)"),
  titleAr: text(500).optional().describe("What is to be done, in Arabic (this or titleEn)"),
  agendaItemId: uuid.optional().describe("The agenda item it comes from"),
  decisionId: uuid.optional().describe("The decision it carries out"),
  owner: ActionOwner,
  deadline: isoDateTime.describe("When it is due"),
});

export const ChangeActionItemBody = z.strictObject({
  titleEn: text(500).nullable().optional().describe("What is to be done, in English"),
  titleAr: text(500).nullable().optional().describe("What is to be done, in Arabic"),
  owner: ActionOwner.optional(),
  deadline: isoDateTime.optional().describe("When it is due"),
  status: z.enum(ACTION_STATUSES).optional().describe("open, in_progress, done or cancelled"),
  reason: text(2000).nullable().optional().describe("Why it moved (required to cancel)"),
  commitmentId: uuid
    .nullable()
    .optional()
    .describe("The commitment this item became (one you may read), or null to unlink"),
});

export const CommitmentFromActionItemBody = CommitmentBody.omit({ source: true });

export const ActionItemsOfCommitmentQuery = z.strictObject({
  commitment: uuid.describe("The commitment the action items became"),
});

export const NoteBody = z.strictObject({
  body: text(20000).describe("The note (only the writer's own delegation reads it)"),
  agendaItemId: uuid.optional().describe("The agenda item it is about"),
});

export const EditNoteBody = z.strictObject({ body: NoteBody.shape.body });
