/**
 * The joint commission's workspace (issue 13 item 3; decision 0016): meetings of the joint body
 * with an agenda, attendance and minutes, and the action items they give rise to. The chair and
 * the head of mission (the secretariat) keep them; both delegations read them; a party's liaisons
 * outside the delegation read what the commission has shared. Decisions and their signatures are
 * in commission-decisions.ts, each delegation's own notes in commission-notes.ts.
 */
import { randomUUID } from "node:crypto";
import {
  commissionStanding,
  decisionSharedWithParty,
  meetingIsFinal,
  meetingMoveAllowed,
  type AgendaSubjectKind,
  type AttendanceStatus,
  type CommissionStanding,
  type DecisionStatus,
  type MeetingStatus,
} from "../domain/commission.js";
import { DomainError } from "../domain/errors.js";
import { actorLabel, type Actor } from "../domain/roles.js";
import {
  actionItemRows,
  agendaCounts,
  agendaItemRows,
  attendanceRows,
  decisionRows,
  findMeeting,
  insertAgendaItem,
  insertMeeting,
  listMeetingRows,
  nextMeetingNumber,
  signatureRows,
  updateMeeting,
  upsertAttendance,
  type ActionItemRow,
  type AgendaItemRow,
  type DecisionRow,
  type MeetingRow,
} from "../store/commission-repo.js";
import { delegateRows, listDelegationRows } from "../store/delegations-repo.js";
import { adoptedVersionRows } from "../store/geo-repo.js";
import { requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { makeOnce } from "./commission-requests.js";
import { readableSubjects, requireVisibleSubject } from "./commission-subjects.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { notifyCommission } from "./notification-events.js";
import { linkedCommitments, type LinkedCommitment } from "./commission-links.js";

type User = Extract<Actor, { kind: "user" }>;
type Reader = Deps["db"] | Tx;

/** The delegations as the commission's rules need them: members and head per party. */
export interface DelegationMap {
  members: (party: string) => readonly string[];
  head: (party: string) => string | null;
  /** The parties whose delegation has at least one member. */
  seated: string[];
}

async function delegationMap(db: Reader): Promise<DelegationMap> {
  const rows = await listDelegationRows(db);
  const by = new Map(rows.map((r) => [r.party, r]));
  return {
    members: (p) => by.get(p)?.memberIds ?? [],
    head: (p) => by.get(p)?.headUserId ?? null,
    seated: rows.filter((r) => r.memberIds.length > 0).map((r) => r.party),
  };
}

/** The actor's standing, or a refusal for those the commission's work is not for. */
export async function requireStanding(
  db: Reader,
  actor: Actor,
): Promise<{
  user: User;
  standing: Exclude<CommissionStanding, null>;
  delegations: DelegationMap;
}> {
  requireUser(actor);
  const delegations = await delegationMap(db);
  const standing = commissionStanding(actor, delegations.members);
  if (!standing) {
    throw new DomainError(
      "forbidden",
      `The ${actor.role} role does not take part in the joint commission.`,
      {
        roles: ["commission", "chief", "liaison"],
      },
    );
  }
  return { user: actor, standing, delegations };
}

export async function requireSecretariat(db: Reader, actor: Actor, doing: string) {
  const s = await requireStanding(db, actor);
  if (s.standing !== "secretariat") {
    throw new DomainError(
      "forbidden",
      `Only the joint body's chair or the head of mission may ${doing}.`,
      { roles: ["commission (chair)", "chief"] },
    );
  }
  return s;
}

export function meetingNotFound(id: string): DomainError {
  return new DomainError("meeting_not_found", `No commission meeting ${id}.`, { id });
}

export async function lockMeeting(tx: Tx, id: string): Promise<MeetingRow> {
  const m = await findMeeting(tx, id, true);
  if (!m) throw meetingNotFound(id);
  return m;
}

/** A cancelled meeting never met: nobody attended it, it has no minutes, decisions nor actions. */
export function refuseIfCancelled(m: MeetingRow, doing: string): void {
  if (m.status === "cancelled") {
    throw new DomainError(
      "meeting_transition_not_allowed",
      `Meeting ${m.reference} was cancelled: it never met, so nobody may ${doing} for it.`,
      { status: m.status },
    );
  }
}

interface Bilingual {
  en: string | null;
  ar: string | null;
}

export interface MeetingSummary {
  id: string;
  reference: string;
  startsAt: Date;
  place: Bilingual;
  status: MeetingStatus;
  agendaItems: number;
  minutesShared: boolean;
}

function summaryOf(m: MeetingRow, agendaItems: number): MeetingSummary {
  return {
    id: m.id,
    reference: m.reference,
    startsAt: m.starts_at,
    place: { en: m.place_en, ar: m.place_ar },
    status: m.status as MeetingStatus,
    agendaItems,
    minutesShared: m.minutes_shared_at !== null,
  };
}

/**
 * Every meeting, the next one first: meetings to come (planned, from now on) soonest first,
 * then the others newest first.
 */
export async function listMeetings(deps: Deps, actor: Actor): Promise<MeetingSummary[]> {
  await requireStanding(deps.db, actor);
  const now = deps.clock().getTime();
  const rows = await listMeetingRows(deps.db);
  const counts = await agendaCounts(
    deps.db,
    rows.map((r) => r.id),
  );
  const upcoming = (m: MeetingRow) => m.status === "planned" && m.starts_at.getTime() >= now;
  const next = rows.filter(upcoming);
  const past = rows.filter((m) => !upcoming(m)).reverse();
  return [...next, ...past].map((m) => summaryOf(m, counts.get(m.id) ?? 0));
}

export interface AgendaItemInput {
  titleEn?: string;
  titleAr?: string;
  textEn?: string;
  textAr?: string;
  subject?: { kind: AgendaSubjectKind; id: string };
}

export interface NewMeeting {
  startsAt: Date;
  placeEn?: string;
  placeAr?: string;
  agenda: AgendaItemInput[];
}

export function checkTitle(i: { titleEn?: string; titleAr?: string }, field: string) {
  if (!i.titleEn && !i.titleAr) {
    throw new DomainError("validation_failed", `${field} needs a title in Arabic or English.`, {
      field,
    });
  }
}

function checkPlace(i: { placeEn?: string; placeAr?: string }) {
  if (!i.placeEn && !i.placeAr) {
    throw new DomainError(
      "validation_failed",
      "Say where the meeting is held (placeEn or placeAr).",
      {
        field: "placeEn",
      },
    );
  }
}

async function appendItem(
  tx: Tx,
  actor: Actor,
  meetingId: string,
  input: AgendaItemInput,
  at: Date,
) {
  if (input.subject) await requireVisibleSubject(tx, actor, input.subject, at);
  const row = await insertAgendaItem(tx, {
    id: randomUUID(),
    meeting_id: meetingId,
    title_en: input.titleEn ?? null,
    title_ar: input.titleAr ?? null,
    text_en: input.textEn ?? null,
    text_ar: input.textAr ?? null,
    subject_kind: input.subject?.kind ?? null,
    subject_id: input.subject?.id ?? null,
    added_by: actorLabel(actor),
    added_at: at,
  });
  await appendAudit(tx, {
    actor,
    action: "commission.agenda_item_added",
    subject: `meeting:${meetingId}`,
    at,
    rows: [{ table: "commission_agenda_items", id: row.id }],
    details: { position: row.position, subject: input.subject ?? null },
  });
  return row;
}

/** Who made a request, and the Idempotency-Key it came with (none: each try makes a record). */
export interface Retry {
  idempotencyKey?: string;
}

/** A view answered to a creation: `replayed` when a retry found the record its key made. */
export type Created<T> = T & { replayed: boolean };

/** The chair or the head of mission schedules a meeting, with its first agenda items. */
export async function createMeeting(
  deps: Deps,
  actor: Actor,
  input: NewMeeting,
  opts: Retry = {},
): Promise<Created<MeetingView>> {
  const { user } = await requireSecretariat(deps.db, actor, "schedule a meeting");
  checkPlace(input);
  input.agenda.forEach((i, n) => checkTitle(i, `agenda[${n}]`));
  const key = { userId: user.userId, key: opts.idempotencyKey };
  const made = await makeOnce(deps, key, "meeting", input, async (tx) => {
    const at = deps.clock();
    const n = await nextMeetingNumber(tx);
    const m = await insertMeeting(tx, {
      id: randomUUID(),
      reference: `MTG-${String(n).padStart(4, "0")}`,
      starts_at: input.startsAt,
      place_en: input.placeEn ?? null,
      place_ar: input.placeAr ?? null,
      status: "planned",
      created_by: user.userId,
      created_at: at,
      updated_at: at,
    });
    await appendAudit(tx, {
      actor,
      action: "commission.meeting_scheduled",
      subject: `meeting:${m.id}`,
      at,
      rows: [{ table: "commission_meetings", id: m.id }],
      details: { startsAt: m.starts_at.toISOString(), agendaItems: input.agenda.length },
    });
    for (const item of input.agenda) await appendItem(tx, actor, m.id, item, at);
    await notifyCommission(tx, at, {
      kind: "commission.meeting_scheduled",
      meeting: m,
      startsAt: m.starts_at,
    });
    return { recordId: m.id, meetingId: m.id };
  });
  return { ...(await getMeeting(deps, actor, made.meetingId)), replayed: made.replayed };
}

/**
 * Adds an item at the end of a meeting's agenda inside the caller's transaction (a referral made
 * with another change); a closed meeting's agenda is final.
 */
export async function appendAgendaItemIn(
  tx: Tx,
  actor: Actor,
  meetingId: string,
  input: AgendaItemInput,
  at: Date,
): Promise<{ id: string; meetingReference: string }> {
  checkTitle(input, "titleEn");
  const m = await lockMeeting(tx, meetingId);
  if (meetingIsFinal(m.status)) {
    throw new DomainError(
      "meeting_transition_not_allowed",
      `Meeting ${m.reference} is ${m.status}; its agenda is final.`,
      { status: m.status, field: "meetingId" },
    );
  }
  const row = await appendItem(tx, actor, meetingId, input, at);
  await announceItem(tx, m, row.id, at);
  return { id: row.id, meetingReference: m.reference };
}

/** An item added to a meeting still to be held is announced as the meeting was. */
async function announceItem(tx: Tx, m: MeetingRow, itemId: string, at: Date): Promise<void> {
  if (m.status !== "planned") return;
  await notifyCommission(tx, at, {
    kind: "commission.agenda_item_added",
    meeting: m,
    startsAt: m.starts_at,
    agendaItemId: itemId,
  });
}

/**
 * Adds an item at the end of a meeting's agenda: by the chair or the head of mission, and by
 * other use cases that refer a matter to the commission (an enforcement notice, a line of
 * contact version). A closed meeting's agenda is final.
 */
export async function addAgendaItem(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: AgendaItemInput,
  opts: Retry = {},
): Promise<{ id: string; position: number; replayed: boolean }> {
  const userId =
    actor.kind === "system"
      ? null
      : (await requireSecretariat(deps.db, actor, "add to the agenda")).user.userId;
  checkTitle(input, "titleEn");
  let position = 0;
  const made = await makeOnce(
    deps,
    { userId: userId ?? "", key: userId ? opts.idempotencyKey : undefined },
    "agenda_item",
    { meetingId, ...input },
    async (tx) => {
      const m = await lockMeeting(tx, meetingId);
      if (meetingIsFinal(m.status)) {
        throw new DomainError(
          "meeting_transition_not_allowed",
          `Meeting ${m.reference} is ${m.status}; its agenda is final.`,
          { status: m.status },
        );
      }
      const at = deps.clock();
      const row = await appendItem(tx, actor, meetingId, input, at);
      await announceItem(tx, m, row.id, at);
      position = row.position;
      return { recordId: row.id, meetingId };
    },
  );
  if (made.replayed) {
    const item = (await agendaItemRows(deps.db, meetingId)).find((i) => i.id === made.recordId);
    position = item?.position ?? 0;
  }
  return { id: made.recordId, position, replayed: made.replayed };
}

export interface MeetingChange {
  startsAt?: Date;
  placeEn?: string | null;
  placeAr?: string | null;
  status?: MeetingStatus;
}

/** Reschedules, moves or changes the status of a meeting (forward only). */
export async function changeMeeting(deps: Deps, actor: Actor, id: string, input: MeetingChange) {
  await requireSecretariat(deps.db, actor, "change a meeting");
  await inTransaction(deps, async (tx) => {
    const m = await lockMeeting(tx, id);
    const at = deps.clock();
    const from = m.status as MeetingStatus;
    if (input.status && input.status !== from && !meetingMoveAllowed(from, input.status)) {
      throw new DomainError(
        "meeting_transition_not_allowed",
        `Meeting ${m.reference} is ${from}; it cannot become ${input.status}.`,
        { field: "status", from, to: input.status },
      );
    }
    if (
      (input.startsAt || input.placeEn !== undefined || input.placeAr !== undefined) &&
      meetingIsFinal(from)
    ) {
      throw new DomainError(
        "meeting_transition_not_allowed",
        `Meeting ${m.reference} is ${from}.`,
        {
          field: "status",
        },
      );
    }
    const placeEn = input.placeEn !== undefined ? input.placeEn : m.place_en;
    const placeAr = input.placeAr !== undefined ? input.placeAr : m.place_ar;
    checkPlace({ placeEn: placeEn ?? undefined, placeAr: placeAr ?? undefined });
    const startsAt = input.startsAt ?? m.starts_at;
    const to = input.status ?? from;
    await updateMeeting(tx, id, {
      starts_at: startsAt,
      place_en: placeEn,
      place_ar: placeAr,
      status: to,
      updated_at: at,
    });
    await appendAudit(tx, {
      actor,
      action: "commission.meeting_changed",
      subject: `meeting:${id}`,
      at,
      rows: [{ table: "commission_meetings", id }],
      details: { from, to, startsAt: input.startsAt?.toISOString() ?? null },
    });
    await announceChange(tx, m, { startsAt, placeEn, placeAr, status: to }, at);
  });
  return getMeeting(deps, actor, id);
}

/**
 * What of a meeting's change its readers are told: a meeting still to be held that is cancelled
 * never met (meetingMoveAllowed); one given a new time or place was moved. Held
 * and closed meetings change as records, not as appointments: nobody is called anywhere.
 */
async function announceChange(
  tx: Tx,
  m: MeetingRow,
  after: { startsAt: Date; placeEn: string | null; placeAr: string | null; status: MeetingStatus },
  at: Date,
): Promise<void> {
  if (m.status !== "planned") return;
  if (after.status === "cancelled") {
    await notifyCommission(tx, at, {
      kind: "commission.meeting_cancelled",
      meeting: m,
      startsAt: m.starts_at,
    });
    return;
  }
  const moved =
    after.startsAt.getTime() !== m.starts_at.getTime() ||
    after.placeEn !== m.place_en ||
    after.placeAr !== m.place_ar;
  if (after.status === "planned" && moved) {
    await notifyCommission(tx, at, {
      kind: "commission.meeting_moved",
      meeting: m,
      startsAt: after.startsAt,
    });
  }
}

/**
 * Records who attended: each delegation's members (in their party's delegation) and the chair or
 * the secretariat; recording a person again replaces their status.
 */
export async function recordAttendance(
  deps: Deps,
  actor: Actor,
  id: string,
  entries: { userId: string; status: AttendanceStatus }[],
) {
  const { user, delegations } = await requireSecretariat(deps.db, actor, "record attendance");
  await inTransaction(deps, async (tx) => {
    refuseIfCancelled(await lockMeeting(tx, id), "record attendance");
    const at = deps.clock();
    const people = new Map(
      (await delegateRows(tx, [...new Set(entries.map((e) => e.userId))])).map((u) => [u.id, u]),
    );
    for (const [n, e] of entries.entries()) {
      const u = people.get(e.userId);
      const seatOf = u?.party && delegations.members(u.party).includes(u.id) ? u.party : null;
      const chairOrSecretariat = u && !u.party && (u.role === "commission" || u.role === "chief");
      if (!u || (!seatOf && !chairOrSecretariat)) {
        throw new DomainError(
          "attendee_invalid",
          "An attendee is a member of a party's delegation, the chair or the head of mission.",
          { field: `entries[${n}].userId`, user: e.userId },
        );
      }
      const row = await upsertAttendance(tx, {
        id: randomUUID(),
        meeting_id: id,
        user_id: u.id,
        party_code: seatOf,
        status: e.status,
        recorded_by: user.userId,
        recorded_at: at,
      });
      await appendAudit(tx, {
        actor,
        action: "commission.attendance_recorded",
        subject: `meeting:${id}`,
        at,
        rows: [{ table: "commission_attendance", id: row.id }],
        details: { user: u.id, status: e.status },
      });
    }
  });
  return getMeeting(deps, actor, id);
}

/** The chair or the secretariat drafts the minutes, in both languages, until they are shared. */
export async function saveMinutes(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { en: string | null; ar: string | null },
) {
  await requireSecretariat(deps.db, actor, "draft the minutes");
  await inTransaction(deps, async (tx) => {
    const m = await lockMeeting(tx, id);
    refuseIfCancelled(m, "write minutes");
    if (m.minutes_shared_at) throw minutesShared(m);
    const at = deps.clock();
    await updateMeeting(tx, id, {
      minutes_en: input.en,
      minutes_ar: input.ar,
      minutes_updated_at: at,
      updated_at: at,
    });
    await appendAudit(tx, {
      actor,
      action: "commission.minutes_drafted",
      subject: `meeting:${id}`,
      at,
      rows: [{ table: "commission_meetings", id }],
    });
  });
  return getMeeting(deps, actor, id);
}

function minutesShared(m: MeetingRow) {
  return new DomainError(
    "minutes_already_shared",
    `The minutes of ${m.reference} were shared with both delegations and can no longer change.`,
  );
}

/** Shares the minutes with both delegations at once; from then on they are frozen. */
export async function shareMinutes(deps: Deps, actor: Actor, id: string) {
  const { user } = await requireSecretariat(deps.db, actor, "share the minutes");
  await inTransaction(deps, async (tx) => {
    const m = await lockMeeting(tx, id);
    refuseIfCancelled(m, "share minutes");
    if (m.minutes_shared_at) return;
    if (!m.minutes_en && !m.minutes_ar) {
      throw new DomainError("minutes_empty", "There are no minutes to share yet.", {
        field: "minutes",
      });
    }
    const at = deps.clock();
    await updateMeeting(tx, id, {
      minutes_shared_at: at,
      minutes_shared_by: user.userId,
      updated_at: at,
    });
    await appendAudit(tx, {
      actor,
      action: "commission.minutes_shared",
      subject: `meeting:${id}`,
      at,
      rows: [{ table: "commission_meetings", id }],
    });
    await notifyCommission(tx, at, { kind: "commission.minutes_shared", meeting: m });
  });
  return getMeeting(deps, actor, id);
}

export function agendaItemNotFound(id: string): DomainError {
  return new DomainError("agenda_item_not_found", `No agenda item ${id} in this meeting.`, {
    field: "agendaItemId",
  });
}

interface AnswerView {
  party: string;
  kind: "signed" | "dissented";
  reason: string | null;
  signerName: string;
  at: Date;
}

interface DecisionView {
  row: DecisionRow;
  /** The layer version this decision adopts as agreed, once in effect (decision 0019). */
  adopts: {
    layerId: string;
    layerVersionId: string;
    version: number;
    name: string;
    nameAr: string | null;
    from: Date;
  } | null;
  answers: AnswerView[];
  /** The party this reader may answer for now (its delegation's head), or null. */
  mayAnswerFor: string | null;
}

export interface MeetingView {
  meeting: MeetingRow;
  standing: Exclude<CommissionStanding, null>;
  agenda: AgendaItemRow[];
  attendance: {
    userId: string;
    name: string;
    party: string | null;
    /** A delegation's member, or of no delegation the chair or the head of mission. */
    seat: "delegate" | "chair" | "chief";
    status: AttendanceStatus;
  }[];
  /** The minutes: the secretariat always; everyone else once shared. */
  minutes: Bilingual | null;
  decisions: DecisionView[];
  /** Each action item, with the commitment it became where the reader may read that one. */
  actionItems: { row: ActionItemRow; commitment: LinkedCommitment | null }[];
  /** The party whose notes this reader keeps (its delegation's), or null. */
  notesParty: string | null;
}

/** A meeting as its reader may see it. */
export async function getMeeting(deps: Deps, actor: Actor, id: string): Promise<MeetingView> {
  const { user, standing, delegations } = await requireStanding(deps.db, actor);
  const m = await findMeeting(deps.db, id);
  if (!m) throw meetingNotFound(id);
  const [agenda, attendance, decisions, actionItems] = await Promise.all([
    agendaItemRows(deps.db, id),
    attendanceRows(deps.db, id),
    decisionRows(deps.db, id),
    actionItemRows(deps.db, id),
  ]);
  const shown = decisions.filter(
    (d) => standing !== "party" || decisionSharedWithParty(d.status as DecisionStatus),
  );
  const answers = await signatureRows(
    deps.db,
    shown.map((d) => d.id),
  );
  const people = new Map(
    (
      await delegateRows(deps.db, [
        ...new Set([...attendance.map((a) => a.user_id), ...answers.map((a) => a.signer_id)]),
      ])
    ).map((u) => [u.id, u]),
  );
  const names = new Map([...people].map(([id, u]) => [id, u.displayName]));
  const head = user.party ? delegations.head(user.party) : null;
  const commitments = await linkedCommitments(
    deps.db,
    actor,
    actionItems.map((a) => a.commitment_id),
  );
  const adopted = await adoptedVersionRows(
    deps.db,
    shown.map((d) => d.adopts_layer_version_id).filter((x): x is string => x !== null),
  );
  const subjects = agenda.flatMap((i) =>
    i.subject_kind && i.subject_id
      ? [{ kind: i.subject_kind as AgendaSubjectKind, id: i.subject_id }]
      : [],
  );
  const readable = await readableSubjects(deps.db, actor, standing, subjects, deps.clock());
  return {
    meeting: m,
    standing,
    // An item about a record this reader may not read keeps its title, not the record's id.
    agenda: agenda.map((i) =>
      !i.subject_kind || readable.has(`${i.subject_kind}:${i.subject_id}`)
        ? i
        : { ...i, subject_kind: null, subject_id: null },
    ),
    attendance: attendance.map((a) => ({
      userId: a.user_id,
      name: names.get(a.user_id) ?? "",
      party: a.party_code,
      seat: a.party_code
        ? ("delegate" as const)
        : people.get(a.user_id)?.role === "chief"
          ? ("chief" as const)
          : ("chair" as const),
      status: a.status as AttendanceStatus,
    })),
    minutes:
      standing === "secretariat" || m.minutes_shared_at
        ? { en: m.minutes_en, ar: m.minutes_ar }
        : null,
    decisions: shown.map((d) => {
      const mine = answers.filter((a) => a.decision_id === d.id);
      // a cancelled meeting's decisions stay as they were: nobody answers them (refuseIfCancelled)
      const open =
        m.status !== "cancelled" && (d.status === "proposed" || d.status === "dissented");
      const answerable =
        open &&
        head === user.userId &&
        user.party !== null &&
        d.required_parties.includes(user.party) &&
        !mine.some((a) => a.party_code === user.party);
      const v = adopted.find((a) => a.id === d.adopts_layer_version_id);
      return {
        row: d,
        adopts:
          v && d.adopts_from
            ? {
                layerId: v.layer_id,
                layerVersionId: v.id,
                version: v.version,
                name: v.name,
                nameAr: v.name_ar,
                from: d.adopts_from,
              }
            : null,
        answers: mine.map((a) => ({
          party: a.party_code,
          kind: a.kind as "signed" | "dissented",
          reason: a.reason,
          signerName: names.get(a.signer_id) ?? "",
          at: a.signed_at,
        })),
        mayAnswerFor: answerable ? user.party : null,
      };
    }),
    actionItems: actionItems.map((a) => ({
      row: a,
      commitment: (a.commitment_id && commitments.get(a.commitment_id)) || null,
    })),
    notesParty: standing === "delegate" ? user.party : null,
  };
}
