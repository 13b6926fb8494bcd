import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  addAgendaItem,
  changeActionItem,
  changeMeeting,
  createActionItem,
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
import { addNote, editNote, listNotes } from "../../services/commission-notes.js";
import type { Deps } from "../../services/deps.js";
import { presentMeeting, presentMeetingSummary, presentNote } from "../presenters/commission.js";
import {
  ActionItemBody,
  AgendaItemBody,
  AttendanceBody,
  ChangeActionItemBody,
  ChangeMeetingBody,
  CreateMeetingBody,
  DecisionBody,
  DissentBody,
  EditNoteBody,
  MinutesBody,
  NoteBody,
  ReviseDecisionBody,
} from "../schemas/commission.js";
import { Meeting, MeetingList, NoteList } from "../schemas/commission-responses.js";
import { idParams } from "../schemas/common.js";

/** The joint commission's workspace: meetings, agenda, attendance, minutes, decisions, notes. */
export function commissionRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const meeting = { params: idParams, response: { 200: Meeting } };

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
        response: { 201: Meeting },
      },
    },
    async (req, reply) => {
      const v = await createMeeting(deps, req.actor, req.body);
      reply.status(201).header("location", `/api/v1/commission/meetings/${v.meeting.id}`);
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
      schema: { summary: "Add an item at the end of the agenda", body: AgendaItemBody, ...meeting },
    },
    async (req) => {
      await addAgendaItem(deps, req.actor, req.params.id, req.body);
      return presentMeeting(await getMeeting(deps, req.actor, req.params.id));
    },
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
        body: DecisionBody,
        ...meeting,
      },
    },
    async (req) => presentMeeting(await proposeDecision(deps, req.actor, req.params.id, req.body)),
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
    { schema: { summary: "Record an action item", body: ActionItemBody, ...meeting } },
    async (req) => presentMeeting(await createActionItem(deps, req.actor, req.params.id, req.body)),
  );

  r.patch(
    "/commission/action-items/:id",
    {
      schema: {
        summary: "Move an action item, or link the commitment it became",
        body: ChangeActionItemBody,
        ...meeting,
      },
    },
    async (req) => presentMeeting(await changeActionItem(deps, req.actor, req.params.id, req.body)),
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
        body: NoteBody,
        response: { 201: NoteList },
      },
    },
    async (req, reply) => {
      const notes = await addNote(deps, req.actor, req.params.id, req.body);
      reply.status(201);
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
