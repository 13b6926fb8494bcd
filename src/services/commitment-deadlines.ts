/**
 * The overdue sweep: a periodic job of the job runner (jobs.ts) that marks overdue every open
 * commitment whose earliest unmet deadline (`due_at`, in the mission's time zone) has passed,
 * and audits each change as the system actor in the same transaction. However many server
 * processes run the job loop, each commitment is marked once: at most one run is queued at a
 * time (a unique index), runs are claimed with SKIP LOCKED, and the update itself skips rows
 * another sweeper holds and re-checks the status as it writes.
 */
import { OPEN_STATUSES, sweepable, type CommitmentStatus } from "../domain/commitments.js";
import { actorLabel, type Actor } from "../domain/roles.js";
import { markOverdue } from "../store/commitments-repo.js";
import { schedulePeriodicJob } from "../store/jobs-repo.js";
import { appendAuditMany } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";

export const COMMITMENT_SWEEP_JOB = "periodic:commitment-deadlines";
/** How often the sweep runs: deadlines are days, a minute late is on time enough. */
export const COMMITMENT_SWEEP_EVERY_MS = 60_000;
const BATCH = 500;

const SWEEPER: Actor = { kind: "system", name: "commitment-deadlines" };

/** Marks overdue what is due; returns the ids it marked. */
export async function sweepOverdueCommitments(deps: Deps): Promise<string[]> {
  const statuses = OPEN_STATUSES.filter((s: CommitmentStatus) => sweepable(s));
  const marked: string[] = [];
  for (;;) {
    const now = deps.clock();
    const rows = await inTransaction(deps, async (tx) => {
      const changed = await markOverdue(tx, now, actorLabel(SWEEPER), statuses, BATCH);
      await appendAuditMany(
        tx,
        changed.map((r) => ({
          actor: SWEEPER,
          action: "commitment.overdue",
          subject: `commitment:${r.id}`,
          at: now,
          rows: [{ table: "commitments" as const, id: r.id, jsonb: r.j }],
          details: {
            from: r.previous_status,
            dueAt: r.due_at?.toISOString() ?? null,
            phase: r.due_phase,
          },
        })),
      );
      return changed;
    });
    marked.push(...rows.map((r) => r.id));
    if (rows.length < BATCH) return marked;
  }
}

/** The job handler. */
export async function commitmentSweepJob(deps: Deps): Promise<void> {
  await sweepOverdueCommitments(deps);
}

/** Queues the next sweep unless one is queued already (by this process or another). */
export async function scheduleCommitmentSweep(deps: Deps): Promise<void> {
  await schedulePeriodicJob(deps.db, COMMITMENT_SWEEP_JOB, deps.clock());
}
