/** The persisted job queue: rows in, rows out. */
import { randomUUID } from "node:crypto";
import { sql, type Selectable } from "kysely";
import type { Db, Tx } from "./database.js";
import type { JobsTable } from "./schema.js";

export type JobRow = Selectable<JobsTable>;

/** Enqueues a job inside the caller's transaction: it exists exactly when the change commits. */
export async function insertJob(
  tx: Tx | Db,
  job: { kind: string; payload: unknown; now: Date; runAfter?: Date },
): Promise<string> {
  const id = randomUUID();
  await tx
    .insertInto("jobs")
    .values({
      id,
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      run_after: job.runAfter ?? job.now,
      created_at: job.now,
    })
    .execute();
  return id;
}

/**
 * Claims up to `limit` due jobs: queued ones whose time has come, and running ones whose worker
 * started them before `staleBefore` and never finished (it stopped). SKIP LOCKED lets several
 * workers claim side by side without taking the same job.
 */
export async function claimJobs(
  tx: Tx,
  now: Date,
  staleBefore: Date,
  limit: number,
): Promise<JobRow[]> {
  const { rows } = await sql<JobRow>`
    UPDATE jobs SET state = 'running', attempts = attempts + 1, started_at = ${now}
    WHERE id IN (
      SELECT id FROM jobs
      WHERE (state = 'queued' AND run_after <= ${now})
         OR (state = 'running' AND started_at < ${staleBefore})
      ORDER BY run_after, created_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(tx);
  return rows;
}

export async function finishJob(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable("jobs")
    .set({ state: "done", finished_at: now, last_error: null })
    .where("id", "=", id)
    .execute();
}

/** Records the error; the job runs again after `retryAt`, or is failed for good when null. */
export async function failJob(
  db: Db,
  id: string,
  error: string,
  now: Date,
  retryAt: Date | null,
): Promise<void> {
  await db
    .updateTable("jobs")
    .set(
      retryAt
        ? { state: "queued", run_after: retryAt, last_error: error }
        : { state: "failed", finished_at: now, last_error: error },
    )
    .where("id", "=", id)
    .execute();
}

export function findJob(db: Db, id: string): Promise<JobRow | undefined> {
  return db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Queues a run of a periodic job (kind "periodic:…") at `now` unless one is queued or running, or
 * one was queued less than `everyMs` before `now`: however many processes schedule side by side,
 * the job runs once a period. A transaction-scoped advisory lock on the kind makes the look and
 * the insert one step across processes (without it, a run queued, claimed and finished by one
 * process between another's look and insert would be queued twice).
 */
export async function schedulePeriodicJob(
  tx: Tx,
  kind: string,
  now: Date,
  everyMs: number,
): Promise<boolean> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${kind}))`.execute(tx);
  const { rows } = await sql<{ id: string }>`
    INSERT INTO jobs (id, kind, payload, run_after, created_at)
    SELECT ${randomUUID()}, ${kind}, '{}'::jsonb, ${now}, ${now}
    WHERE NOT EXISTS (
      SELECT 1 FROM jobs
      WHERE kind = ${kind}
        AND (state IN ('queued', 'running') OR created_at > ${new Date(now.getTime() - everyMs)}))
    ON CONFLICT (kind) WHERE state = 'queued' AND kind LIKE 'periodic:%' DO NOTHING
    RETURNING id`.execute(tx);
  return rows.length > 0;
}

/** Jobs waiting to run (queued, due or not) and running: the queue's depth, for the metrics. */
export async function countPendingJobs(db: Db): Promise<number> {
  const row = await db
    .selectFrom("jobs")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("state", "in", ["queued", "running"])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
