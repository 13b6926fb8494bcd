/** Login sessions: rows in, rows out. */
import type { Db, Tx } from "./database.js";

/** A user's sessions not revoked and not expired at `now`, newest first. */
export function activeSessionRows(db: Db, userId: string, now: Date) {
  return db
    .selectFrom("sessions")
    .select([
      "id",
      "created_at",
      "expires_at",
      "last_seen_at",
      "user_agent",
      "ip",
      "enrolment_only",
    ])
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}

/**
 * Revokes one active session, only the user's own when `ownerId` is given; returns its user, or
 * undefined when there is no such active session.
 */
export async function revokeActiveSession(
  tx: Tx,
  sessionId: string,
  now: Date,
  ownerId?: string,
): Promise<{ user_id: string } | undefined> {
  let q = tx
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("id", "=", sessionId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now);
  if (ownerId !== undefined) q = q.where("user_id", "=", ownerId);
  return q.returning("user_id").executeTakeFirst();
}

/** Revokes a user's sessions not yet revoked, but `keep`; returns how many. */
export async function revokeUserSessions(
  tx: Tx,
  userId: string,
  now: Date,
  keep: string | null,
): Promise<number> {
  let q = tx
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null);
  if (keep) q = q.where("id", "<>", keep);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/**
 * Emergency: ends every active session and API token and voids pending second-factor
 * challenges; returns how many sessions and tokens ended.
 */
export async function revokeEverySession(
  tx: Tx,
  now: Date,
): Promise<{ sessions: number; tokens: number }> {
  const s = await tx
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  const t = await tx
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  await tx
    .updateTable("login_challenges")
    .set({ used_at: now })
    .where("used_at", "is", null)
    .execute();
  return { sessions: Number(s.numUpdatedRows), tokens: Number(t.numUpdatedRows) };
}
