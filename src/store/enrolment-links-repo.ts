/** One-time enrolment links (only the token's hash is kept): rows in, rows out. */
import type { Db, Tx } from "./database.js";

export async function insertEnrolmentLink(
  tx: Tx,
  l: { id: string; tokenHash: string; userId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await tx
    .insertInto("enrolment_links")
    .values({
      id: l.id,
      token_hash: l.tokenHash,
      user_id: l.userId,
      created_at: l.createdAt,
      expires_at: l.expiresAt,
    })
    .execute();
}

/** A link not used and not expired at `now`, by its hash, with its enabled user; locked. */
export function usableEnrolmentLink(tx: Tx, tokenHash: string, now: Date) {
  return tx
    .selectFrom("enrolment_links as l")
    .innerJoin("users as u", "u.id", "l.user_id")
    .select(["l.id", "l.user_id", "u.username"])
    .where("l.token_hash", "=", tokenHash)
    .where("l.used_at", "is", null)
    .where("l.expires_at", ">", now)
    .where("u.disabled_at", "is", null)
    .forUpdate()
    .executeTakeFirst();
}

/** Marks every unused link of the user used (one was redeemed, or a new one replaces them). */
export async function voidEnrolmentLinks(db: Db | Tx, userId: string, now: Date): Promise<void> {
  await db
    .updateTable("enrolment_links")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .execute();
}
