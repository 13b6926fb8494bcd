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

export async function insertSession(
  tx: Tx,
  s: {
    id: string;
    tokenHash: string;
    userId: string;
    createdAt: Date;
    expiresAt: Date;
    enrolmentOnly: boolean;
    userAgent: string | null;
    ip: string | null;
  },
): Promise<void> {
  await tx
    .insertInto("sessions")
    .values({
      id: s.id,
      token_hash: s.tokenHash,
      user_id: s.userId,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      enrolment_only: s.enrolmentOnly,
      last_seen_at: s.createdAt,
      user_agent: s.userAgent,
      ip: s.ip,
    })
    .execute();
}

/** A session not revoked, by its token's hash, with its user (if not disabled). */
export interface SessionWithUser {
  sessionId: string;
  expiresAt: Date;
  enrolmentOnly: boolean;
  /** The user still has the initial password an administrator gave them. */
  passwordChangeRequired: boolean;
  lastSeenAt: Date | null;
  user: {
    id: string;
    username: string;
    role: string;
    party: string | null;
    /** The sectors the user may read, when their team is need-to-know "area only". */
    area: string[] | null;
  };
}

export async function findSessionByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .leftJoin("teams", "teams.code", "users.team_code")
    .select([
      "teams.sector_codes",
      "teams.area_only",
      "users.id",
      "users.username",
      "users.role",
      "users.party_code",
      "users.password_change_required",
      "sessions.id as session_id",
      "sessions.expires_at",
      "sessions.enrolment_only",
      "sessions.last_seen_at",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .where("sessions.revoked_at", "is", null)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  return (
    row && {
      sessionId: row.session_id,
      expiresAt: row.expires_at,
      enrolmentOnly: row.enrolment_only,
      passwordChangeRequired: row.password_change_required,
      lastSeenAt: row.last_seen_at,
      user: {
        id: row.id,
        username: row.username,
        role: row.role,
        party: row.party_code,
        area: row.area_only ? (row.sector_codes ?? []) : null,
      },
    }
  );
}

export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: now }).where("id", "=", id).execute();
}

/** Revokes the session of this token's hash; false when there was none not yet revoked. */
export async function revokeSessionByTokenHash(
  tx: Tx,
  tokenHash: string,
  now: Date,
): Promise<boolean> {
  const res = await tx
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** The session becomes a full one (its user has shown both factors). */
export async function markSessionFull(tx: Tx, sessionId: string, userId: string): Promise<void> {
  await tx
    .updateTable("sessions")
    .set({ enrolment_only: false })
    .where("id", "=", sessionId)
    .where("user_id", "=", userId)
    .execute();
}

/** Revokes the user's sessions restricted to enrolling a second factor. */
export async function revokeEnrolmentOnlySessions(
  tx: Tx,
  userId: string,
  now: Date,
): Promise<void> {
  await tx
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("enrolment_only", "=", true)
    .where("revoked_at", "is", null)
    .execute();
}

/** When the user of this name last logged in from this address (a session began), or null. */
export async function lastLoginAt(db: Db, username: string, ip: string): Promise<Date | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select((eb) => eb.fn.max("sessions.created_at").as("t"))
    .where("users.username", "=", username)
    .where("sessions.ip", "=", ip)
    .executeTakeFirst();
  return row?.t ? new Date(row.t) : null;
}

/** Whether this user opened a session from this address after `since` (a known address). */
export async function loggedInFrom(
  db: Db,
  userId: string,
  ip: string,
  since: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom("sessions")
    .select("id")
    .where("user_id", "=", userId)
    .where("ip", "=", ip)
    .where("created_at", ">", since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
