/**
 * A formal notice's response deadline, announced (decision 0017): a reminder the day before it
 * ends, to the notified party's liaisons and the chief; and, once it passed without a response,
 * a notice to the chief, the analyst who drafted the finding and the notified party's liaisons —
 * never the other party, which may not learn whether a response came. A periodic job of the job
 * runner (jobs.ts), like the commitments' sweep: at most one run queued at a time whatever the
 * number of processes, and each notice claimed once per stage (a notice_reminders row written
 * with the notice). A response received before the deadline moves the ladder on, and a notice
 * whose ladder moved on is owed nothing: the response cancels both.
 */
import { NOTICE_REMINDER_LEAD_MS } from "../domain/enforcement.js";
import { schedulePeriodicJob } from "../store/jobs-repo.js";
import { claimNoticeReminders, type NoticeReminderStage } from "../store/notice-reminders-repo.js";
import { inTransaction, type Deps } from "./deps.js";
import { notifyNoticeDeadline } from "./notification-events.js";

export const NOTICE_SWEEP_JOB = "periodic:notice-deadlines";
/** How often the sweep runs: deadlines end days, a minute late is on time enough. */
export const NOTICE_SWEEP_EVERY_MS = 60_000;
const BATCH = 500;

/** Sends what is owed now at one stage, each once; returns the notices it announced. */
async function sweepStage(deps: Deps, stage: NoticeReminderStage): Promise<string[]> {
  const sent: string[] = [];
  for (;;) {
    const now = deps.clock();
    const claimed = await inTransaction(deps, async (tx) => {
      const rows = await claimNoticeReminders(tx, now, stage, NOTICE_REMINDER_LEAD_MS, BATCH);
      for (const r of rows)
        await notifyNoticeDeadline(tx, now, {
          stage,
          noticeId: r.id,
          incident: { id: r.incident_id, reference: r.incident_reference },
          party: r.party,
          deadlineAt: r.deadline_at,
          draftedBy: r.drafted_by,
        });
      return rows;
    });
    sent.push(...claimed.map((r) => r.id));
    if (claimed.length < BATCH) return sent;
  }
}

/** Announces the deadlines owed a notice now: those passed first, then those near. */
export async function sweepNoticeDeadlines(
  deps: Deps,
): Promise<{ passed: string[]; dueSoon: string[] }> {
  const passed = await sweepStage(deps, "passed");
  const dueSoon = await sweepStage(deps, "due_soon");
  return { passed, dueSoon };
}

/** The job handler. */
export async function noticeSweepJob(deps: Deps): Promise<void> {
  await sweepNoticeDeadlines(deps);
}

/** Queues the next sweep unless one is queued, running or queued within a period (by any process). */
export async function scheduleNoticeSweep(deps: Deps): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps, (tx) =>
    schedulePeriodicJob(tx, NOTICE_SWEEP_JOB, now, NOTICE_SWEEP_EVERY_MS),
  );
}
