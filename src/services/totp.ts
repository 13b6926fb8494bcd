/**
 * The TOTP second factor (RFC 6238, 30-second steps, 6 digits): enrolment with a QR code,
 * confirmation with a first code, ten single-use recovery codes, and an administrator's reset.
 * A code is accepted at most once: the step it matched is kept, and only later steps pass.
 */
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import {
  anyFactor,
  confirmedFactor,
  confirmFactor,
  deleteSecondFactor,
  putPendingFactor,
  replaceRecoveryCodes,
  unusedRecoveryCodeCount,
} from "../store/second-factor-repo.js";
import { markSessionFull, revokeEnrolmentOnlySessions } from "../store/sessions-repo.js";
import { userExists } from "../store/users-repo.js";
import { requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Db, type Deps } from "./deps.js";
import { sessionsChanged } from "./session-cache.js";
import { hashOpaqueToken } from "./opaque-tokens.js";

const TOTP_ISSUER = "Ceasefire Monitor";
const RECOVERY_CODE_COUNT = 10;
/** One step either side of now is accepted, for clocks that drift and people who type slowly. */
const TOLERANCE_SECONDS = 30;

export type TotpMatch = { ok: true; step: number } | { ok: false; replayed: boolean };

/** Checks a code against a secret at `now`, refusing steps at or before `lastStep`. */
export async function matchTotp(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): Promise<TotpMatch> {
  if (!/^\d{6}$/.test(code)) return { ok: false, replayed: false };
  const epoch = Math.floor(now.getTime() / 1000);
  const fresh = await verify({
    secret,
    token: code,
    epoch,
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  if (fresh.valid && "timeStep" in fresh) return { ok: true, step: fresh.timeStep };
  if (lastStep === null) return { ok: false, replayed: false };
  const any = await verify({ secret, token: code, epoch, epochTolerance: TOLERANCE_SECONDS });
  return { ok: false, replayed: any.valid };
}

/** Recovery codes are typed by hand: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i

function newRecoveryCode(): string {
  // 16 characters from 31: about 79 bits
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as an SVG QR code, for an authenticator app to scan. */
  qrSvg: string;
}

/**
 * Starts (or restarts) enrolment: a new secret, not yet in force. A user whose factor is already
 * confirmed must ask an administrator to reset it first.
 */
export async function startTotpEnrolment(deps: Deps, actor: Actor): Promise<TotpEnrolment> {
  requireUser(actor);
  const now = deps.clock();
  const secret = generateSecret();
  await inTransaction(deps, async (tx) => {
    if (await confirmedFactor(tx, actor.userId)) {
      throw new DomainError(
        "second_factor_already_enrolled",
        "You already have an authenticator set up. To replace it, ask an administrator to reset it.",
      );
    }
    await putPendingFactor(tx, actor.userId, secret, now);
    await appendAudit(tx, {
      actor,
      action: "auth.second_factor_enrolment_started",
      subject: `user:${actor.userId}`,
      at: now,
    });
  });
  const otpauthUri = generateURI({ issuer: TOTP_ISSUER, label: actor.username, secret });
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", margin: 1 });
  return { secret, otpauthUri, qrSvg };
}

/**
 * Confirms enrolment with a first code from the app. The session that did it becomes a full
 * session (it has now shown both factors); the user's other password-only sessions end. Returns
 * the recovery codes: shown this once, kept only as hashes.
 */
export async function confirmTotpEnrolment(
  deps: Deps,
  actor: Actor,
  sessionId: string | null,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  requireUser(actor);
  const now = deps.clock();
  const pending = await anyFactor(deps.db, actor.userId);
  if (pending?.confirmed) {
    throw new DomainError(
      "second_factor_already_enrolled",
      "Your authenticator is already set up.",
    );
  }
  if (!pending) {
    throw new DomainError(
      "second_factor_not_started",
      "Start the authenticator setup first: no code is expected yet.",
    );
  }
  const match = await matchTotp(pending.secret, code, now, null);
  if (!match.ok) {
    throw new DomainError(
      "invalid_second_factor",
      "That code does not match. Check the time on your phone and type the code the app shows now.",
    );
  }
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await sessionsChanged(
    deps,
    inTransaction(deps, async (tx) => {
      if (!(await confirmFactor(tx, actor.userId, pending.secret, match.step, now))) {
        throw new DomainError("conflict", "The setup changed meanwhile; start it again.");
      }
      await replaceRecoveryCodes(
        tx,
        actor.userId,
        recoveryCodes.map((c) => hashOpaqueToken(normaliseRecoveryCode(c))),
        now,
      );
      if (sessionId) await markSessionFull(tx, sessionId, actor.userId);
      await revokeEnrolmentOnlySessions(tx, actor.userId, now);
      await appendAudit(tx, {
        actor,
        action: "auth.second_factor_enrolled",
        subject: `user:${actor.userId}`,
        at: now,
        details: { method: "totp", recoveryCodes: RECOVERY_CODE_COUNT },
      });
    }),
  );
  return { recoveryCodes };
}

/** Whether the user has a confirmed factor, and how many recovery codes are left. */
export async function secondFactorStatus(
  db: Db,
  userId: string,
): Promise<{ enrolled: boolean; recoveryCodesLeft: number }> {
  const enrolled = Boolean(await confirmedFactor(db, userId));
  const left = await unusedRecoveryCodeCount(db, userId);
  return { enrolled, recoveryCodesLeft: enrolled ? left : 0 };
}

/**
 * An administrator removes a user's factor (a lost phone): the user's next login asks them to
 * enrol again. The user's sessions are left alone; revoke them separately if the phone was stolen.
 */
export async function resetSecondFactor(
  deps: Deps,
  actor: Actor,
  userId: string,
  reason: string,
): Promise<void> {
  requireRole(actor, ["admin"], "reset a second factor");
  const now = deps.clock();
  await inTransaction(deps, async (tx) => {
    if (!(await userExists(tx, userId))) {
      throw new DomainError("user_not_found", "There is no such user.");
    }
    const hadFactor = await deleteSecondFactor(tx, userId);
    await appendAudit(tx, {
      actor,
      action: "admin.second_factor_reset",
      subject: `user:${userId}`,
      at: now,
      details: { reason, hadFactor },
    });
  });
}
