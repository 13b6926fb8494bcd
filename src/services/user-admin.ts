/**
 * Administering users (issue 12): creating them with a one-time enrolment link or an initial
 * password they must change at first log-in, listing and
 * filtering them, changing their role, party and team, disabling and re-enabling them. Every
 * change is checked whole (assignmentProblem, parties and teams exist, an administrator remains)
 * and audited in its own transaction; a change that ends access also ends the user's sessions.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import { ADMINISTRATORS, type Actor, type Role } from "../domain/roles.js";
import { assignmentProblem, leavesAnAdministrator } from "../domain/user-admin.js";
import { revokeUserApiTokens } from "../store/api-tokens-repo.js";
import {
  insertEnrolmentLink,
  usableEnrolmentLink,
  voidEnrolmentLinks,
} from "../store/enrolment-links-repo.js";
import { revokeUserSessions } from "../store/sessions-repo.js";
import { teamRow } from "../store/teams-repo.js";
import {
  insertUser,
  lockedAdminSeats,
  setPasswordHash,
  setUserDisabledAt,
  updateUserAssignment,
  userAssignmentRow,
  userIdByUsername,
  userOverviewRows,
  type UserListFilter,
} from "../store/users-repo.js";
import { requireRole } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { hashOpaqueToken, newOpaqueToken } from "./opaque-tokens.js";
import { requirePartiesExist } from "./parties.js";
import { sessionsChanged } from "./session-cache.js";
import { checkPasswordPolicy, hashPassword } from "./users.js";

/**
 * Administrators may do this, and the operator at the machine (`cfm`, a system actor), who could
 * open the database anyway.
 */
export function requireAdministrator(actor: Actor, doing: string): void {
  if (actor.kind === "system") return;
  requireRole(actor, ADMINISTRATORS, doing);
}

/** The id of the user with this username (for `cfm`, which names users by username). */
export async function userIdOf(deps: Deps, actor: Actor, username: string): Promise<string> {
  requireAdministrator(actor, "look users up");
  const id = await userIdByUsername(deps.db, username);
  if (!id) throw new DomainError("user_not_found", `There is no user "${username}".`);
  return id;
}

/** How long an enrolment link works. */
const ENROLMENT_LINK_DAYS = 7;

/** A user as an administrator sees them in the list of users: no password or second-factor secret. */
export interface UserOverview {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  party: string | null;
  team: string | null;
  isDemo: boolean;
  disabled: boolean;
  secondFactorEnrolled: boolean;
  /** Still the initial password an administrator gave. */
  passwordChangeRequired: boolean;
  activeSessions: number;
  /** When their last session began (a login), if they ever logged in. */
  lastLoginAt: Date | null;
}

export type { UserListFilter };

/** The users matching the filters, by username, for administrators. */
export async function listUsersForAdmin(
  deps: Deps,
  actor: Actor,
  filter: UserListFilter = {},
): Promise<UserOverview[]> {
  requireAdministrator(actor, "list users");
  const rows = await userOverviewRows(deps.db, deps.clock(), filter);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    party: r.party_code,
    team: r.team_code,
    isDemo: r.is_demo,
    disabled: r.disabled_at !== null,
    secondFactorEnrolled: r.confirmed_at !== null,
    passwordChangeRequired: r.password_change_required,
    activeSessions: Number(r.active_sessions ?? 0),
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at) : null,
  }));
}

/** A user's role, party, team and name as an administrator sets them. */
export interface Assignment {
  displayName: string;
  role: Role;
  party: string | null;
  team: string | null;
}

/** The one-time link's secret, shown once to the administrator who made it. */
export interface EnrolmentLink {
  token: string;
  expiresAt: Date;
}

/** Refuses an assignment that breaks a rule, naming the field; parties and teams must exist. */
async function checkAssignment(deps: Deps, tx: Tx, a: Assignment): Promise<void> {
  const problem = assignmentProblem(a);
  if (problem)
    throw new DomainError("validation_failed", problem.message, { field: problem.field });
  try {
    await requirePartiesExist(deps, tx, [a.party]);
  } catch (err) {
    if (err instanceof DomainError)
      throw new DomainError(err.code, err.message, { field: "party" });
    throw err;
  }
  if (a.team && !(await teamRow(tx, a.team))) {
    throw new DomainError("validation_failed", `There is no team with code "${a.team}".`, {
      field: "team",
    });
  }
}

async function issueLink(tx: Tx, userId: string, now: Date): Promise<EnrolmentLink> {
  await voidEnrolmentLinks(tx, userId, now);
  const token = newOpaqueToken();
  const expiresAt = new Date(now.getTime() + ENROLMENT_LINK_DAYS * 24 * 3600_000);
  await insertEnrolmentLink(tx, {
    id: randomUUID(),
    tokenHash: hashOpaqueToken(token),
    userId,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/**
 * An administrator creates a user, who receives a one-time link to choose their password (and
 * then enrol their second factor). Until then the account has a random password nobody knows.
 */
export async function createUserWithLink(
  deps: Deps,
  actor: Actor,
  input: Assignment & { username: string },
): Promise<{ id: string; link: EnrolmentLink }> {
  requireAdministrator(actor, "create users");
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const { id, link } = await insertNewUser(deps, actor, input, {
    passwordHash,
    initialPassword: false,
  });
  if (!link) throw new Error("a user created for a link has one");
  return { id, link };
}

/**
 * An administrator creates a user with an initial password (told to the user by other means),
 * for a mission whose users cannot receive a link. The password obeys the policy; the user must
 * replace it at first log-in before anything else (src/http/account-guards.ts). The password is
 * neither kept in the clear nor written to the audit log.
 */
export async function createUserWithPassword(
  deps: Deps,
  actor: Actor,
  input: Assignment & { username: string; initialPassword: string },
): Promise<{ id: string }> {
  requireAdministrator(actor, "create users");
  const { initialPassword, ...fields } = input;
  checkInitialPassword(initialPassword, fields.username);
  const passwordHash = await hashPassword(initialPassword);
  const { id } = await insertNewUser(deps, actor, fields, { passwordHash, initialPassword: true });
  return { id };
}

async function insertNewUser(
  deps: Deps,
  actor: Actor,
  input: Assignment & { username: string },
  how: { passwordHash: string; initialPassword: boolean },
): Promise<{ id: string; link: EnrolmentLink | null }> {
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    await checkAssignment(deps, tx, input);
    if ((await userIdByUsername(tx, input.username)) !== null) {
      throw new DomainError(
        "username_taken",
        `The username "${input.username}" is already taken.`,
        {
          field: "username",
        },
      );
    }
    const id = randomUUID();
    await insertUser(tx, {
      ...input,
      id,
      passwordHash: how.passwordHash,
      isDemo: false,
      passwordChangeRequired: how.initialPassword,
    });
    const link = how.initialPassword ? null : await issueLink(tx, id, now);
    await appendAudit(tx, {
      actor,
      action: "user.created",
      subject: `user:${id}`,
      at: now,
      rows: [{ table: "users", id }],
      details: {
        username: input.username,
        role: input.role,
        party: input.party,
        team: input.team,
        ...(link
          ? { enrolmentLinkExpiresAt: link.expiresAt.toISOString() }
          : { initialPassword: true, passwordChangeRequired: true }),
      },
    });
    return { id, link };
  });
}

/** A fresh enrolment link for a user (the first one lost or expired); earlier ones stop working. */
export async function newEnrolmentLink(
  deps: Deps,
  actor: Actor,
  userId: string,
): Promise<EnrolmentLink> {
  requireAdministrator(actor, "issue enrolment links");
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const user = await userAssignmentRow(tx, userId, true);
    if (!user) throw new DomainError("user_not_found", "There is no such user.");
    if (user.disabled_at) {
      throw new DomainError("conflict", "This user is disabled: enable them first.");
    }
    const link = await issueLink(tx, userId, now);
    await appendAudit(tx, {
      actor,
      action: "user.enrolment_link_issued",
      subject: `user:${userId}`,
      at: now,
      details: { expiresAt: link.expiresAt.toISOString() },
    });
    return link;
  });
}

/**
 * An administrator gives a user a new initial password (told to them by other means): the user
 * who forgot theirs, in a place no link reaches. As at creation, it obeys the policy and must be
 * replaced at the next log-in; the user's sessions and enrolment links end. Their second factor
 * stays: a password alone still does not open the account.
 */
export async function setInitialPassword(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: { initialPassword: string; reason: string },
): Promise<{ sessionsEnded: number }> {
  requireAdministrator(actor, "set initial passwords");
  const user = await userAssignmentRow(deps.db, userId, false);
  if (!user) throw new DomainError("user_not_found", "There is no such user.");
  checkInitialPassword(input.initialPassword, user.username);
  const passwordHash = await hashPassword(input.initialPassword);
  const now = deps.clock();
  return sessionsChanged(
    deps,
    inTransaction(deps, async (tx) => {
      const row = await userAssignmentRow(tx, userId, true);
      if (!row) throw new DomainError("user_not_found", "There is no such user.");
      if (row.disabled_at) {
        throw new DomainError("conflict", "This user is disabled: enable them first.");
      }
      await setPasswordHash(tx, userId, passwordHash, true);
      await voidEnrolmentLinks(tx, userId, now);
      const sessionsEnded = await revokeUserSessions(tx, userId, now, null);
      await appendAudit(tx, {
        actor,
        action: "user.initial_password_set",
        subject: `user:${userId}`,
        at: now,
        rows: [{ table: "users", id: userId }],
        details: {
          username: row.username,
          reason: input.reason,
          passwordChangeRequired: true,
          sessionsEnded,
        },
      });
      return { sessionsEnded };
    }),
  );
}

/** The password policy, its problem named as the `initialPassword` field. */
function checkInitialPassword(password: string, username: string): void {
  try {
    checkPasswordPolicy(password, username);
  } catch (err) {
    if (err instanceof DomainError)
      throw new DomainError(err.code, err.message, { ...err.details, field: "initialPassword" });
    throw err;
  }
}

/**
 * The new user follows their link and chooses a password: the link is spent, and they log in
 * with the password (and enrol a second factor, as any user without one).
 */
export async function redeemEnrolmentLink(
  deps: Deps,
  input: { token: string; password: string },
): Promise<{ username: string }> {
  const now = deps.clock();
  const found = await inTransaction(deps, (tx) =>
    usableEnrolmentLink(tx, hashOpaqueToken(input.token), now),
  );
  if (!found) throw invalidLink();
  checkPasswordPolicy(input.password, found.username);
  const passwordHash = await hashPassword(input.password);
  return sessionsChanged(
    deps,
    inTransaction(deps, async (tx) => {
      // Read again under lock: two tabs cannot both spend the link.
      const link = await usableEnrolmentLink(tx, hashOpaqueToken(input.token), now);
      if (!link) throw invalidLink();
      await setPasswordHash(tx, link.user_id, passwordHash);
      await voidEnrolmentLinks(tx, link.user_id, now);
      await revokeUserSessions(tx, link.user_id, now, null);
      await appendAudit(tx, {
        actor: { kind: "public" },
        action: "user.enrolment_link_used",
        subject: `user:${link.user_id}`,
        at: now,
        rows: [{ table: "users", id: link.user_id }],
        details: { username: link.username },
      });
      return { username: link.username };
    }),
  );
}

function invalidLink(): DomainError {
  return new DomainError(
    "enrolment_link_invalid",
    "This enrolment link has expired or was already used: ask an administrator for a new one.",
  );
}

/** Refuses a change that would leave no enabled administrator. */
async function keepAnAdministrator(
  tx: Tx,
  after: { id: string; role: Role; disabled: boolean },
): Promise<void> {
  const seats = (await lockedAdminSeats(tx)).map((r) => ({
    id: r.id,
    role: r.role as Role,
    disabled: r.disabled_at !== null,
  }));
  if (!leavesAnAdministrator(seats, after)) {
    throw new DomainError(
      "last_administrator",
      "This would leave the mission with no active administrator: make someone else an administrator first.",
      { field: after.disabled ? "disabled" : "role" },
    );
  }
}

/** An administrator changes a user's name, role, party or team (what is not given stays). */
export async function updateUserAssignmentAsAdmin(
  deps: Deps,
  actor: Actor,
  userId: string,
  change: Partial<Assignment>,
): Promise<void> {
  requireAdministrator(actor, "change users");
  const now = deps.clock();
  await sessionsChanged(
    deps,
    inTransaction(deps, async (tx) => {
      const row = await userAssignmentRow(tx, userId, true);
      if (!row) throw new DomainError("user_not_found", "There is no such user.");
      const before: Assignment = {
        displayName: row.display_name,
        role: row.role as Role,
        party: row.party_code,
        team: row.team_code,
      };
      const after: Assignment = { ...before, ...change };
      await checkAssignment(deps, tx, after);
      if (before.role === "admin" && after.role !== "admin") {
        await keepAnAdministrator(tx, {
          id: userId,
          role: after.role,
          disabled: !!row.disabled_at,
        });
      }
      await updateUserAssignment(tx, userId, after);
      await appendAudit(tx, {
        actor,
        action: "user.updated",
        subject: `user:${userId}`,
        at: now,
        rows: [{ table: "users", id: userId }],
        details: { username: row.username, before, after },
      });
    }),
  );
}

/**
 * Disables a user: they cannot log in, and their sessions, API tokens and enrolment links end at
 * once. Or enables them again (they log in with the password they had).
 */
export async function setUserDisabled(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: { disabled: boolean; reason: string },
): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  requireAdministrator(actor, "disable or enable users");
  const now = deps.clock();
  return sessionsChanged(
    deps,
    inTransaction(deps, async (tx) => {
      const row = await userAssignmentRow(tx, userId, true);
      if (!row) throw new DomainError("user_not_found", "There is no such user.");
      if (input.disabled === (row.disabled_at !== null)) {
        throw new DomainError(
          "conflict",
          input.disabled ? "This user is already disabled." : "This user is not disabled.",
          { field: "disabled" },
        );
      }
      let sessionsEnded = 0;
      let tokensRevoked = 0;
      if (input.disabled) {
        if (row.role === "admin") {
          await keepAnAdministrator(tx, { id: userId, role: "admin", disabled: true });
        }
        await setUserDisabledAt(tx, userId, now);
        sessionsEnded = await revokeUserSessions(tx, userId, now, null);
        tokensRevoked = await revokeUserApiTokens(tx, userId, now);
        await voidEnrolmentLinks(tx, userId, now);
      } else {
        await setUserDisabledAt(tx, userId, null);
      }
      await appendAudit(tx, {
        actor,
        action: input.disabled ? "user.disabled" : "user.enabled",
        subject: `user:${userId}`,
        at: now,
        rows: [{ table: "users", id: userId }],
        details: { username: row.username, reason: input.reason, sessionsEnded, tokensRevoked },
      });
      return { sessionsEnded, tokensRevoked };
    }),
  );
}
