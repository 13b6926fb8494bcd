/**
 * Sessions as their owner and an administrator see them: listing and revoking one, and the
 * emergency "revoke every session and API token".
 */
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";
import { sessionsChanged } from "./session-cache.js";

export interface SessionView {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date | null;
  userAgent: string | null;
  ip: string | null;
  enrolmentOnly: boolean;
}

/** Active (not revoked, not expired) sessions of one user, newest first. */
async function activeSessions(deps: Deps, userId: string): Promise<SessionView[]> {
  const rows = await deps.db
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
    .where("expires_at", ">", deps.clock())
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
    userAgent: r.user_agent,
    ip: r.ip,
    enrolmentOnly: r.enrolment_only,
  }));
}

export async function listOwnSessions(deps: Deps, actor: Actor): Promise<SessionView[]> {
  requireUser(actor);
  return activeSessions(deps, actor.userId);
}

export async function listUserSessions(
  deps: Deps,
  actor: Actor,
  userId: string,
): Promise<SessionView[]> {
  requireRole(actor, ["admin"], "see other users' sessions");
  const user = await deps.db
    .selectFrom("users")
    .select("id")
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user) throw new DomainError("user_not_found", "There is no such user.");
  return activeSessions(deps, userId);
}

/**
 * Ends a session. A user may end only their own (another user's session is answered as not
 * found); an administrator, with `asAdmin`, any user's.
 */
export async function revokeSession(
  deps: Deps,
  actor: Actor,
  sessionId: string,
  opts: { asAdmin?: boolean } = {},
): Promise<{ userId: string }> {
  if (opts.asAdmin) requireRole(actor, ["admin"], "end other users' sessions");
  else requireUser(actor);
  const now = deps.clock();
  return sessionsChanged(
    inTransaction(deps, async (tx) => {
      let q = tx
        .updateTable("sessions")
        .set({ revoked_at: now })
        .where("id", "=", sessionId)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", now);
      if (!opts.asAdmin && actor.kind === "user") q = q.where("user_id", "=", actor.userId);
      const row = await q.returning("user_id").executeTakeFirst();
      if (!row)
        throw new DomainError("session_not_found", "There is no active session with this id.");
      await appendAudit(tx, {
        actor,
        action: opts.asAdmin ? "admin.session_revoked" : "auth.session_revoked",
        subject: `user:${row.user_id}`,
        at: now,
        details: { session: sessionId },
      });
      return { userId: row.user_id };
    }),
  );
}

/**
 * Emergency: every session and every API token ends now, the caller's own included, and pending
 * second-factor challenges are void. Everyone has to log in again.
 */
export async function revokeAllSessions(
  deps: Deps,
  actor: Actor,
  reason: string,
): Promise<{ sessions: number; tokens: number }> {
  if (actor.kind !== "system") requireRole(actor, ["admin"], "revoke all sessions");
  if (!reason.trim()) throw new DomainError("validation_failed", "Give a reason.");
  const now = deps.clock();
  return sessionsChanged(
    inTransaction(deps, async (tx) => {
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
      const counts = { sessions: Number(s.numUpdatedRows), tokens: Number(t.numUpdatedRows) };
      await appendAudit(tx, {
        actor,
        action: "admin.all_sessions_revoked",
        subject: "system:sessions",
        at: now,
        details: { reason: reason.trim(), ...counts },
      });
      return counts;
    }),
  );
}
