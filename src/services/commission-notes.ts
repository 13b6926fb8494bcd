/**
 * Each delegation's internal notes and drafts on a meeting or one of its items (decision 0016).
 * Read and written by that delegation's own people only: its party's commission members and the
 * liaisons sitting in it. Not the other delegation, and not the chair or the head of mission
 * either: a delegation's deliberation is its own, as in any caucus. Every read is bound to the
 * reader's own party in the query itself, so no route, list or count can reach another's notes.
 */
import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import {
  findAgendaItem,
  findMeeting,
  findNote,
  insertNote,
  noteRows,
  updateNote,
  type NoteRow,
} from "../store/commission-repo.js";
import { delegateRows } from "../store/delegations-repo.js";
import { appendAudit } from "./audit.js";
import { agendaItemNotFound, meetingNotFound, requireStanding, type Retry } from "./commission.js";
import { makeOnce } from "./commission-requests.js";
import { inTransaction, type Deps } from "./deps.js";

export interface NoteView {
  note: NoteRow;
  authorName: string;
}

async function requireDelegate(
  deps: Deps,
  actor: Actor,
): Promise<{ userId: string; party: string }> {
  const { user, standing } = await requireStanding(deps.db, actor);
  if (standing !== "delegate" || !user.party) {
    throw new DomainError(
      "forbidden",
      "A delegation's notes are kept and read by that delegation's own members only.",
    );
  }
  return { userId: user.userId, party: user.party };
}

/** The reader's own delegation's notes on a meeting. */
export async function listNotes(deps: Deps, actor: Actor, meetingId: string): Promise<NoteView[]> {
  const me = await requireDelegate(deps, actor);
  if (!(await findMeeting(deps.db, meetingId))) throw meetingNotFound(meetingId);
  const rows = await noteRows(deps.db, meetingId, me.party);
  const names = new Map(
    (await delegateRows(deps.db, [...new Set(rows.map((r) => r.author_id))])).map((u) => [
      u.id,
      u.displayName,
    ]),
  );
  return rows.map((r) => ({ note: r, authorName: names.get(r.author_id) ?? "" }));
}

export async function addNote(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: { body: string; agendaItemId?: string },
  opts: Retry = {},
): Promise<{ notes: NoteView[]; replayed: boolean }> {
  const me = await requireDelegate(deps, actor);
  const key = { userId: me.userId, key: opts.idempotencyKey };
  const made = await makeOnce(deps, key, "note", { meetingId, ...input }, async (tx) => {
    if (!(await findMeeting(tx, meetingId))) throw meetingNotFound(meetingId);
    if (input.agendaItemId) {
      const item = await findAgendaItem(tx, input.agendaItemId);
      if (!item || item.meeting_id !== meetingId) throw agendaItemNotFound(input.agendaItemId);
    }
    const at = deps.clock();
    const row = await insertNote(tx, {
      id: randomUUID(),
      meeting_id: meetingId,
      agenda_item_id: input.agendaItemId ?? null,
      party_code: me.party,
      body: input.body,
      author_id: me.userId,
      created_at: at,
      updated_at: at,
    });
    // The entry names the delegation's party; never the note's words.
    await appendAudit(tx, {
      actor,
      action: "commission.note_added",
      subject: `meeting:${meetingId}`,
      at,
      rows: [{ table: "commission_notes", id: row.id }],
      details: { party: me.party },
    });
    return { recordId: row.id, meetingId };
  });
  return { notes: await listNotes(deps, actor, meetingId), replayed: made.replayed };
}

/** A delegation member edits one of their delegation's notes (a draft in progress). */
export async function editNote(
  deps: Deps,
  actor: Actor,
  noteId: string,
  input: { body: string },
): Promise<NoteView[]> {
  const me = await requireDelegate(deps, actor);
  const meetingId = await inTransaction(deps, async (tx) => {
    const n = await findNote(tx, noteId, me.party);
    if (!n)
      throw new DomainError("note_not_found", `No note ${noteId} of your delegation.`, {
        id: noteId,
      });
    const at = deps.clock();
    await updateNote(tx, n.id, input.body, at);
    await appendAudit(tx, {
      actor,
      action: "commission.note_edited",
      subject: `meeting:${n.meeting_id}`,
      at,
      rows: [{ table: "commission_notes", id: n.id }],
      details: { party: me.party },
    });
    return n.meeting_id;
  });
  return listNotes(deps, actor, meetingId);
}
