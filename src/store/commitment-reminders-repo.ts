/** "Due soon" reminders of commitments: which are owed now, claimed once (rows in, rows out). */
import { sql } from "kysely";
import type { CommitmentStatus } from "../domain/commitments.js";
import type { Tx } from "./database.js";

const DAY_MS = 86_400_000;

export interface ClaimedReminder {
  id: string;
  reference: string;
  obligated_parties: string[];
  due_at: Date;
  lead_days: number;
}

/**
 * Claims the reminders owed at `now`: for each commitment in `statuses` whose earliest unmet
 * deadline (`due_at`) is ahead and within the longest lead, the shortest lead it is within. A
 * claim is a row of commitment_reminders; one already written, by an earlier sweep or by another
 * process's concurrent one (the insert waits for it and skips), is not claimed again.
 */
export async function claimDueSoonReminders(
  tx: Tx,
  now: Date,
  leadDays: readonly number[],
  statuses: readonly CommitmentStatus[],
  limit: number,
): Promise<ClaimedReminder[]> {
  const leads = [...leadDays].sort((a, b) => a - b);
  const within = (days: number) => new Date(now.getTime() + days * DAY_MS);
  const lead = sql`CASE ${sql.join(
    leads.map((d) => sql`WHEN c.due_at <= ${within(d)} THEN ${d}::integer`),
    sql` `,
  )} END`;
  const list = sql.join(statuses.map((s) => sql`${s}`));
  const { rows } = await sql<ClaimedReminder>`
    WITH owed AS (
      SELECT c.id, c.due_at, ${lead} AS lead_days FROM commitments c
      WHERE c.status IN (${list}) AND c.due_at > ${now} AND c.due_at <= ${within(leads.at(-1)!)}),
    claimed AS (
      INSERT INTO commitment_reminders (commitment_id, due_at, lead_days, sent_at)
      SELECT o.id, o.due_at, o.lead_days, ${now} FROM owed o
      WHERE NOT EXISTS (SELECT 1 FROM commitment_reminders r
        WHERE r.commitment_id = o.id AND r.due_at = o.due_at AND r.lead_days = o.lead_days)
      ORDER BY o.due_at, o.id
      LIMIT ${limit}
      ON CONFLICT DO NOTHING
      RETURNING commitment_id, due_at, lead_days)
    SELECT c.id, c.reference, c.obligated_parties, claimed.due_at, claimed.lead_days
    FROM claimed JOIN commitments c ON c.id = claimed.commitment_id
    ORDER BY claimed.due_at, c.id`.execute(tx);
  return rows;
}
