/** A formal notice's deadline announced: which notices are owed a notice now, claimed once (rows in, rows out). */
import { sql } from "kysely";
import type { Tx } from "./database.js";

export type NoticeReminderStage = "due_soon" | "passed";

export interface ClaimedNoticeReminder {
  id: string;
  incident_id: string;
  incident_reference: string;
  party: string;
  deadline_at: Date;
  /** Who drafted the finding the notice was issued on: the analyst on the case. */
  drafted_by: string;
}

/**
 * Claims the notices owed `stage` at `now` whose ladder has not moved past the notice (no
 * response, no referral: corrections aside):
 *  - due_soon: the deadline is ahead and within `leadMs`, and the notice was issued before the
 *    reminder's moment (a notice issued on its deadline's eve already says when the answer is due);
 *  - passed: the deadline is over.
 * A claim is a row of notice_reminders; one already written, by an earlier sweep or by another
 * process's concurrent one (the insert waits for it and skips), is not claimed again.
 */
export async function claimNoticeReminders(
  tx: Tx,
  now: Date,
  stage: NoticeReminderStage,
  leadMs: number,
  limit: number,
): Promise<ClaimedNoticeReminder[]> {
  const lead = `${Math.round(leadMs / 1000)} seconds`;
  const owed =
    stage === "due_soon"
      ? sql`n.deadline_at > ${now} AND n.deadline_at <= ${new Date(now.getTime() + leadMs)}
          AND n.created_at < n.deadline_at - ${lead}::interval`
      : sql`n.deadline_at < ${now}`;
  const { rows } = await sql<ClaimedNoticeReminder>`
    WITH owed AS (
      SELECT n.id, n.deadline_at FROM enforcement_steps n
      WHERE n.kind = 'notice' AND ${owed}
        AND NOT EXISTS (SELECT 1 FROM enforcement_steps s
          WHERE s.notice_id = n.id AND s.kind NOT IN ('notice', 'correction'))),
    claimed AS (
      INSERT INTO notice_reminders (notice_id, stage, sent_at)
      SELECT o.id, ${stage}, ${now} FROM owed o
      WHERE NOT EXISTS (SELECT 1 FROM notice_reminders r
        WHERE r.notice_id = o.id AND r.stage = ${stage})
      ORDER BY o.deadline_at, o.id
      LIMIT ${limit}
      ON CONFLICT DO NOTHING
      RETURNING notice_id)
    SELECT n.id, n.incident_id, i.reference AS incident_reference, n.party, n.deadline_at,
      f.drafted_by
    FROM claimed
    JOIN enforcement_steps n ON n.id = claimed.notice_id
    JOIN incidents i ON i.id = n.incident_id
    JOIN findings f ON f.id = n.finding_id
    ORDER BY n.deadline_at, n.id`.execute(tx);
  return rows;
}
