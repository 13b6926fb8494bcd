/** API tokens (stored hashed): rows in, rows out. */
import type { Db, Tx } from "./database.js";

/** A token's fields that its owner may see (never the secret or its hash). */
export interface ApiTokenFields {
  id: string;
  name: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export async function insertApiToken(
  tx: Tx,
  t: ApiTokenFields & { userId: string; tokenHash: string },
): Promise<void> {
  await tx
    .insertInto("api_tokens")
    .values({
      id: t.id,
      user_id: t.userId,
      name: t.name,
      token_hash: t.tokenHash,
      scopes: t.scopes,
      created_at: t.createdAt,
      expires_at: t.expiresAt,
      revoked_at: t.revokedAt,
      last_used_at: t.lastUsedAt,
    })
    .execute();
}

/** A user's tokens, newest first, expired and revoked ones included. */
export async function apiTokensOf(db: Db, userId: string): Promise<ApiTokenFields[]> {
  const rows = await db
    .selectFrom("api_tokens")
    .select(["id", "name", "scopes", "created_at", "expires_at", "revoked_at", "last_used_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scopes: r.scopes,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  }));
}

/** Revokes one of the user's tokens not yet revoked; false when there is none with this id. */
export async function revokeApiTokenOf(
  tx: Tx,
  userId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const res = await tx
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** A token not revoked, by its hash, with its user (if not disabled). */
export interface ApiTokenWithUser {
  id: string;
  scopes: string[];
  expiresAt: Date;
  lastUsedAt: Date | null;
  user: {
    id: string;
    username: string;
    role: string;
    party: string | null;
    /** The sectors the user may read, when their team is need-to-know "area only". */
    area: string[] | null;
  };
}

export async function findApiTokenByHash(
  db: Db,
  tokenHash: string,
): Promise<ApiTokenWithUser | undefined> {
  const row = await db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.id", "api_tokens.user_id")
    .leftJoin("teams", "teams.code", "users.team_code")
    .select([
      "teams.sector_codes",
      "teams.area_only",
      "users.id as user_id",
      "users.username",
      "users.role",
      "users.party_code",
      "api_tokens.id",
      "api_tokens.scopes",
      "api_tokens.expires_at",
      "api_tokens.last_used_at",
    ])
    .where("api_tokens.token_hash", "=", tokenHash)
    .where("api_tokens.revoked_at", "is", null)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      scopes: row.scopes,
      expiresAt: row.expires_at,
      lastUsedAt: row.last_used_at,
      user: {
        id: row.user_id,
        username: row.username,
        role: row.role,
        party: row.party_code,
        area: row.area_only ? (row.sector_codes ?? []) : null,
      },
    }
  );
}

export async function touchApiToken(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
}

/** Revokes every token of the user not yet revoked (the user is disabled); returns how many. */
export async function revokeUserApiTokens(tx: Tx, userId: string, now: Date): Promise<number> {
  const res = await tx
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
