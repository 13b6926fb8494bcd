/** Commitments, their anchors, observations and breach incidents: rows in, rows out. */
import {
  sql,
  type ExpressionBuilder,
  type Insertable,
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

export function updateCommitment(tx: Tx, id: string, set: Updateable<CommitmentsTable>) {
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

export interface CommitmentFilters {
  party?: string;
  provisionCode?: string;
  status?: CommitmentStatus[];
  type?: CommitmentType;
  limit: number;
}

/** Commitments in scope, soonest due first, then by reference. */
export function listCommitments(db: Db, scope: CommitmentScope, f: CommitmentFilters) {
  let q = db
    .selectFrom("commitments")
    .innerJoin("provisions", "provisions.id", "commitments.provision_id")
    .selectAll("commitments")
    .select("provisions.code as provision_code")
    .where(scopeFilter(scope));
  if (f.party) q = q.where(sql<boolean>`${f.party} = ANY(commitments.obligated_parties)`);
  if (f.provisionCode) q = q.where("provisions.code", "=", f.provisionCode);
  if (f.status?.length) q = q.where("commitments.status", "in", f.status);
  if (f.type) q = q.where("commitments.type", "=", f.type);
  return q
    .orderBy(sql`commitments.deadline_at ASC NULLS LAST`)
    .orderBy("commitments.reference")
    .limit(f.limit)
    .execute();
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

// ── The scoreboard and the overdue sweep ─────────────────────────────────────

export interface ScoreRow {
  key: string;
  total: number;
  due: number;
  met: number;
  late: number;
  disputed: number;
}

const scoreColumns = (now: Date) => sql<Omit<ScoreRow, "key">>`
  count(*)::int AS total,
  (count(*) FILTER (WHERE c.deadline_at <= ${now}))::int AS due,
  (count(*) FILTER (WHERE c.status = 'met'))::int AS met,
  (count(*) FILTER (WHERE c.status = 'overdue'))::int AS late,
  (count(*) FILTER (WHERE c.disputed_at IS NOT NULL))::int AS disputed`;

function scopeSql(scope: CommitmentScope) {
  if (scope.kind === "all") return sql`true`;
  if (scope.kind === "public") return sql`c.public`;
  return sql`(c.public OR ${scope.party} = ANY(c.obligated_parties))`;
}

/** Counts per obligated party and per clause, over the commitments in scope. */
export async function scoreboard(db: Db, scope: CommitmentScope, now: Date) {
  const byParty = await sql<ScoreRow>`
    SELECT p.party AS key, ${scoreColumns(now)}
    FROM commitments c CROSS JOIN LATERAL unnest(c.obligated_parties) AS p(party)
    WHERE ${scopeSql(scope)}
    GROUP BY p.party ORDER BY p.party`.execute(db);
  const byClause = await sql<ScoreRow>`
    SELECT pr.code AS key, ${scoreColumns(now)}
    FROM commitments c JOIN provisions pr ON pr.id = c.provision_id
    WHERE ${scopeSql(scope)}
    GROUP BY pr.code ORDER BY pr.code`.execute(db);
  const all = await sql<ScoreRow>`
    SELECT 'all' AS key, ${scoreColumns(now)} FROM commitments c WHERE ${scopeSql(scope)}`.execute(
    db,
  );
  return { byParty: byParty.rows, byClause: byClause.rows, all: all.rows[0]! };
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
