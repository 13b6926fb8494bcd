/** Second factors: TOTP secrets and recovery codes (stored hashed); rows in, rows out. */
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "./database.js";

export interface TotpFactor {
  secret: string;
  /** The 30-second step of the last code accepted; null before the first. */
  lastUsedStep: number | null;
}

/** The user's confirmed factor, or undefined (none, or enrolment not confirmed yet). */
export async function confirmedFactor(
  db: Db | Tx,
  userId: string,
): Promise<TotpFactor | undefined> {
  const row = await db
    .selectFrom("totp_factors")
    .select(["secret", "last_used_step"])
    .where("user_id", "=", userId)
    .where("confirmed_at", "is not", null)
    .executeTakeFirst();
  return row && { secret: row.secret, lastUsedStep: row.last_used_step };
}

/** The user's factor, confirmed or not, or undefined when enrolment never started. */
export async function anyFactor(
  db: Db | Tx,
  userId: string,
): Promise<{ secret: string; confirmed: boolean } | undefined> {
  const row = await db
    .selectFrom("totp_factors")
    .select(["secret", "confirmed_at"])
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row && { secret: row.secret, confirmed: row.confirmed_at !== null };
}

/** Starts enrolment with a new secret, replacing an unconfirmed one. */
export async function putPendingFactor(
  tx: Tx,
  userId: string,
  secret: string,
  now: Date,
): Promise<void> {
  await tx
    .insertInto("totp_factors")
    .values({ user_id: userId, secret, created_at: now, confirmed_at: null })
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet({ secret, created_at: now, last_used_step: null }),
    )
    .execute();
}

/**
 * Confirms the pending factor with this secret, the step of its first code kept; false when
 * it was confirmed or replaced meanwhile.
 */
export async function confirmFactor(
  tx: Tx,
  userId: string,
  secret: string,
  step: number,
  now: Date,
): Promise<boolean> {
  const done = await tx
    .updateTable("totp_factors")
    .set({ confirmed_at: now, last_used_step: step })
    .where("user_id", "=", userId)
    .where("confirmed_at", "is", null)
    .where("secret", "=", secret)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/**
 * Keeps `step` as the last step used, only if it is later than the one kept: false when it is
 * not, so two requests with the same code cannot both pass.
 */
export async function advanceTotpStep(tx: Tx, userId: string, step: number): Promise<boolean> {
  const stepped = await tx
    .updateTable("totp_factors")
    .set({ last_used_step: step })
    .where("user_id", "=", userId)
    .where((eb) => eb.or([eb("last_used_step", "is", null), eb("last_used_step", "<", step)]))
    .executeTakeFirst();
  return Number(stepped.numUpdatedRows) === 1;
}

/** Removes the user's factor and recovery codes; returns whether there was a factor. */
export async function deleteSecondFactor(tx: Tx, userId: string): Promise<boolean> {
  await tx.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  const removed = await tx
    .deleteFrom("totp_factors")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(removed.numDeletedRows) > 0;
}

/** Replaces the user's recovery codes with these (hashes of the codes). */
export async function replaceRecoveryCodes(
  tx: Tx,
  userId: string,
  codeHashes: string[],
  now: Date,
): Promise<void> {
  await tx.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  await tx
    .insertInto("recovery_codes")
    .values(
      codeHashes.map((codeHash) => ({
        id: randomUUID(),
        user_id: userId,
        code_hash: codeHash,
        created_at: now,
      })),
    )
    .execute();
}

/** Marks an unused recovery code used; false when there is no such unused code. */
export async function spendRecoveryCode(
  tx: Tx,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const spent = await tx
    .updateTable("recovery_codes")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("code_hash", "=", codeHash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1;
}

export async function unusedRecoveryCodeCount(db: Db | Tx, userId: string): Promise<number> {
  const row = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
