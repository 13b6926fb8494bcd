/** Commitments, their anchors, observations and breach incidents: rows in, rows out. */
import {
  sql,
  type ExpressionBuilder,
  type Insertable,
  type RawBuilder,
  type Selectable,
  type Updateable,
} from "kysely";
import type {
  Commitment,
  CommitmentScope,
  CommitmentStatus,
  CommitmentType,
  DayRef,
  Observation,
  Phase,
} from "../domain/commitments.js";
import type { Db, Tx } from "./database.js";
import type { CommitmentObservationsTable, CommitmentsTable, DB } from "./schema.js";

export type CommitmentRow = Selectable<CommitmentsTable>;
export type ObservationRow = Selectable<CommitmentObservationsTable>;

const asJson = (v: unknown) => (typeof v === "string" ? (JSON.parse(v) as unknown) : v);

export function rowToCommitment(r: CommitmentRow): Commitment {
  return {
    id: r.id,
    reference: r.reference,
    provisionId: r.provision_id,
    type: r.type as CommitmentType,
    title: { en: r.title_en, ar: r.title_ar },
    description: { en: r.description_en, ar: r.description_ar },
    obligatedParties: r.obligated_parties,
    beneficiaries: r.beneficiaries,
    target:
      r.target_quantity !== null || r.target_geometry !== null
        ? {
            quantity: r.target_quantity,
            unit: r.target_unit,
            geometry: r.target_geometry === null ? null : asJson(r.target_geometry),
          }
        : null,
    deadline: (asJson(r.deadline) as DayRef | null) ?? null,
    startBy: (asJson(r.start_by) as DayRef | null) ?? null,
    completeWithinDays: r.complete_within_days,
    phases: (asJson(r.phases) as Phase[] | null) ?? [],
    dependsOn: r.depends_on,
    responsibleBody: r.responsible_body,
    status: r.status as CommitmentStatus,
    statusChangedAt: r.status_changed_at,
    statusChangedBy: r.status_changed_by,
    statusReason: r.status_reason,
    startedOn: r.started_on,
    dueAt: r.due_at,
    deadlineAt: r.deadline_at,
    duePhase: r.due_phase,
    disputedAt: r.disputed_at,
    public: r.public,
    source: r.source_kind && r.source_id ? { kind: r.source_kind, id: r.source_id } : null,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function rowToObservation(r: ObservationRow): Observation {
  return {
    id: r.id,
    commitmentId: r.commitment_id,
    observedAt: r.observed_at,
    note: { en: r.note_en, ar: r.note_ar },
    showsStatus: r.shows_status as Observation["showsStatus"],
    quantity: r.quantity,
    phaseKey: r.phase_key,
    verificationLevel: r.verification_level,
    source: r.source,
    sourceGrades: r.source_grades as Observation["sourceGrades"],
    evidenceIds: r.evidence_ids,
    disputes: r.disputes,
    recordedBy: r.recorded_by,
    recordedParty: r.recorded_party,
    recordedAt: r.recorded_at,
  };
}

/** The scope as a WHERE clause: a row outside it is never read. */
function scopeFilter(scope: CommitmentScope) {
  return (eb: ExpressionBuilder<DB, "commitments">) => {
    if (scope.kind === "all") return eb.val(true);
    if (scope.kind === "public") return eb("commitments.public", "=", true);
    return eb.or([
      eb("commitments.public", "=", true),
      sql<boolean>`${scope.party} = ANY(commitments.obligated_parties)`,
    ]);
  };
}

export async function nextCommitmentReference(tx: Tx): Promise<string> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT nextval('commitment_reference_seq') AS n`.execute(tx);
  return `CMT-${String(rows[0]!.n).padStart(5, "0")}`;
}

export function insertCommitment(tx: Tx, row: Insertable<CommitmentsTable>) {
  return tx.insertInto("commitments").values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Every change names its instant (`updated_at`): the public board's record of past states is
 * keyed by it (commitment_states, kept by a trigger).
 */
export function updateCommitment(
  tx: Tx,
  id: string,
  set: Updateable<CommitmentsTable> & { updated_at: Date },
) {
  return tx
    .updateTable("commitments")
    .set(set)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findCommitment(db: Db | Tx, id: string, scope: CommitmentScope, lock = false) {
  let q = db.selectFrom("commitments").selectAll().where("id", "=", id).where(scopeFilter(scope));
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function findCommitmentByIdempotencyKey(tx: Tx, createdBy: string, key: string) {
  return tx
    .selectFrom("commitments")
    .selectAll()
    .where("created_by", "=", createdBy)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

/** A place in the order "soonest due first (undated last), then by reference". */
export interface DuePosition {
  deadlineAt: Date | null;
  reference: string;
}

/** Rows strictly after `after` in that order (every row when there is none). */
function afterDue(
  deadline: RawBuilder<unknown>,
  reference: RawBuilder<unknown>,
  after?: DuePosition,
) {
  if (!after) return sql<boolean>`true`;
  if (after.deadlineAt === null)
    return sql<boolean>`(${deadline} IS NULL AND ${reference} > ${after.reference})`;
  return sql<boolean>`(${deadline} > ${after.deadlineAt} OR ${deadline} IS NULL
    OR (${deadline} = ${after.deadlineAt} AND ${reference} > ${after.reference}))`;
}

export interface CommitmentFilters {
  party?: string;
  provisionCode?: string;
  status?: CommitmentStatus[];
  type?: CommitmentType;
}

function filteredCommitments(db: Db, scope: CommitmentScope, f: CommitmentFilters) {
  let q = db
    .selectFrom("commitments")
    .innerJoin("provisions", "provisions.id", "commitments.provision_id")
    .where(scopeFilter(scope));
  if (f.party) q = q.where(sql<boolean>`${f.party} = ANY(commitments.obligated_parties)`);
  if (f.provisionCode) q = q.where("provisions.code", "=", f.provisionCode);
  if (f.status?.length) q = q.where("commitments.status", "in", f.status);
  if (f.type) q = q.where("commitments.type", "=", f.type);
  return q;
}

/** Commitments in scope, soonest due first, then by reference: `limit` of them after `after`. */
export function listCommitments(
  db: Db,
  scope: CommitmentScope,
  f: CommitmentFilters & { after?: DuePosition; limit: number },
) {
  return filteredCommitments(db, scope, f)
    .selectAll("commitments")
    .select("provisions.code as provision_code")
    .where(afterDue(sql.ref("commitments.deadline_at"), sql.ref("commitments.reference"), f.after))
    .orderBy(sql`commitments.deadline_at ASC NULLS LAST`)
    .orderBy("commitments.reference")
    .limit(f.limit)
    .execute();
}

/** How many commitments in scope match the filters (every page of the list together). */
export async function countCommitments(
  db: Db,
  scope: CommitmentScope,
  f: CommitmentFilters,
): Promise<number> {
  const { n } = await filteredCommitments(db, scope, f)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Every commitment's dependencies (the whole graph, for the cycle check), and references. */
export async function dependencyGraph(tx: Tx | Db) {
  const rows = await tx
    .selectFrom("commitments")
    .select(["id", "reference", "depends_on"])
    .execute();
  return {
    graph: new Map(rows.map((r) => [r.id, r.depends_on])),
    references: new Map(rows.map((r) => [r.id, r.reference])),
  };
}

/** The code of a provision, by id. */
export async function provisionCodeOf(db: Db | Tx, provisionId: string): Promise<string> {
  const row = await db
    .selectFrom("provisions")
    .select("code")
    .where("id", "=", provisionId)
    .executeTakeFirstOrThrow();
  return row.code;
}

/** Serialises changes of the dependency graph, so two edits cannot close a cycle between them. */
export async function lockDependencyGraph(tx: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('commitment_dependencies'))`.execute(tx);
}

/** Reference, titles and status of these commitments, those in scope only. */
export function commitmentSummaries(db: Db | Tx, ids: string[], scope: CommitmentScope) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("commitments")
    .select(["id", "reference", "title_en", "title_ar", "status", "deadline_at"])
    .where("id", "in", ids)
    .where(scopeFilter(scope))
    .orderBy("reference")
    .execute();
}

/** The commitments in scope that wait for this one. */
export function dependentsOf(db: Db, id: string, scope: CommitmentScope) {
  return db
    .selectFrom("commitments")
    .select(["id", "reference", "title_en", "title_ar", "status", "deadline_at"])
    .where(sql<boolean>`${id}::uuid = ANY(commitments.depends_on)`)
    .where(scopeFilter(scope))
    .orderBy("reference")
    .execute();
}

/** The ids among `ids` that exist (for checking dependencies named by a client). */
export async function existingCommitmentIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.selectFrom("commitments").select("id").where("id", "in", ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Commitments whose deadlines count from this anchor (to recompute when its date changes). */
export function commitmentsOnAnchor(tx: Tx, code: string) {
  return tx
    .selectFrom("commitments")
    .selectAll()
    .where(
      sql<boolean>`deadline->>'anchor' = ${code} OR start_by->>'anchor' = ${code}
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(phases) p WHERE p->'deadline'->>'anchor' = ${code})`,
    )
    .forUpdate()
    .execute();
}

// ── Anchors ──────────────────────────────────────────────────────────────────

export function listAnchors(db: Db | Tx) {
  return db.selectFrom("commitment_anchors").selectAll().orderBy("code").execute();
}

export async function anchorDays(db: Db | Tx): Promise<Map<string, string | null>> {
  return new Map((await listAnchors(db)).map((a) => [a.code, a.occurred_on]));
}

export function upsertAnchor(
  tx: Tx,
  a: { code: string; name_en: string; name_ar: string; occurred_on: string | null; at: Date },
) {
  return tx
    .insertInto("commitment_anchors")
    .values({
      code: a.code,
      name_en: a.name_en,
      name_ar: a.name_ar,
      occurred_on: a.occurred_on,
      updated_at: a.at,
    })
    .onConflict((oc) =>
      oc.column("code").doUpdateSet({
        name_en: a.name_en,
        name_ar: a.name_ar,
        occurred_on: a.occurred_on,
        updated_at: a.at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ── Observations ─────────────────────────────────────────────────────────────

export function insertObservation(tx: Tx, row: Insertable<CommitmentObservationsTable>) {
  return tx
    .insertInto("commitment_observations")
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findObservationByKey(tx: Tx, recordedBy: string, key: string) {
  return tx
    .selectFrom("commitment_observations")
    .selectAll()
    .where("recorded_by", "=", recordedBy)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

export function observationsOf(db: Db, commitmentId: string) {
  return db
    .selectFrom("commitment_observations")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("observed_at")
    .orderBy("recorded_at")
    .execute();
}

// ── Breaches ─────────────────────────────────────────────────────────────────

export function insertBreach(
  tx: Tx,
  row: {
    id: string;
    commitment_id: string;
    incident_id: string;
    opened_by: string;
    opened_at: Date;
  },
) {
  return tx.insertInto("commitment_breaches").values(row).returningAll().executeTakeFirstOrThrow();
}

export function breachesOf(db: Db | Tx, commitmentId: string) {
  return db
    .selectFrom("commitment_breaches")
    .innerJoin("incidents", "incidents.id", "commitment_breaches.incident_id")
    .select([
      "commitment_breaches.id",
      "commitment_breaches.incident_id",
      "commitment_breaches.opened_at",
      "incidents.reference",
    ])
    .where("commitment_breaches.commitment_id", "=", commitmentId)
    .orderBy("commitment_breaches.opened_at")
    .execute();
}

/** The commitment an incident was opened for, as the breach of it (one at most), or null. */
export async function breachedCommitmentOf(
  db: Db | Tx,
  incidentId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("commitment_breaches")
    .select("commitment_id")
    .where("incident_id", "=", incidentId)
    .orderBy("opened_at")
    .limit(1)
    .executeTakeFirst();
  return row?.commitment_id ?? null;
}

// ── The scoreboard and the overdue sweep ─────────────────────────────────────

interface ScoreRow {
  key: string;
  total: number;
  due: number;
  met: number;
  late: number;
  disputed: number;
}

/** Where a board's rows come from (aliased `c`), which of them count, and which are disputed. */
interface BoardSource {
  from: RawBuilder<unknown>;
  where: RawBuilder<boolean>;
  disputed: RawBuilder<boolean>;
}

const scoreColumns = (now: Date, disputed: RawBuilder<boolean>) => sql<Omit<ScoreRow, "key">>`
  count(*)::int AS total,
  (count(*) FILTER (WHERE c.deadline_at <= ${now}))::int AS due,
  (count(*) FILTER (WHERE c.status = 'met'))::int AS met,
  (count(*) FILTER (WHERE c.status = 'overdue'))::int AS late,
  (count(*) FILTER (WHERE ${disputed}))::int AS disputed`;

function scopeSql(scope: CommitmentScope) {
  if (scope.kind === "all") return sql<boolean>`true`;
  if (scope.kind === "public") return sql<boolean>`c.public`;
  return sql<boolean>`(c.public OR ${scope.party} = ANY(c.obligated_parties))`;
}

/** Counts per obligated party, per clause and in all, over the source's rows, at `now`. */
async function board(db: Db, s: BoardSource, now: Date) {
  const columns = scoreColumns(now, s.disputed);
  const byParty = await sql<ScoreRow>`
    SELECT p.party AS key, ${columns}
    FROM ${s.from} CROSS JOIN LATERAL unnest(c.obligated_parties) AS p(party)
    WHERE ${s.where}
    GROUP BY p.party ORDER BY p.party`.execute(db);
  const byClause = await sql<ScoreRow>`
    SELECT pr.code AS key, ${columns}
    FROM ${s.from} JOIN provisions pr ON pr.id = c.provision_id
    WHERE ${s.where}
    GROUP BY pr.code ORDER BY pr.code`.execute(db);
  const all = await sql<ScoreRow>`
    SELECT 'all' AS key, ${columns} FROM ${s.from} WHERE ${s.where}`.execute(db);
  return { byParty: byParty.rows, byClause: byClause.rows, all: all.rows[0]! };
}

/** Counts per obligated party and per clause, over the commitments in scope. */
export function scoreboard(db: Db, scope: CommitmentScope, now: Date) {
  return board(
    db,
    { from: sql`commitments c`, where: scopeSql(scope), disputed: sql`c.disputed_at IS NOT NULL` },
    now,
  );
}

/**
 * Every commitment as it stood at `at`: its latest state from then or before (one created later
 * has none). Aliased `c`, with commitment_states' columns.
 */
const statesAt = (at: Date) => sql`(
  SELECT DISTINCT ON (s.commitment_id) s.*
  FROM commitment_states s
  WHERE s.since <= ${at}
  ORDER BY s.commitment_id, s.since DESC) AS c`;

/**
 * The public board as the register stood at `at`: the commitments public then, each counted in
 * its state then (status, deadline, dispute, clause, parties); "due" as of `at` too.
 */
export function publicScoreboard(db: Db, at: Date) {
  return board(db, { from: statesAt(at), where: sql`c.public`, disputed: sql`c.disputed` }, at);
}

export interface PublicCommitmentRow {
  reference: string;
  title_en: string;
  title_ar: string;
  type: string;
  status: string;
  deadline_at: Date | null;
  disputed: boolean;
  obligated_parties: string[];
  provision_code: string;
}

/** The commitments public at `at`, as they stood then: `limit` of them after `after`. */
export async function publicCommitmentRows(
  db: Db,
  at: Date,
  f: { after?: DuePosition; limit: number },
): Promise<PublicCommitmentRow[]> {
  const { rows } = await sql<PublicCommitmentRow>`
    SELECT k.reference, c.title_en, c.title_ar, c.type, c.status, c.deadline_at, c.disputed,
      c.obligated_parties, pr.code AS provision_code
    FROM ${statesAt(at)}
    JOIN commitments k ON k.id = c.commitment_id
    JOIN provisions pr ON pr.id = c.provision_id
    WHERE c.public AND ${afterDue(sql.ref("c.deadline_at"), sql.ref("k.reference"), f.after)}
    ORDER BY c.deadline_at ASC NULLS LAST, k.reference
    LIMIT ${f.limit}`.execute(db);
  return rows;
}

/** The agreement's title and the present wording of each of these clauses, by code. */
export function clauseWordings(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("provisions as pr")
    .innerJoin("agreements as a", "a.id", "pr.agreement_id")
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom("provision_versions as v")
          .select(["v.text_en", "v.text_ar"])
          .whereRef("v.provision_id", "=", "pr.id")
          .orderBy("v.version", "desc")
          .limit(1)
          .as("w"),
      (join) => join.onTrue(),
    )
    .select([
      "pr.code",
      "a.title_en as agreement_en",
      "a.title_ar as agreement_ar",
      "w.text_en",
      "w.text_ar",
    ])
    .where("pr.code", "in", codes)
    .orderBy("pr.code")
    .execute();
}

/**
 * Marks overdue up to `limit` open commitments whose earliest deadline has passed, and returns
 * them as changed. Rows another sweeper holds are skipped, and the status is checked again as the
 * row is written, so however many sweep at once, each commitment is marked (and audited) once.
 */
export async function markOverdue(
  tx: Tx,
  now: Date,
  by: string,
  statuses: readonly CommitmentStatus[],
  limit: number,
) {
  const list = sql.join(statuses.map((s) => sql`${s}`));
  const { rows } = await sql<CommitmentRow & { previous_status: string; j: unknown }>`
    WITH due AS (
      SELECT id, status FROM commitments
      WHERE due_at <= ${now} AND status IN (${list})
      ORDER BY due_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    UPDATE commitments c SET status = 'overdue', status_changed_at = ${now},
      status_changed_by = ${by}, status_reason = NULL, updated_at = ${now}
    FROM due
    WHERE c.id = due.id AND c.status IN (${list}) AND c.due_at <= ${now}
    RETURNING c.*, due.status AS previous_status, to_jsonb(c.*) AS j`.execute(tx);
  return rows;
}
