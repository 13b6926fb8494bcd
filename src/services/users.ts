/** Accounts: creating users (CLI, demo seed) and checking passwords (argon2id). */
import { randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { DomainError } from "../domain/errors.js";
import { passwordProblem } from "../domain/password-policy.js";
import { ROLES, type Actor, type Role } from "../domain/roles.js";
import { assignmentProblem } from "../domain/user-admin.js";
import { requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { recordFailure, refuseIfLocked } from "./login-throttle.js";
import { inTransaction, type Deps } from "./deps.js";
import { requirePartiesExist } from "./parties.js";
import { sessionsChanged } from "./session-cache.js";
import { revokeUserSessions } from "../store/sessions-repo.js";
import {
  enabledUserCredentials,
  insertUser,
  setPasswordHash,
  userIdByUsername,
} from "../store/users-repo.js";

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  party: string | null;
  password: string;
  isDemo?: boolean;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  party: string | null;
  isDemo: boolean;
}

/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** Refuses a password that breaks the policy (src/domain/password-policy.ts). */
export function checkPasswordPolicy(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new DomainError("weak_password", problem.message, { rule: problem.rule });
}

// Verifying against a real hash for unknown users keeps the response time the same, so a login
// attempt cannot tell which usernames exist.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-real-password");
  const target = stored ?? (await dummyHash);
  try {
    return (await verify(target, password)) && stored !== null;
  } catch {
    return false;
  }
}

export async function createUser(deps: Deps, actor: Actor, input: NewUser): Promise<User> {
  if (!ROLES.includes(input.role)) {
    throw new DomainError("validation_failed", `Unknown role "${input.role}".`);
  }
  const problem = assignmentProblem({ role: input.role, party: input.party, team: null });
  if (problem)
    throw new DomainError("validation_failed", problem.message, { field: problem.field });
  // The one exception to the password policy: demo accounts (is_demo, made only by the demo seed
  // and the tests) keep the published password "demo"; they hold only synthetic data. Every
  // other account, whoever creates it, must pass the policy.
  const demoAccountExemptFromPolicy = input.isDemo === true;
  if (!demoAccountExemptFromPolicy) checkPasswordPolicy(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(deps, async (tx) => {
    await requirePartiesExist(deps, tx, [input.party]);
    if ((await userIdByUsername(tx, input.username)) !== null)
      throw new DomainError("username_taken", `The username "${input.username}" is already taken.`);
    const id = randomUUID();
    await insertUser(tx, {
      id,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      party: input.party,
      passwordHash,
      isDemo: input.isDemo ?? false,
    });
    await appendAudit(tx, {
      actor,
      action: "user.created",
      subject: `user:${id}`,
      at: deps.clock(),
      rows: [{ table: "users", id }],
      details: { username: input.username, role: input.role, party: input.party },
    });
    return {
      id,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      party: input.party,
      isDemo: input.isDemo ?? false,
    };
  });
}

/**
 * A user changes their own password: the current one is checked (a wrong one counts towards the
 * lockout like a failed login), the new one must pass the policy and differ from it, and the
 * user's other sessions end — whoever knew the old password is logged out. An initial password
 * an administrator gave is replaced this way, which lifts the restriction on the session.
 */
export async function changePassword(
  deps: Deps,
  actor: Actor,
  currentSessionId: string | null,
  input: { current: string; next: string },
): Promise<{ otherSessionsEnded: number }> {
  requireUser(actor);
  const now = deps.clock();
  const user = await enabledUserCredentials(deps.db, actor.userId);
  if (!user) throw new DomainError("unauthenticated", "Log in to do this.");
  // A session's wrong guesses at its own password count as guesses from that session.
  const source = `session:${currentSessionId ?? "token"}`;
  await refuseIfLocked(deps, user.username, source, now, null);
  if (!(await verifyPassword(user.password_hash, input.current))) {
    await recordFailure(
      deps,
      user.username,
      source,
      user.id,
      "auth.password_change_failed",
      {},
      actor,
    );
    throw new DomainError("invalid_credentials", "The current password is not correct.");
  }
  if (input.next === input.current) {
    throw new DomainError(
      "weak_password",
      "Choose a new password: it must differ from the current one.",
      { rule: "unchanged" },
    );
  }
  checkPasswordPolicy(input.next, user.username);
  const passwordHash = await hashPassword(input.next);
  return sessionsChanged(
    deps,
    inTransaction(deps, async (tx) => {
      await setPasswordHash(tx, user.id, passwordHash);
      const ended = await revokeUserSessions(tx, user.id, now, currentSessionId);
      await appendAudit(tx, {
        actor,
        action: "auth.password_changed",
        subject: `user:${user.id}`,
        at: now,
        rows: [{ table: "users", id: user.id }],
        details: {
          otherSessionsEnded: ended,
          ...(user.password_change_required ? { initialPasswordReplaced: true } : {}),
        },
      });
      return { otherSessionsEnded: ended };
    }),
  );
}
