/**
 * The job runner: named handlers for jobs persisted in the `jobs` table (so they survive a
 * restart), a retry policy, and the loop `cfm serve` runs. Each tick runs the due jobs, then
 * sweeps located records that still lack a geo evaluation — only when something was written
 * since the last sweep (the audit head moved), so an idle server reads one row a second.
 */
import { auditHeadSeq } from "../store/audit-repo.js";
import { claimJobs, failJob, finishJob, type JobRow } from "../store/jobs-repo.js";
import {
  COMMITMENT_SWEEP_EVERY_MS,
  COMMITMENT_SWEEP_JOB,
  commitmentSweepJob,
  scheduleCommitmentSweep,
} from "./commitment-deadlines.js";
import { inTransaction, type Deps } from "./deps.js";
import {
  geoRecomputeJob,
  GEO_RECOMPUTE_JOB,
  placeAddedJob,
  PLACE_ADDED_JOB,
  placeMovedJob,
  PLACE_MOVED_JOB,
  sweepUnevaluated,
} from "./geo-evaluations.js";
import { keepMapCounts } from "./map-counts.js";
import { emailNotificationJob } from "./notification-email.js";
import {
  NOTICE_SWEEP_EVERY_MS,
  NOTICE_SWEEP_JOB,
  noticeSweepJob,
  scheduleNoticeSweep,
} from "./notice-deadlines.js";
import { REPLY_WINDOW_JOB, replyWindowJob } from "./notification-events.js";
import { keepOpenDataFeed } from "./open-data-feed.js";
import { OPEN_DATA_IMPORT_JOB, openDataImportJob } from "./open-data-import.js";
import { EMAIL_JOB } from "./notifications.js";
import {
  CHECKPOINT_JOB,
  CHECKPOINT_LOOK_EVERY_MS,
  checkpointJob,
  scheduleCheckpoint,
} from "./signing.js";
import { WEBHOOK_JOB, webhookDeliveryJob } from "./webhooks.js";

type JobHandler = (deps: Deps, payload: unknown) => Promise<void>;

const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  [GEO_RECOMPUTE_JOB]: geoRecomputeJob,
  [PLACE_MOVED_JOB]: placeMovedJob,
  [PLACE_ADDED_JOB]: placeAddedJob,
  [EMAIL_JOB]: emailNotificationJob,
  [WEBHOOK_JOB]: webhookDeliveryJob,
  [REPLY_WINDOW_JOB]: replyWindowJob,
  [COMMITMENT_SWEEP_JOB]: commitmentSweepJob,
  [NOTICE_SWEEP_JOB]: noticeSweepJob,
  [CHECKPOINT_JOB]: checkpointJob,
  [OPEN_DATA_IMPORT_JOB]: openDataImportJob,
};

/** Tries per job; the wait before try n+1 is n × RETRY_DELAY_MS. */
export const MAX_ATTEMPTS = 3;
const RETRY_DELAY_MS = 30_000;
/** A job "running" this long was left by a worker that stopped; it is claimed again. */
const STALE_MS = 10 * 60_000;

export interface RunOptions {
  limit?: number;
  handlers?: Readonly<Record<string, JobHandler>>;
}

export interface RunResult {
  done: string[];
  failed: string[];
  retrying: string[];
}

/** Claims the due jobs (up to `limit`) and runs each; every outcome is written to its row. */
export async function runPendingJobs(deps: Deps, opts: RunOptions = {}): Promise<RunResult> {
  const handlers = opts.handlers ?? JOB_HANDLERS;
  const now = deps.clock();
  const jobs = await inTransaction(deps, (tx) =>
    claimJobs(tx, now, new Date(now.getTime() - STALE_MS), opts.limit ?? 10),
  );
  const result: RunResult = { done: [], failed: [], retrying: [] };
  for (const job of jobs) {
    const outcome = await runOne(deps, job, handlers);
    result[outcome].push(job.id);
  }
  return result;
}

async function runOne(
  deps: Deps,
  job: JobRow,
  handlers: Readonly<Record<string, JobHandler>>,
): Promise<keyof RunResult> {
  const handler = handlers[job.kind];
  if (!handler) {
    await failJob(deps.db, job.id, `no handler for job kind "${job.kind}"`, deps.clock(), null);
    return "failed";
  }
  try {
    await handler(deps, job.payload);
    await finishJob(deps.db, job.id, deps.clock());
    return "done";
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const now = deps.clock();
    const retry = job.attempts < MAX_ATTEMPTS;
    const retryAt = retry ? new Date(now.getTime() + job.attempts * RETRY_DELAY_MS) : null;
    await failJob(deps.db, job.id, message.slice(0, 2000), now, retryAt);
    return retry ? "retrying" : "failed";
  }
}

/** The periodic jobs each process's loop offers to queue, and how often. */
const PERIODIC: readonly { everyMs: number; schedule: (deps: Deps) => Promise<void> }[] = [
  { everyMs: COMMITMENT_SWEEP_EVERY_MS, schedule: scheduleCommitmentSweep },
  { everyMs: NOTICE_SWEEP_EVERY_MS, schedule: scheduleNoticeSweep },
  { everyMs: CHECKPOINT_LOOK_EVERY_MS, schedule: scheduleCheckpoint },
];

export interface JobLoop {
  /** Waits for the tick in progress, then stops. */
  stop(): Promise<void>;
}

/** Polls every `intervalMs` (default 1 s) until stopped; errors are logged, not thrown. */
export function startJobLoop(
  deps: Deps,
  opts: { intervalMs?: number; log?: (message: string) => void } = {},
): JobLoop {
  const interval = opts.intervalMs ?? 1000;
  const log = opts.log ?? ((m: string) => console.error(m));
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let sweptAtSeq: number | null = null;
  const scheduledAt = PERIODIC.map(() => -Infinity);

  const tick = async () => {
    try {
      // Periodic jobs: queue the next run (one at most, whatever the number of processes).
      for (const [n, p] of PERIODIC.entries()) {
        if (deps.clock().getTime() - scheduledAt[n]! < p.everyMs) continue;
        await p.schedule(deps);
        scheduledAt[n] = deps.clock().getTime();
      }
      await runPendingJobs(deps);
      const seq = await auditHeadSeq(deps.db);
      if (seq !== sweptAtSeq) {
        const { done } = await sweepUnevaluated(deps);
        if (done) sweptAtSeq = seq;
      }
      // The map's counts: incidents whose release or embargo instant passed, deltas folded.
      await keepMapCounts(deps);
      await keepOpenDataFeed(deps);
    } catch (err) {
      log(`job runner: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, interval);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
