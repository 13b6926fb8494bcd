/** User accounts and failed password attempts: rows in, rows out. */
import type { Db, Tx } from "./database.js";

export async function userIdByUsername(db: Db | Tx, username: string): Promise<string | null> {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function userExists(db: Db | Tx, id: string): Promise<boolean> {
  const row = await db.selectFrom("users").select("id").where("id", "=", id).executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(
  tx: Tx,
  u: {
    id: string;
    username: string;
    displayName: string;
    role: string;
    party: string | null;
    passwordHash: string;
    isDemo: boolean;
    team?: string | null;
    /** An initial password an administrator chose: the user must change it first. */
    passwordChangeRequired?: boolean;
  },
): Promise<void> {
  await tx
    .insertInto("users")
    .values({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      role: u.role,
      party_code: u.party,
      password_hash: u.passwordHash,
      is_demo: u.isDemo,
      team_code: u.team ?? null,
      password_change_required: u.passwordChangeRequired ?? false,
    })
    .execute();
}

/** An enabled user's password hash, or undefined (no such user, or disabled). */
export function enabledUserCredentials(db: Db | Tx, id: string) {
  return db
    .selectFrom("users")
    .select(["id", "username", "password_hash", "password_change_required"])
    .where("id", "=", id)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
}

/** A password the user chose themselves: an initial one no longer needs changing. */
/**
 * Records a password. One the user chose is theirs; an initial one an administrator set must be
 * replaced at the next log-in (`changeRequired`).
 */
export async function setPasswordHash(
  tx: Tx,
  id: string,
  passwordHash: string,
  changeRequired = false,
): Promise<void> {
  await tx
    .updateTable("users")
    .set({ password_hash: passwordHash, password_change_required: changeRequired })
    .where("id", "=", id)
    .execute();
}

/** A user as logging in sees them. */
export interface AccountUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  party: string | null;
  isDemo: boolean;
  /** Still the initial password an administrator gave: change it before anything else. */
  passwordChangeRequired: boolean;
}

/** The columns `accountUserOf` reads, as selected from `users`. */
export const ACCOUNT_USER_COLUMNS = [
  "users.id",
  "users.username",
  "users.display_name",
  "users.role",
  "users.party_code",
  "users.is_demo",
  "users.password_change_required",
] as const;

export function accountUserOf(row: {
  id: string;
  username: string;
  display_name: string;
  role: string;
  party_code: string | null;
  is_demo: boolean;
  password_change_required: boolean;
}): AccountUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    party: row.party_code,
    isDemo: row.is_demo,
    passwordChangeRequired: row.password_change_required,
  };
}

/** An enabled user by name, with their password hash, or undefined (no such user, or disabled). */
export async function enabledUserByUsername(
  db: Db,
  username: string,
): Promise<(AccountUser & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom("users")
    .select([...ACCOUNT_USER_COLUMNS, "users.password_hash"])
    .where("username", "=", username)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  return row && { ...accountUserOf(row), passwordHash: row.password_hash };
}

/** A failed login attempt from `source` (the client's address), counted towards the lockout. */
export async function recordLoginFailure(
  db: Db | Tx,
  username: string,
  source: string,
  at: Date,
): Promise<void> {
  await db.insertInto("login_failures").values({ username, source, at }).execute();
}

/**
 * Failed attempts for this username: from every address after `since`, from `source` alone after
 * `sourceSince` (later, when the owner logged in from there since), and when the last one was.
 */
export async function loginFailuresSince(
  db: Db,
  username: string,
  source: string,
  since: Date,
  sourceSince: Date,
): Promise<{ all: number; fromSource: number; lastAt: Date | null }> {
  const row = await db
    .selectFrom("login_failures")
    .select((eb) => [
      eb.fn.countAll<number>().as("all"),
      eb.fn
        .count<number>("id")
        .filterWhere((w) => w.and([w("source", "=", source), w("at", ">", sourceSince)]))
        .as("fromSource"),
      eb.fn.max("at").as("lastAt"),
    ])
    .where("username", "=", username)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return {
    all: Number(row.all),
    fromSource: Number(row.fromSource),
    lastAt: row.lastAt ? new Date(row.lastAt) : null,
  };
}

/** Filters of the administrators' list of users; each one given narrows it. */
export interface UserListFilter {
  role?: string;
  party?: string;
  team?: string;
  disabled?: boolean;
  /** Part of the username or display name, any case. */
  q?: string;
}

/** Users with their second factor, active sessions and latest login (the admin's list). */
export function userOverviewRows(db: Db, now: Date, f: UserListFilter = {}) {
  let q = db
    .selectFrom("users as u")
    .leftJoin("totp_factors as f", "f.user_id", "u.id")
    .select((eb) => [
      "u.id",
      "u.username",
      "u.display_name",
      "u.role",
      "u.party_code",
      "u.team_code",
      "u.is_demo",
      "u.disabled_at",
      "u.password_change_required",
      "f.confirmed_at",
      eb
        .selectFrom("sessions as s")
        .select((s) => s.fn.countAll<string>().as("n"))
        .whereRef("s.user_id", "=", "u.id")
        .where("s.revoked_at", "is", null)
        .where("s.expires_at", ">", now)
        .as("active_sessions"),
      eb
        .selectFrom("sessions as s")
        .select((s) => s.fn.max("s.created_at").as("m"))
        .whereRef("s.user_id", "=", "u.id")
        .as("last_login_at"),
    ]);
  if (f.role) q = q.where("u.role", "=", f.role);
  if (f.party) q = q.where("u.party_code", "=", f.party);
  if (f.team) q = q.where("u.team_code", "=", f.team);
  if (f.disabled !== undefined) q = q.where("u.disabled_at", f.disabled ? "is not" : "is", null);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb("u.username", "ilike", like), eb("u.display_name", "ilike", like)]),
    );
  }
  return q.orderBy("u.username").execute();
}

/** One user's role, party, team and state, for an administrator's change; locked with `lock`. */
export function userAssignmentRow(db: Db | Tx, id: string, lock = false) {
  let q = db
    .selectFrom("users")
    .select(["id", "username", "display_name", "role", "party_code", "team_code", "disabled_at"])
    .where("id", "=", id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Every user's role and state, locked: the last-administrator rule reads them all. */
export function lockedAdminSeats(tx: Tx) {
  return tx
    .selectFrom("users")
    .select(["id", "role", "disabled_at"])
    .where("role", "=", "admin")
    .forUpdate()
    .execute();
}

export async function updateUserAssignment(
  tx: Tx,
  id: string,
  u: { displayName: string; role: string; party: string | null; team: string | null },
): Promise<void> {
  await tx
    .updateTable("users")
    .set({ display_name: u.displayName, role: u.role, party_code: u.party, team_code: u.team })
    .where("id", "=", id)
    .execute();
}

export async function setUserDisabledAt(tx: Tx, id: string, at: Date | null): Promise<void> {
  await tx.updateTable("users").set({ disabled_at: at }).where("id", "=", id).execute();
}
