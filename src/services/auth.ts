/**
 * Logging in (password, then the second factor), logging out, and resolving a bearer token or
 * session cookie to an actor and the credential it came with (decision 0006).
 */
import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import type { Actor, Role } from "../domain/roles.js";
import { TOKEN_PREFIX, type TokenScope } from "../domain/token-scopes.js";
import {
  findChallengeByTokenHash,
  insertChallenge,
  useChallenge,
} from "../store/login-challenges-repo.js";
import {
  advanceTotpStep,
  confirmedFactor,
  spendRecoveryCode,
} from "../store/second-factor-repo.js";
import {
  findSessionByTokenHash,
  insertSession,
  revokeSessionByTokenHash,
  touchSession,
  type SessionWithUser,
} from "../store/sessions-repo.js";
import { enabledUserByUsername, type AccountUser } from "../store/users-repo.js";
import { authenticateApiToken } from "./api-tokens.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { recordFailure, refuseIfLocked } from "./login-throttle.js";
import { cachedSession, rememberSession, sessionsChanged } from "./session-cache.js";
import { hashOpaqueToken, newOpaqueToken } from "./opaque-tokens.js";
import { matchTotp, normaliseRecoveryCode } from "./totp.js";
import { verifyPassword } from "./users.js";

export const SESSION_HOURS = 12;
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
  /** The user logged in with an initial password an administrator gave: change it first. */
  passwordChangeRequired: boolean;
  user: LoginUser;
}

interface SecondFactorChallenge {
  kind: "second_factor";
  challenge: string;
  expiresAt: Date;
}

export type LoginOutcome = SessionIssued | SecondFactorChallenge;

export type Credential =
  | { kind: "session"; id: string; enrolmentOnly: boolean; passwordChangeRequired: boolean }
  | { kind: "token"; id: string; scopes: TokenScope[] };

export interface Authenticated {
  actor: UserActor;
  credential: Credential;
}

const toActor = (u: Pick<AccountUser, "id" | "username" | "role" | "party">): UserActor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role: u.role as Role,
  party: u.party,
});

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
  const source = meta.ip ?? "";
  const user = await enabledUserByUsername(deps.db, username);
  await refuseIfLocked(deps, username, source, now, { userId: user?.id ?? null });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) {
    await recordFailure(deps, username, source, user?.id ?? null, "auth.login_failed");
    throw new DomainError("invalid_credentials", "The username or password is not correct.");
  }
  if (await confirmedFactor(deps.db, user.id)) return issueChallenge(deps, user, now);
  const waived = user.isDemo && deps.demoSecondFactorWaiver === true;
  return startSession(deps, user, now, waived ? "demo_waiver" : "not_enrolled", meta);
}

async function issueChallenge(
  deps: Deps,
  user: AccountUser,
  now: Date,
): Promise<SecondFactorChallenge> {
  const challenge = newOpaqueToken();
  const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
  await inTransaction(deps, async (tx) => {
    const id = randomUUID();
    await insertChallenge(tx, {
      id,
      tokenHash: hashOpaqueToken(challenge),
      userId: user.id,
      createdAt: now,
      expiresAt,
    });
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
  user: AccountUser,
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
    await insertSession(tx, {
      id,
      tokenHash: hashOpaqueToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      enrolmentOnly,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip ?? null,
    });
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
    passwordChangeRequired: user.passwordChangeRequired,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role as Role,
      party: user.party,
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
  const found = await findChallengeByTokenHash(deps.db, hashOpaqueToken(input.challenge));
  const factor = found && (await confirmedFactor(deps.db, found.user.id));
  if (!found || !factor || found.usedAt || found.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError(
      "login_challenge_invalid",
      "This login step has expired or was already completed; log in again with your password.",
    );
  }
  const user = found.user;
  const source = meta.ip ?? "";
  await refuseIfLocked(deps, user.username, source, now, null);
  const match =
    input.code !== undefined
      ? await matchTotp(factor.secret, input.code, now, factor.lastUsedStep)
      : null;
  const recoveryHash =
    input.recoveryCode !== undefined
      ? hashOpaqueToken(normaliseRecoveryCode(input.recoveryCode))
      : null;
  try {
    return await startSession(
      deps,
      user,
      now,
      match ? "totp" : "recovery_code",
      meta,
      async (tx) => {
        if (!(await useChallenge(tx, found.challengeId, now))) {
          throw new SecondFactorRefused(false);
        }
        if (match) {
          if (!match.ok) throw new SecondFactorRefused(match.replayed);
          // guarded, so two requests with the same code cannot both pass
          if (!(await advanceTotpStep(tx, user.id, match.step))) {
            throw new SecondFactorRefused(true);
          }
        } else if (recoveryHash) {
          if (!(await spendRecoveryCode(tx, user.id, recoveryHash, now))) {
            throw new SecondFactorRefused(false);
          }
          await appendAudit(tx, {
            actor: toActor(user),
            action: "auth.recovery_code_used",
            subject: `user:${user.id}`,
            at: now,
          });
        } else {
          throw new SecondFactorRefused(false);
        }
      },
    );
  } catch (err) {
    if (!(err instanceof SecondFactorRefused)) throw err;
    await recordFailure(deps, user.username, source, user.id, "auth.second_factor_failed", {
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
  const cached = cachedSession<SessionWithUser>(tokenHash);
  const row = cached ?? (await findSessionByTokenHash(deps.db, tokenHash));
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  if (!cached) {
    rememberSession(tokenHash, row);
    if (!row.lastSeenAt || now.getTime() - row.lastSeenAt.getTime() > SEEN_EVERY_MS) {
      await touchSession(deps.db, row.sessionId, now);
    }
  }
  const actor = toActor(row.user);
  return {
    actor: row.user.area ? { ...actor, area: row.user.area } : actor,
    credential: {
      kind: "session",
      id: row.sessionId,
      enrolmentOnly: row.enrolmentOnly,
      passwordChangeRequired: row.passwordChangeRequired,
    },
  };
}

export async function logout(deps: Deps, actor: Actor, token: string): Promise<void> {
  const now = deps.clock();
  await sessionsChanged(
    deps,
    inTransaction(deps, async (tx) => {
      const revoked = await revokeSessionByTokenHash(tx, hashOpaqueToken(token), now);
      if (revoked && actor.kind === "user") {
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
