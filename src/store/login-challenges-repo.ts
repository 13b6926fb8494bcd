/** Login challenges: the step between an accepted password and the second factor; rows in, rows out. */
import type { Db, Tx } from "./database.js";
import { ACCOUNT_USER_COLUMNS, accountUserOf, type AccountUser } from "./users-repo.js";

export async function insertChallenge(
  tx: Tx,
  c: { id: string; tokenHash: string; userId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await tx
    .insertInto("login_challenges")
    .values({
      id: c.id,
      token_hash: c.tokenHash,
      user_id: c.userId,
      created_at: c.createdAt,
      expires_at: c.expiresAt,
    })
    .execute();
}

export interface ChallengeWithUser {
  challengeId: string;
  expiresAt: Date;
  usedAt: Date | null;
  user: AccountUser;
}

/** The challenge of this token's hash with its user, unless the user is disabled. */
export async function findChallengeByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<ChallengeWithUser | undefined> {
  const row = await db
    .selectFrom("login_challenges")
    .innerJoin("users", "users.id", "login_challenges.user_id")
    .select([
      "login_challenges.id as challenge_id",
      "login_challenges.expires_at",
      "login_challenges.used_at",
      ...ACCOUNT_USER_COLUMNS,
    ])
    .where("login_challenges.token_hash", "=", tokenHash)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  return (
    row && {
      challengeId: row.challenge_id,
      expiresAt: row.expires_at,
      usedAt: row.used_at,
      user: accountUserOf(row),
    }
  );
}

/** Marks the challenge used; false when it already was (it is good for one login only). */
export async function useChallenge(tx: Tx, id: string, now: Date): Promise<boolean> {
  const used = await tx
    .updateTable("login_challenges")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}
