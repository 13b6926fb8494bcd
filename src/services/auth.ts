/**
 * Logging in (password, then the second factor), logging out, and resolving a bearer token or
 * session cookie to an actor and the credential it came with (decision 0006).
 */
import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import type { Actor, Role } from "../domain/roles.js";
import { TOKEN_PREFIX, type TokenScope } from "../domain/token-scopes.js";
import { authenticateApiToken } from "./api-tokens.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { cachedSession, rememberSession, sessionsChanged } from "./session-cache.js";
import { hashOpaqueToken, newOpaqueToken } from "./opaque-tokens.js";
import { confirmedFactor, matchTotp, normaliseRecoveryCode } from "./totp.js";
import { verifyPassword } from "./users.js";

export const SESSION_HOURS = 12;
/** After this many failed logins in LOCKOUT_MINUTES, the account is locked for LOCKOUT_MINUTES. */
const MAX_FAILED_LOGINS = 5;
const LOCKOUT_MINUTES = 15;
/** Time between the password and the second factor. */
const CHALLENGE_MINUTES = 5;
/** A session's last_seen_at is written at most this often. */
const SEEN_EVERY_MS = 5 * 60_000;

type UserActor = Extract<Actor, { kind: "user" }>;

interface LoginUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  party: string | null;
}

/** Where a login came from, kept with the session so its owner can recognise it. */
export interface SessionMeta {
  userAgent?: string | null;
  ip?: string | null;
}

export interface SessionIssued {
  kind: "session";
  token: string;
  expiresAt: Date;
  /** A password-only session of a user who must enrol a second factor before anything else. */
  enrolmentRequired: boolean;
  user: LoginUser;
}

interface SecondFactorChallenge {
  kind: "second_factor";
  challenge: string;
  expiresAt: Date;
}

export type LoginOutcome = SessionIssued | SecondFactorChallenge;

export type Credential =
  | { kind: "session"; id: string; enrolmentOnly: boolean }
  | { kind: "token"; id: string; scopes: TokenScope[] };

export interface Authenticated {
  actor: UserActor;
  credential: Credential;
}

type UserRow = {
  id: string;
  username: string;
  display_name: string;
  role: string;
  party_code: string | null;
  is_demo: boolean;
};

const toActor = (u: Pick<UserRow, "id" | "username" | "role" | "party_code">): UserActor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role: u.role as Role,
  party: u.party_code,
});

/**
 * Failures since the later of the lockout window's start and the last successful login. Counted
 * for unknown usernames too, so that a locked answer does not tell which accounts exist. Wrong
 * second-factor codes count as failures too.
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

async function refuseIfLocked(deps: Deps, username: string, now: Date): Promise<void> {
  if ((await recentFailures(deps, username, now)) >= MAX_FAILED_LOGINS) {
    throw new DomainError(
      "account_locked",
      `Too many failed logins for this account: it is locked for ${LOCKOUT_MINUTES} minutes. Ask an administrator if you need access sooner.`,
    );
  }
}

async function recordFailure(
  deps: Deps,
  username: string,
  userId: string | null,
  action: "auth.login_failed" | "auth.second_factor_failed",
  details: Record<string, unknown> = {},
): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps, async (tx) => {
    await tx.insertInto("login_failures").values({ username, at: now }).execute();
    await appendAudit(tx, {
      actor: { kind: "public" },
      action,
      subject: userId ? `user:${userId}` : "user:unknown",
      at: now,
      details: { username, ...details },
    });
  });
}

/**
 * The password step. A user with a confirmed second factor gets a short-lived challenge (no
 * session yet). A user without one gets a session restricted to enrolling one — unless the user
 * is a demo user and the demo waiver is on, who gets a full session.
 */
export async function login(
  deps: Deps,
  username: string,
  password: string,
  meta: SessionMeta = {},
): Promise<LoginOutcome> {
  const now = deps.clock();
  await refuseIfLocked(deps, username, now);
  const user = await deps.db
    .selectFrom("users")
    .select(["id", "username", "display_name", "role", "party_code", "is_demo", "password_hash"])
    .where("username", "=", username)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !ok) {
    await recordFailure(deps, username, user?.id ?? null, "auth.login_failed");
    throw new DomainError("invalid_credentials", "The username or password is not correct.");
  }
  if (await confirmedFactor(deps.db, user.id)) return issueChallenge(deps, user, now);
  const waived = user.is_demo && deps.demoSecondFactorWaiver === true;
  return startSession(deps, user, now, waived ? "demo_waiver" : "not_enrolled", meta);
}

async function issueChallenge(
  deps: Deps,
  user: UserRow,
  now: Date,
): Promise<SecondFactorChallenge> {
  const challenge = newOpaqueToken();
  const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
  await inTransaction(deps, async (tx) => {
    const id = randomUUID();
    await tx
      .insertInto("login_challenges")
      .values({
        id,
        token_hash: hashOpaqueToken(challenge),
        user_id: user.id,
        created_at: now,
        expires_at: expiresAt,
      })
      .execute();
    await appendAudit(tx, {
      actor: toActor(user),
      action: "auth.password_accepted",
      subject: `user:${user.id}`,
      at: now,
      details: { challenge: id },
    });
  });
  return { kind: "second_factor", challenge, expiresAt };
}

type SecondFactorUsed = "totp" | "recovery_code" | "demo_waiver" | "not_enrolled";

async function startSession(
  deps: Deps,
  user: UserRow,
  now: Date,
  secondFactor: SecondFactorUsed,
  meta: SessionMeta,
  inside?: (tx: Tx) => Promise<void>,
): Promise<SessionIssued> {
  const token = newOpaqueToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  const enrolmentOnly = secondFactor === "not_enrolled";
  await inTransaction(deps, async (tx) => {
    await inside?.(tx);
    const id = randomUUID();
    await tx
      .insertInto("sessions")
      .values({
        id,
        token_hash: hashOpaqueToken(token),
        user_id: user.id,
        created_at: now,
        expires_at: expiresAt,
        enrolment_only: enrolmentOnly,
        last_seen_at: now,
        user_agent: meta.userAgent?.slice(0, 300) ?? null,
        ip: meta.ip ?? null,
      })
      .execute();
    await appendAudit(tx, {
      actor: toActor(user),
      action: "auth.login",
      subject: `user:${user.id}`,
      at: now,
      details: { session: id, secondFactor },
    });
  });
  return {
    kind: "session",
    token,
    expiresAt,
    enrolmentRequired: enrolmentOnly,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role as Role,
      party: user.party_code,
    },
  };
}

/** Thrown inside the transaction to undo it; turned into a counted failure outside. */
class SecondFactorRefused extends Error {
  constructor(readonly replayed: boolean) {
    super("second factor refused");
  }
}

/**
 * The second step: the challenge from the password step, and either a code from the
 * authenticator app or one of the recovery codes. Wrong codes count towards the lockout; a code
 * already used (same 30-second step) is refused.
 */
export async function completeSecondFactor(
  deps: Deps,
  input: { challenge: string; code?: string; recoveryCode?: string },
  meta: SessionMeta = {},
): Promise<SessionIssued> {
  const now = deps.clock();
  const found = await deps.db
    .selectFrom("login_challenges")
    .innerJoin("users", "users.id", "login_challenges.user_id")
    .select([
      "login_challenges.id as challenge_id",
      "login_challenges.expires_at",
      "login_challenges.used_at",
      "users.id",
      "users.username",
      "users.display_name",
      "users.role",
      "users.party_code",
      "users.is_demo",
    ])
    .where("login_challenges.token_hash", "=", hashOpaqueToken(input.challenge))
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  const factor = found && (await confirmedFactor(deps.db, found.id));
  if (!found || !factor || found.used_at || found.expires_at.getTime() <= now.getTime()) {
    throw new DomainError(
      "login_challenge_invalid",
      "This login step has expired or was already completed; log in again with your password.",
    );
  }
  await refuseIfLocked(deps, found.username, now);
  const match =
    input.code !== undefined
      ? await matchTotp(factor.secret, input.code, now, factor.last_used_step)
      : null;
  const recoveryHash =
    input.recoveryCode !== undefined
      ? hashOpaqueToken(normaliseRecoveryCode(input.recoveryCode))
      : null;
  try {
    return await startSession(
      deps,
      found,
      now,
      match ? "totp" : "recovery_code",
      meta,
      async (tx) => {
        const used = await tx
          .updateTable("login_challenges")
          .set({ used_at: now })
          .where("id", "=", found.challenge_id)
          .where("used_at", "is", null)
          .executeTakeFirst();
        if (Number(used.numUpdatedRows) !== 1) throw new SecondFactorRefused(false);
        if (match) {
          if (!match.ok) throw new SecondFactorRefused(match.replayed);
          // guarded, so two requests with the same code cannot both pass
          const stepped = await tx
            .updateTable("totp_factors")
            .set({ last_used_step: match.step })
            .where("user_id", "=", found.id)
            .where((eb) =>
              eb.or([eb("last_used_step", "is", null), eb("last_used_step", "<", match.step)]),
            )
            .executeTakeFirst();
          if (Number(stepped.numUpdatedRows) !== 1) throw new SecondFactorRefused(true);
        } else if (recoveryHash) {
          const spent = await tx
            .updateTable("recovery_codes")
            .set({ used_at: now })
            .where("user_id", "=", found.id)
            .where("code_hash", "=", recoveryHash)
            .where("used_at", "is", null)
            .executeTakeFirst();
          if (Number(spent.numUpdatedRows) !== 1) throw new SecondFactorRefused(false);
          await appendAudit(tx, {
            actor: toActor(found),
            action: "auth.recovery_code_used",
            subject: `user:${found.id}`,
            at: now,
          });
        } else {
          throw new SecondFactorRefused(false);
        }
      },
    );
  } catch (err) {
    if (!(err instanceof SecondFactorRefused)) throw err;
    await recordFailure(deps, found.username, found.id, "auth.second_factor_failed", {
      method: match ? "totp" : "recovery_code",
      replayed: err.replayed,
    });
    if (err.replayed) {
      throw new DomainError(
        "second_factor_code_used",
        "This code was already used. Wait for the app to show the next code.",
      );
    }
    throw new DomainError(
      "invalid_second_factor",
      match
        ? "That code is not correct. Type the code your authenticator app shows now."
        : "That recovery code is not correct or was already used.",
    );
  }
}

/**
 * Who a session token or API token belongs to, with the credential; null when the token is
 * unknown, expired or revoked, or its user is disabled.
 */
export async function authenticate(deps: Deps, token: string): Promise<Authenticated | null> {
  if (token.startsWith(TOKEN_PREFIX)) return authenticateApiToken(deps, token);
  const now = deps.clock();
  const tokenHash = hashOpaqueToken(token);
  const cached = cachedSession<SessionRow>(tokenHash);
  const row = cached ?? (await findSession(deps, tokenHash));
  if (!row || row.expires_at.getTime() <= now.getTime()) return null;
  if (!cached) {
    rememberSession(tokenHash, row);
    if (!row.last_seen_at || now.getTime() - row.last_seen_at.getTime() > SEEN_EVERY_MS) {
      await deps.db
        .updateTable("sessions")
        .set({ last_seen_at: now })
        .where("id", "=", row.session_id)
        .execute();
    }
  }
  return {
    actor: toActor(row),
    credential: { kind: "session", id: row.session_id, enrolmentOnly: row.enrolment_only },
  };
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

function findSession(deps: Deps, tokenHash: string) {
  return deps.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id",
      "users.username",
      "users.role",
      "users.party_code",
      "sessions.id as session_id",
      "sessions.expires_at",
      "sessions.enrolment_only",
      "sessions.last_seen_at",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .where("sessions.revoked_at", "is", null)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
}

export async function logout(deps: Deps, actor: Actor, token: string): Promise<void> {
  const now = deps.clock();
  await sessionsChanged(
    inTransaction(deps, async (tx) => {
      const res = await tx
        .updateTable("sessions")
        .set({ revoked_at: now })
        .where("token_hash", "=", hashOpaqueToken(token))
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
    }),
  );
}
