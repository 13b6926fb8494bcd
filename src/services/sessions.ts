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
import {
  activeSessionRows,
  revokeActiveSession,
  revokeEverySession,
} from "../store/sessions-repo.js";
import { userExists } from "../store/users-repo.js";

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
  const rows = await activeSessionRows(deps.db, userId, deps.clock());
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
  if (!(await userExists(deps.db, userId)))
    throw new DomainError("user_not_found", "There is no such user.");
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
    deps,
    inTransaction(deps, async (tx) => {
      const owner = !opts.asAdmin && actor.kind === "user" ? actor.userId : undefined;
      const row = await revokeActiveSession(tx, sessionId, now, owner);
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
    deps,
    inTransaction(deps, async (tx) => {
      const counts = await revokeEverySession(tx, now);
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
