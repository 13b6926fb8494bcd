/**
 * Sessions looked up in the last second, by token hash: a busy client (a party's system filing
 * reports, the web app's many small requests) then costs one session query a second, not one a
 * request. Every change to sessions (logout, revocation, revoke-all, password change,
 * second-factor enrolment, a team's area) clears the cache once its transaction has committed, and
 * tells every other process on the database to clear theirs (NOTIFY, decision 0025), so a revoked
 * session stops on every node as soon as its listener hears (milliseconds), and at the latest when
 * the cache window ends. Expiry is still checked on every request.
 */
import { announceChange } from "../store/change-feed.js";
import type { Deps } from "./deps.js";

/**
 * How long a session or the read-only switch read from the database is trusted (CFM_CACHE_MS,
 * default 1 s; 0 reads them on every request). One window for both: set once at start.
 */
let cacheWindowMs = 1000;

export function setCacheWindow(ms: number): void {
  cacheWindowMs = ms;
}

export function cacheWindow(): number {
  return cacheWindowMs;
}

interface Entry<T> {
  value: T;
  /** performance.now() when it was read from the database. */
  readAt: number;
}

const cache = new Map<string, Entry<unknown>>();
const MAX_ENTRIES = 10_000;

export function cachedSession<T>(tokenHash: string): T | undefined {
  const hit = cache.get(tokenHash);
  if (!hit) return undefined;
  if (performance.now() - hit.readAt > cacheWindowMs) {
    cache.delete(tokenHash);
    return undefined;
  }
  return hit.value as T;
}

export function rememberSession<T>(tokenHash: string, value: T): void {
  if (cacheWindowMs === 0) return;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(tokenHash, { value, readAt: performance.now() });
}

/** Empties this process's cache (told by another process that sessions changed). */
export function forgetCachedSessions(): void {
  cache.clear();
}

/**
 * Runs a change to sessions; the cache is cleared after it committed (or failed), and the other
 * processes on the database are told. Inside a caller's transaction the notice leaves at its commit.
 */
export async function sessionsChanged<T>(deps: Pick<Deps, "db">, change: Promise<T>): Promise<T> {
  try {
    const result = await change;
    // Committed already: a notice that cannot be sent must not turn it into an error. The other
    // processes then trust their cache for at most the cache window more, as before.
    await announceChange(deps.db, "sessions").catch(() => {});
    return result;
  } finally {
    forgetCachedSessions();
  }
}
