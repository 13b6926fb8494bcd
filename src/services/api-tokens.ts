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
import {
  apiTokensOf,
  findApiTokenByHash,
  insertApiToken,
  revokeApiTokenOf,
  touchApiToken,
  type ApiTokenFields,
  type ApiTokenWithUser,
} from "../store/api-tokens-repo.js";
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

/** Only the scopes this version knows: a scope since withdrawn grants nothing. */
const toApiToken = (t: ApiTokenFields): ApiToken => ({
  ...t,
  scopes: t.scopes.filter(isTokenScope),
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
  const fields: ApiTokenFields = {
    id: randomUUID(),
    name: input.name.trim(),
    scopes,
    createdAt: now,
    expiresAt: input.expiresAt,
    revokedAt: null,
    lastUsedAt: null,
  };
  if (!fields.name) throw new DomainError("validation_failed", "Give the token a name.");
  await inTransaction(deps, async (tx) => {
    await insertApiToken(tx, {
      ...fields,
      userId: actor.userId,
      tokenHash: hashOpaqueToken(token),
    });
    await appendAudit(tx, {
      actor,
      action: "auth.api_token_created",
      subject: `user:${actor.userId}`,
      at: now,
      details: {
        token: fields.id,
        name: fields.name,
        scopes,
        expiresAt: fields.expiresAt.toISOString(),
      },
    });
  });
  return { token, apiToken: toApiToken(fields) };
}

/** The caller's own tokens, newest first, with expired and revoked ones (never the secret). */
export async function listApiTokens(deps: Deps, actor: Actor): Promise<ApiToken[]> {
  requireUser(actor);
  return (await apiTokensOf(deps.db, actor.userId)).map(toApiToken);
}

/** Revokes one of the caller's own tokens; another user's token is answered as not found. */
export async function revokeApiToken(deps: Deps, actor: Actor, id: string): Promise<void> {
  requireUser(actor);
  const now = deps.clock();
  await sessionsChanged(
    deps,
    inTransaction(deps, async (tx) => {
      if (!(await revokeApiTokenOf(tx, actor.userId, id, now))) {
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
  const cached = cachedSession<ApiTokenWithUser>(key);
  const row = cached ?? (await findApiTokenByHash(deps.db, hashOpaqueToken(token)));
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  if (!cached) {
    rememberSession(key, row);
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > USED_EVERY_MS) {
      await touchApiToken(deps.db, row.id, now);
    }
  }
  return {
    actor: {
      kind: "user",
      userId: row.user.id,
      username: row.user.username,
      role: row.user.role as Role,
      party: row.user.party,
      ...(row.user.area ? { area: row.user.area } : {}),
    },
    credential: { kind: "token", id: row.id, scopes: row.scopes.filter(isTokenScope) },
  };
}
