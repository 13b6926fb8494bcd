/**
 * Slowing a password guesser without letting a stranger lock the owner out (decision 0024): the
 * lockout is per account and address; an account failing from many addresses is "under attack",
 * its administrators are told, and addresses its user never logged in from wait between attempts.
 */
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { USERNAME_PATTERN } from "../domain/user-admin.js";
import { lastLoginAt, loggedInFrom } from "../store/sessions-repo.js";
import { loginFailuresSince, recordLoginFailure } from "../store/users-repo.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { notify } from "./notifications.js";

/**
 * After this many failed logins from one address in LOCKOUT_MINUTES, that address may not try the
 * account for LOCKOUT_MINUTES; every other address still may (decision 0024).
 */
const MAX_FAILED_LOGINS = 5;
const LOCKOUT_MINUTES = 15;
/**
 * From this many failures from all addresses in LOCKOUT_MINUTES the account is under attack: the
 * administrators are told, and an address its user never logged in from waits between attempts.
 */
export const UNDER_ATTACK_FAILURES = 20;
const MAX_THROTTLE_SECONDS = 60;
/** An address the user opened a session from in this many days is the user's own. */
const KNOWN_ADDRESS_DAYS = 90;
/**
 * Seconds an attempt from an address the user never logged in from must still wait, while the
 * account is under attack: doubling with each failure past the threshold, at most a minute, from
 * the last failure. 0: no wait.
 */
function throttleSeconds(failures: number, lastAt: Date | null, now: Date): number {
  if (failures < UNDER_ATTACK_FAILURES || !lastAt) return 0;
  const wait = Math.min(2 ** (failures - UNDER_ATTACK_FAILURES), MAX_THROTTLE_SECONDS);
  return Math.max(0, Math.ceil(wait - (now.getTime() - lastAt.getTime()) / 1000));
}

/**
 * Failures in the lockout window: from every address, and from this one since the later of the
 * window's start and the owner's last login from it (which a stranger's address never has). Counted
 * for unknown usernames too, so that a locked answer does not tell which accounts exist. Wrong
 * second-factor codes count as failures too.
 */
async function recentFailures(db: Deps["db"], username: string, source: string, now: Date) {
  const windowStart = new Date(now.getTime() - LOCKOUT_MINUTES * 60_000);
  const last = await lastLoginAt(db, username, source);
  const sourceSince = last && last > windowStart ? last : windowStart;
  return loginFailuresSince(db, username, source, windowStart, sourceSince);
}

/**
 * Refuses an address that failed too often on this account (`account_locked`), and — for the
 * password step — an address the user never logged in from while the account is under attack
 * and its wait has not passed (`login_throttled`). The owner's own addresses, and the second
 * factor of a challenge already given, are never made to wait for a stranger's guesses.
 */
export async function refuseIfLocked(
  deps: Deps,
  username: string,
  source: string,
  now: Date,
  throttle: { userId: string | null } | null,
): Promise<void> {
  const failures = await recentFailures(deps.db, username, source, now);
  if (failures.fromSource >= MAX_FAILED_LOGINS) {
    throw new DomainError(
      "account_locked",
      `Too many failed logins for this account from your address: it may not try again for ${LOCKOUT_MINUTES} minutes. Ask an administrator if you need access sooner.`,
      { retryAfterSeconds: LOCKOUT_MINUTES * 60 },
    );
  }
  if (!throttle) return;
  const wait = throttleSeconds(failures.all, failures.lastAt, now);
  if (wait === 0) return;
  const knownSince = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
  if (throttle.userId && (await loggedInFrom(deps.db, throttle.userId, source, knownSince))) return;
  throw new DomainError(
    "login_throttled",
    `This account has received many failed logins, so attempts from new addresses are slowed down: wait ${wait} seconds and try again. The administrators have been told.`,
    { retryAfterSeconds: wait },
  );
}

export async function recordFailure(
  deps: Deps,
  username: string,
  source: string,
  userId: string | null,
  action: "auth.login_failed" | "auth.second_factor_failed" | "auth.password_change_failed",
  details: Record<string, unknown> = {},
  by: Actor = { kind: "public" },
): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps, async (tx) => {
    await recordLoginFailure(tx, username, source, now);
    await appendAudit(tx, {
      actor: by,
      action,
      subject: userId ? `user:${userId}` : "user:unknown",
      at: now,
      details: { username, source, ...details },
    });
    if (userId) await tellAdministrators(tx, username, source, userId, now);
  });
}

/**
 * When an account's failures reach the threshold, the administrators are told once per lockout
 * window (a notice named by the account and the window; the audit entry with it).
 */
async function tellAdministrators(
  tx: Tx,
  username: string,
  source: string,
  userId: string,
  now: Date,
): Promise<void> {
  const failures = await recentFailures(tx, username, source, now);
  if (failures.all < UNDER_ATTACK_FAILURES) return;
  const window = Math.floor(now.getTime() / (LOCKOUT_MINUTES * 60_000));
  const { notified } = await notify(tx, now, {
    kind: "account.under_attack",
    subject: `user:${userId}`,
    link: "/admin",
    params: {
      user: USERNAME_PATTERN.test(username) ? username : "-",
      sinceAt: new Date(window * LOCKOUT_MINUTES * 60_000).toISOString(),
    },
    recipients: { roles: ["admin"] },
    eventKey: `account.under_attack:${userId}:${window}`,
  });
  if (notified.length === 0) return;
  await appendAudit(tx, {
    actor: { kind: "system", name: "login-throttle" },
    action: "auth.account_under_attack",
    subject: `user:${userId}`,
    at: now,
    details: { username, failures: failures.all, windowMinutes: LOCKOUT_MINUTES },
  });
}
