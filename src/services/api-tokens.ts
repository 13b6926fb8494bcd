/**
 * API tokens for machine clients: named, scoped, expiring, shown once and stored hashed. A token
 * acts as the user who made it (same role and party) and only on routes of its scopes.
 */
import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import type { Actor, Role } from "../domain/roles.js";
import {
  isTokenScope,
  MAX_TOKEN_DAYS,
  TOKEN_PREFIX,
  type TokenScope,
} from "../domain/token-scopes.js";
import { requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import type { Authenticated } from "./auth.js";
import { inTransaction, type Deps } from "./deps.js";
import { cachedSession, rememberSession, sessionsChanged } from "./session-cache.js";
import { hashOpaqueToken, newOpaqueToken } from "./opaque-tokens.js";

/** last_used_at is written at most this often. */
const USED_EVERY_MS = 5 * 60_000;

export interface ApiToken {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface NewApiToken {
  name: string;
  scopes: string[];
  expiresAt: Date;
}

type Row = {
  id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
};

const rowToToken = (r: Row): ApiToken => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes.filter(isTokenScope),
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

export async function createApiToken(
  deps: Deps,
  actor: Actor,
  input: NewApiToken,
): Promise<{ token: string; apiToken: ApiToken }> {
  requireUser(actor);
  const now = deps.clock();
  const scopes = [...new Set(input.scopes)];
  const unknown = scopes.filter((s) => !isTokenScope(s));
  if (scopes.length === 0 || unknown.length > 0) {
    throw new DomainError(
      "validation_failed",
      scopes.length === 0 ? "A token needs at least one scope." : `Unknown scope "${unknown[0]}".`,
    );
  }
  const latest = now.getTime() + MAX_TOKEN_DAYS * 86_400_000;
  if (input.expiresAt.getTime() <= now.getTime() || input.expiresAt.getTime() > latest) {
    throw new DomainError(
      "token_expiry_invalid",
      "A token must expire in the future and within one year.",
    );
  }
  const token = newOpaqueToken(TOKEN_PREFIX);
  const row: Row = {
    id: randomUUID(),
    name: input.name.trim(),
    scopes,
    created_at: now,
    expires_at: input.expiresAt,
    revoked_at: null,
    last_used_at: null,
  };
  if (!row.name) throw new DomainError("validation_failed", "Give the token a name.");
  await inTransaction(deps, async (tx) => {
    await tx
      .insertInto("api_tokens")
      .values({ ...row, user_id: actor.userId, token_hash: hashOpaqueToken(token) })
      .execute();
    await appendAudit(tx, {
      actor,
      action: "auth.api_token_created",
      subject: `user:${actor.userId}`,
      at: now,
      details: {
        token: row.id,
        name: row.name,
        scopes,
        expiresAt: row.expires_at.toISOString(),
      },
    });
  });
  return { token, apiToken: rowToToken(row) };
}

/** The caller's own tokens, newest first, with expired and revoked ones (never the secret). */
export async function listApiTokens(deps: Deps, actor: Actor): Promise<ApiToken[]> {
  requireUser(actor);
  const rows = await deps.db
    .selectFrom("api_tokens")
    .select(["id", "name", "scopes", "created_at", "expires_at", "revoked_at", "last_used_at"])
    .where("user_id", "=", actor.userId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map(rowToToken);
}

/** Revokes one of the caller's own tokens; another user's token is answered as not found. */
export async function revokeApiToken(deps: Deps, actor: Actor, id: string): Promise<void> {
  requireUser(actor);
  const now = deps.clock();
  await sessionsChanged(
    inTransaction(deps, async (tx) => {
      const res = await tx
        .updateTable("api_tokens")
        .set({ revoked_at: now })
        .where("id", "=", id)
        .where("user_id", "=", actor.userId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) {
        throw new DomainError("token_not_found", "You have no active token with this id.");
      }
      await appendAudit(tx, {
        actor,
        action: "auth.api_token_revoked",
        subject: `user:${actor.userId}`,
        at: now,
        details: { token: id },
      });
    }),
  );
}

export async function authenticateApiToken(
  deps: Deps,
  token: string,
): Promise<Authenticated | null> {
  const now = deps.clock();
  const key = `token:${hashOpaqueToken(token)}`;
  const cached = cachedSession<TokenRow>(key);
  const row = cached ?? (await findToken(deps, token));
  if (!row || row.expires_at.getTime() <= now.getTime()) return null;
  if (!cached) {
    rememberSession(key, row);
    if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > USED_EVERY_MS) {
      await deps.db
        .updateTable("api_tokens")
        .set({ last_used_at: now })
        .where("id", "=", row.id)
        .execute();
    }
  }
  return {
    actor: {
      kind: "user",
      userId: row.user_id,
      username: row.username,
      role: row.role as Role,
      party: row.party_code,
    },
    credential: { kind: "token", id: row.id, scopes: row.scopes.filter(isTokenScope) },
  };
}

type TokenRow = NonNullable<Awaited<ReturnType<typeof findToken>>>;

function findToken(deps: Deps, token: string) {
  return deps.db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.id", "api_tokens.user_id")
    .select([
      "users.id as user_id",
      "users.username",
      "users.role",
      "users.party_code",
      "api_tokens.id",
      "api_tokens.scopes",
      "api_tokens.expires_at",
      "api_tokens.last_used_at",
    ])
    .where("api_tokens.token_hash", "=", hashOpaqueToken(token))
    .where("api_tokens.revoked_at", "is", null)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
}
