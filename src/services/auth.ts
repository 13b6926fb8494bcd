/** Login, logout and resolving a bearer token or session cookie to an actor. */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import type { Actor, Role } from "../domain/roles.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";
import { verifyPassword } from "./users.js";

export const SESSION_HOURS = 12;
/** After this many failed logins in LOCKOUT_MINUTES, the account is locked for LOCKOUT_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: { id: string; username: string; displayName: string; role: Role; party: string | null };
}

/**
 * Failures since the later of the lockout window's start and the last successful login. Counted
 * for unknown usernames too, so that a locked answer does not tell which accounts exist.
 */
async function recentFailures(deps: Deps, username: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - LOCKOUT_MINUTES * 60_000);
  const lastSuccess = await deps.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select((eb) => eb.fn.max("sessions.created_at").as("t"))
    .where("users.username", "=", username)
    .executeTakeFirst();
  const last = lastSuccess?.t ? new Date(lastSuccess.t) : null;
  const since = last && last > windowStart ? last : windowStart;
  const row = await deps.db
    .selectFrom("login_failures")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("username", "=", username)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function login(deps: Deps, username: string, password: string): Promise<LoginResult> {
  const now = deps.clock();
  if ((await recentFailures(deps, username, now)) >= MAX_FAILED_LOGINS) {
    throw new DomainError(
      "account_locked",
      `Too many failed logins for this account: it is locked for ${LOCKOUT_MINUTES} minutes. Ask an administrator if you need access sooner.`,
    );
  }
  const user = await deps.db
    .selectFrom("users")
    .selectAll()
    .where("username", "=", username)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !ok) {
    await inTransaction(deps, async (tx) => {
      await tx.insertInto("login_failures").values({ username, at: now }).execute();
      await appendAudit(tx, {
        actor: { kind: "public" },
        action: "auth.login_failed",
        subject: user ? `user:${user.id}` : "user:unknown",
        at: now,
        details: { username },
      });
    });
    throw new DomainError("invalid_credentials", "The username or password is not correct.");
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  const actor: Actor = {
    kind: "user",
    userId: user.id,
    username: user.username,
    role: user.role as Role,
    party: user.party_code,
  };
  await inTransaction(deps, async (tx) => {
    const id = randomUUID();
    await tx
      .insertInto("sessions")
      .values({
        id,
        token_hash: tokenHash(token),
        user_id: user.id,
        created_at: now,
        expires_at: expiresAt,
      })
      .execute();
    await appendAudit(tx, {
      actor,
      action: "auth.login",
      subject: `user:${user.id}`,
      at: now,
      details: { session: id },
    });
  });
  return {
    token,
    expiresAt,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role as Role,
      party: user.party_code,
    },
  };
}

/** The actor a token belongs to, or null when the token is unknown, expired or revoked. */
export async function authenticate(deps: Deps, token: string): Promise<Actor | null> {
  const row = await deps.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.username", "users.role", "users.party_code", "sessions.expires_at"])
    .where("sessions.token_hash", "=", tokenHash(token))
    .where("sessions.revoked_at", "is", null)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  if (!row || row.expires_at.getTime() <= deps.clock().getTime()) return null;
  return {
    kind: "user",
    userId: row.id,
    username: row.username,
    role: row.role as Role,
    party: row.party_code,
  };
}

export async function logout(deps: Deps, actor: Actor, token: string): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps, async (tx) => {
    const res = await tx
      .updateTable("sessions")
      .set({ revoked_at: now })
      .where("token_hash", "=", tokenHash(token))
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) > 0 && actor.kind === "user") {
      await appendAudit(tx, {
        actor,
        action: "auth.logout",
        subject: `user:${actor.userId}`,
        at: now,
      });
    }
  });
}
