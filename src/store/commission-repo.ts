/** The joint commission's meetings, agenda, attendance, decisions, action items and notes: rows. */
import { sql, type Insertable, type Selectable, type Updateable } from "kysely";
import type { Db, Tx } from "./database.js";
import type {
  CommissionActionItemsTable,
  CommissionAgendaItemsTable,
  CommissionAttendanceTable,
  CommissionDecisionsTable,
  CommissionMeetingsTable,
  CommissionNotesTable,
  CommissionRequestsTable,
  CommissionSignaturesTable,
} from "./schema.js";

export type MeetingRow = Selectable<CommissionMeetingsTable>;
export type AgendaItemRow = Selectable<CommissionAgendaItemsTable>;
export type DecisionRow = Selectable<CommissionDecisionsTable>;
export type SignatureRow = Selectable<CommissionSignaturesTable>;
export type ActionItemRow = Selectable<CommissionActionItemsTable>;
export type NoteRow = Selectable<CommissionNotesTable>;

export async function nextMeetingNumber(tx: Tx): Promise<number> {
  const { rows } = await sql<{
    n: string;
  }>`SELECT nextval('commission_meeting_seq') AS n`.execute(tx);
  return Number(rows[0]!.n);
}

export function insertMeeting(tx: Tx, row: Insertable<CommissionMeetingsTable>) {
  return tx.insertInto("commission_meetings").values(row).returningAll().executeTakeFirstOrThrow();
}

export function findMeeting(db: Db | Tx, id: string, lock = false) {
  let q = db.selectFrom("commission_meetings").selectAll().where("id", "=", id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function listMeetingRows(db: Db | Tx) {
  return db.selectFrom("commission_meetings").selectAll().orderBy("starts_at").execute();
}

export function updateMeeting(tx: Tx, id: string, patch: Updateable<CommissionMeetingsTable>) {
  return tx
    .updateTable("commission_meetings")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** How many agenda items each meeting has. */
export async function agendaCounts(db: Db | Tx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("commission_agenda_items")
    .select(["meeting_id", (eb) => eb.fn.countAll<string>().as("n")])
    .where("meeting_id", "in", ids)
    .groupBy("meeting_id")
    .execute();
  return new Map(rows.map((r) => [r.meeting_id, Number(r.n)]));
}

export function agendaItemRows(db: Db | Tx, meetingId: string) {
  return db
    .selectFrom("commission_agenda_items")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .execute();
}

export function findAgendaItem(db: Db | Tx, id: string) {
  return db
    .selectFrom("commission_agenda_items")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Appends an item at the end of the meeting's agenda (the caller holds the meeting's row lock). */
export async function insertAgendaItem(
  tx: Tx,
  row: Omit<Insertable<CommissionAgendaItemsTable>, "position">,
) {
  const last = await tx
    .selectFrom("commission_agenda_items")
    .select((eb) => eb.fn.max("position").as("p"))
    .where("meeting_id", "=", row.meeting_id)
    .executeTakeFirst();
  return tx
    .insertInto("commission_agenda_items")
    .values({ ...row, position: Number(last?.p ?? 0) + 1 })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function attendanceRows(db: Db | Tx, meetingId: string) {
  return db
    .selectFrom("commission_attendance")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .orderBy("recorded_at")
    .orderBy("id")
    .execute();
}

export function upsertAttendance(tx: Tx, row: Insertable<CommissionAttendanceTable>) {
  return tx
    .insertInto("commission_attendance")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["meeting_id", "user_id"]).doUpdateSet({
        status: row.status,
        party_code: row.party_code,
        recorded_by: row.recorded_by,
        recorded_at: row.recorded_at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function decisionRows(db: Db | Tx, meetingId: string) {
  return db
    .selectFrom("commission_decisions")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .orderBy("proposed_at")
    .orderBy("version")
    .execute();
}

export function findDecision(db: Db | Tx, id: string, lock = false) {
  let q = db.selectFrom("commission_decisions").selectAll().where("id", "=", id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function insertDecision(tx: Tx, row: Insertable<CommissionDecisionsTable>) {
  return tx.insertInto("commission_decisions").values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateDecision(tx: Tx, id: string, patch: Updateable<CommissionDecisionsTable>) {
  return tx
    .updateTable("commission_decisions")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function signatureRows(db: Db | Tx, decisionIds: string[]): Promise<SignatureRow[]> {
  if (decisionIds.length === 0) return [];
  return db
    .selectFrom("commission_signatures")
    .selectAll()
    .where("decision_id", "in", decisionIds)
    .orderBy("signed_at")
    .execute();
}

export function insertSignature(tx: Tx, row: Insertable<CommissionSignaturesTable>) {
  return tx
    .insertInto("commission_signatures")
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function actionItemRows(db: Db | Tx, meetingId: string) {
  return db
    .selectFrom("commission_action_items")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .orderBy("deadline")
    .orderBy("id")
    .execute();
}

export function findActionItem(db: Db | Tx, id: string, lock = false) {
  let q = db.selectFrom("commission_action_items").selectAll().where("id", "=", id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function insertActionItem(tx: Tx, row: Insertable<CommissionActionItemsTable>) {
  return tx
    .insertInto("commission_action_items")
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateActionItem(
  tx: Tx,
  id: string,
  patch: Updateable<CommissionActionItemsTable>,
) {
  return tx
    .updateTable("commission_action_items")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One delegation's notes on a meeting: the party is part of every read, never optional. */
export function noteRows(db: Db | Tx, meetingId: string, party: string) {
  return db
    .selectFrom("commission_notes")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .where("party_code", "=", party)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export function findNote(db: Db | Tx, id: string, party: string) {
  return db
    .selectFrom("commission_notes")
    .selectAll()
    .where("id", "=", id)
    .where("party_code", "=", party)
    .executeTakeFirst();
}

export function insertNote(tx: Tx, row: Insertable<CommissionNotesTable>) {
  return tx.insertInto("commission_notes").values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateNote(tx: Tx, id: string, body: string, at: Date) {
  return tx
    .updateTable("commission_notes")
    .set({ body, updated_at: at })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The meeting (id and reference) each agenda item is on. */
export async function meetingsOfAgendaItems(
  db: Db | Tx,
  itemIds: readonly string[],
): Promise<Map<string, { meetingId: string; meetingReference: string }>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("commission_agenda_items as i")
    .innerJoin("commission_meetings as m", "m.id", "i.meeting_id")
    .select(["i.id as itemId", "m.id as meetingId", "m.reference as meetingReference"])
    .where("i.id", "in", [...itemIds])
    .execute();
  return new Map(
    rows.map((r) => [r.itemId, { meetingId: r.meetingId, meetingReference: r.meetingReference }]),
  );
}

/** The record a user's earlier request with this Idempotency-Key made, if any. */
export function findCommissionRequest(tx: Tx, userId: string, key: string) {
  return tx
    .selectFrom("commission_requests")
    .selectAll()
    .where("user_id", "=", userId)
    .where("key", "=", key)
    .executeTakeFirst();
}

export async function insertCommissionRequest(
  tx: Tx,
  row: Insertable<CommissionRequestsTable>,
): Promise<void> {
  await tx.insertInto("commission_requests").values(row).execute();
}

/** The action items linked to a commitment, with their meeting's reference. */
export function actionItemsOfCommitment(db: Db | Tx, commitmentId: string) {
  return db
    .selectFrom("commission_action_items as a")
    .innerJoin("commission_meetings as m", "m.id", "a.meeting_id")
    .selectAll("a")
    .select("m.reference as meeting_reference")
    .where("a.commitment_id", "=", commitmentId)
    .orderBy("a.deadline")
    .orderBy("a.id")
    .execute();
}

/** A decision as the enforcement ladder cites it: its words, version and meeting. */
export interface CitedDecisionRow {
  id: string;
  version: number;
  text_en: string;
  text_ar: string;
  status: string;
  effective_at: Date | null;
  meeting_id: string;
  meeting_reference: string;
}

/** The decisions of `ids`, with their meeting's reference, by id. */
export async function citedDecisions(
  db: Db | Tx,
  ids: readonly string[],
): Promise<Map<string, CitedDecisionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("commission_decisions as d")
    .innerJoin("commission_meetings as m", "m.id", "d.meeting_id")
    .select([
      "d.id",
      "d.version",
      "d.text_en",
      "d.text_ar",
      "d.status",
      "d.effective_at",
      "d.meeting_id",
      "m.reference as meeting_reference",
    ])
    .where("d.id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The meetings whose agenda holds a case: an item about the incident or the notice, or one of
 * `itemIds` (the agenda items its referrals were put on).
 */
export async function meetingsHoldingCase(
  db: Db | Tx,
  c: { incidentId: string; noticeId: string; itemIds: readonly string[] },
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("commission_agenda_items as i")
    .innerJoin("commission_meetings as m", "m.id", "i.meeting_id")
    .select(["m.id", "m.reference"])
    .where((eb) =>
      eb.or([
        eb.and([eb("i.subject_kind", "=", "incident"), eb("i.subject_id", "=", c.incidentId)]),
        eb.and([eb("i.subject_kind", "=", "notice"), eb("i.subject_id", "=", c.noticeId)]),
        ...(c.itemIds.length ? [eb("i.id", "in", [...c.itemIds])] : []),
      ]),
    )
    .execute();
  return new Map(rows.map((r) => [r.id, r.reference]));
}
