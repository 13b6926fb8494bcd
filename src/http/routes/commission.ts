import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  actionItemsForCommitment,
  changeActionItem,
  commitmentFromActionItem,
  createActionItem,
} from "../../services/commission-action-items.js";
import {
  addAgendaItem,
  changeMeeting,
  createMeeting,
  getMeeting,
  listMeetings,
  recordAttendance,
  saveMinutes,
  shareMinutes,
} from "../../services/commission.js";
import {
  answerDecision,
  proposeDecision,
  reviseDecision,
} from "../../services/commission-decisions.js";
import { meetingAttendees } from "../../services/commission-attendees.js";
import { addNote, editNote, listNotes } from "../../services/commission-notes.js";
import type { Deps } from "../../services/deps.js";
import {
  presentActionItemOfCommitment,
  presentAttendee,
  presentMeeting,
  presentMeetingSummary,
  presentNote,
} from "../presenters/commission.js";
import {
  ActionItemBody,
  ActionItemsOfCommitmentQuery,
  AgendaItemBody,
  AttendanceBody,
  ChangeActionItemBody,
  ChangeMeetingBody,
  CommitmentFromActionItemBody,
  CreateMeetingBody,
  CreationHeaders,
  DecisionBody,
  DissentBody,
  EditNoteBody,
  MinutesBody,
  NoteBody,
  ReviseDecisionBody,
} from "../schemas/commission.js";
import {
  ActionItemsOfCommitment,
  AttendeeList,
  Meeting,
  MeetingList,
  NoteList,
} from "../schemas/commission-responses.js";
import { idParams } from "../schemas/common.js";

/** The joint commission's workspace: meetings, agenda, attendance, minutes, decisions, notes. */
export function commissionRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const meeting = { params: idParams, response: { 200: Meeting } };
  /** A creation: 201 with the meeting as it now stands, 200 for a retry with the same key. */
  const creation = {
    headers: CreationHeaders,
    response: {
      201: Meeting,
      200: Meeting.describe("A retry with the same Idempotency-Key: nothing new was made"),
    },
  };
  const key = (req: { headers: { "idempotency-key"?: string } }) => ({
    idempotencyKey: req.headers["idempotency-key"],
  });

  r.get(
    "/commission/meetings",
    {
      schema: {
        summary: "The joint body's meetings, the next one first",
        response: { 200: MeetingList },
      },
    },
    async (req) => ({ items: (await listMeetings(deps, req.actor)).map(presentMeetingSummary) }),
  );

  r.post(
    "/commission/meetings",
    {
      schema: {
        summary: "Schedule a meeting with its agenda (the chair or the head of mission)",
        body: CreateMeetingBody,
        ...creation,
      },
    },
    async (req, reply) => {
      const v = await createMeeting(deps, req.actor, req.body, key(req));
      reply
        .status(v.replayed ? 200 : 201)
        .header("location", `/api/v1/commission/meetings/${v.meeting.id}`);
      return presentMeeting(v);
    },
  );

  r.get(
    "/commission/meetings/:id",
    { schema: { summary: "A meeting as the reader may see it", ...meeting } },
    async (req) => presentMeeting(await getMeeting(deps, req.actor, req.params.id)),
  );

  r.patch(
    "/commission/meetings/:id",
    {
      schema: {
        summary: "Reschedule a meeting or move its status forward",
        body: ChangeMeetingBody,
        ...meeting,
      },
    },
    async (req) => presentMeeting(await changeMeeting(deps, req.actor, req.params.id, req.body)),
  );

  r.post(
    "/commission/meetings/:id/agenda",
    {
      schema: {
        summary: "Add an item at the end of the agenda (its subject: a record you may read)",
        params: idParams,
        body: AgendaItemBody,
        ...creation,
      },
    },
    async (req, reply) => {
      const added = await addAgendaItem(deps, req.actor, req.params.id, req.body, key(req));
      reply.status(added.replayed ? 200 : 201);
      return presentMeeting(await getMeeting(deps, req.actor, req.params.id));
    },
  );

  r.get(
    "/commission/attendees",
    {
      schema: {
        summary: "Who may be recorded at a meeting (the chair, the chief)",
        description:
          "Every member of each party's delegation, the joint body's chairs and the heads of " +
          "mission, each once: the people the attendance form offers.",
        response: { 200: AttendeeList },
      },
    },
    async (req) => ({ items: (await meetingAttendees(deps, req.actor)).map(presentAttendee) }),
  );

  r.put(
    "/commission/meetings/:id/attendance",
    { schema: { summary: "Record who attended", body: AttendanceBody, ...meeting } },
    async (req) =>
      presentMeeting(await recordAttendance(deps, req.actor, req.params.id, req.body.entries)),
  );

  r.put(
    "/commission/meetings/:id/minutes",
    { schema: { summary: "Draft the minutes (until shared)", body: MinutesBody, ...meeting } },
    async (req) => presentMeeting(await saveMinutes(deps, req.actor, req.params.id, req.body)),
  );

  r.post(
    "/commission/meetings/:id/minutes/share",
    { schema: { summary: "Share the minutes with both delegations; they freeze", ...meeting } },
    async (req) => presentMeeting(await shareMinutes(deps, req.actor, req.params.id)),
  );

  r.post(
    "/commission/meetings/:id/decisions",
    {
      schema: {
        summary: "Propose a decision on an agenda item, for each delegation's head to sign",
        params: idParams,
        body: DecisionBody,
        ...creation,
      },
    },
    async (req, reply) => {
      const v = await proposeDecision(deps, req.actor, req.params.id, req.body, key(req));
      reply.status(v.replayed ? 200 : 201);
      return presentMeeting(v);
    },
  );

  r.post(
    "/commission/decisions/:id/revise",
    {
      schema: {
        summary: "Change a decision's text: in place before any answer, else a new version",
        body: ReviseDecisionBody,
        ...meeting,
      },
    },
    async (req) => presentMeeting(await reviseDecision(deps, req.actor, req.params.id, req.body)),
  );

  r.post(
    "/commission/decisions/:id/sign",
    {
      schema: {
        summary: "Sign a decision for one's own delegation (its head, in person; idempotent)",
        ...meeting,
      },
    },
    async (req) =>
      presentMeeting(
        (await answerDecision(deps, req.actor, req.params.id, { kind: "signed" })).view,
      ),
  );

  r.post(
    "/commission/decisions/:id/dissent",
    {
      schema: {
        summary: "Record one's delegation's dissent with its reason (its head; never erased)",
        body: DissentBody,
        ...meeting,
      },
    },
    async (req) =>
      presentMeeting(
        (
          await answerDecision(deps, req.actor, req.params.id, {
            kind: "dissented",
            reason: req.body.reason,
          })
        ).view,
      ),
  );

  r.post(
    "/commission/meetings/:id/action-items",
    {
      schema: {
        summary: "Record an action item",
        params: idParams,
        body: ActionItemBody,
        ...creation,
      },
    },
    async (req, reply) => {
      const v = await createActionItem(deps, req.actor, req.params.id, req.body, key(req));
      reply.status(v.replayed ? 200 : 201);
      return presentMeeting(v);
    },
  );

  r.patch(
    "/commission/action-items/:id",
    {
      schema: {
        summary: "Edit an action item (title, owner, deadline, status), or link its commitment",
        body: ChangeActionItemBody,
        ...meeting,
      },
    },
    async (req) => presentMeeting(await changeActionItem(deps, req.actor, req.params.id, req.body)),
  );

  r.post(
    "/commission/action-items/:id/commitment",
    {
      schema: {
        summary: "Enter the commitment an action item becomes, linked to it (the head of mission)",
        params: idParams,
        body: CommitmentFromActionItemBody,
        ...creation,
      },
    },
    async (req, reply) => {
      const v = await commitmentFromActionItem(deps, req.actor, req.params.id, req.body, key(req));
      reply
        .status(v.replayed ? 200 : 201)
        .header("location", `/api/v1/commitments/${v.commitmentId}`);
      return presentMeeting(v);
    },
  );

  r.get(
    "/commission/action-items",
    {
      schema: {
        summary: "The action items a commitment came from (for the commitment's page)",
        querystring: ActionItemsOfCommitmentQuery,
        response: { 200: ActionItemsOfCommitment },
      },
    },
    async (req) => ({
      items: (await actionItemsForCommitment(deps, req.actor, req.query.commitment)).map(
        presentActionItemOfCommitment,
      ),
    }),
  );

  r.get(
    "/commission/meetings/:id/notes",
    {
      schema: {
        summary: "The reader's own delegation's notes on a meeting (its members only)",
        params: idParams,
        response: { 200: NoteList },
      },
    },
    async (req) => ({
      items: (await listNotes(deps, req.actor, req.params.id)).map(presentNote),
    }),
  );

  r.post(
    "/commission/meetings/:id/notes",
    {
      schema: {
        summary: "Add a note for one's own delegation",
        params: idParams,
        headers: CreationHeaders,
        body: NoteBody,
        response: {
          201: NoteList,
          200: NoteList.describe("A retry with the same Idempotency-Key: nothing new was made"),
        },
      },
    },
    async (req, reply) => {
      const { notes, replayed } = await addNote(deps, req.actor, req.params.id, req.body, key(req));
      reply.status(replayed ? 200 : 201);
      return { items: notes.map(presentNote) };
    },
  );

  r.patch(
    "/commission/notes/:id",
    {
      schema: {
        summary: "Edit one of one's own delegation's notes",
        params: idParams,
        body: EditNoteBody,
        response: { 200: NoteList },
      },
    },
    async (req) => ({
      items: (await editNote(deps, req.actor, req.params.id, req.body)).map(presentNote),
    }),
  );
}
