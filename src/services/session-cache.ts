/**
 * Sessions looked up in the last second, by token hash: a busy client (a party's system filing
 * reports, the web app's many small requests) then costs one session query a second, not one a
 * request. Every change to sessions in this process (logout, revocation, revoke-all, password
 * change, second-factor enrolment) clears the cache once its transaction has committed, so here a
 * revoked session stops at once. Another process sharing a PostgreSQL server may accept it for at
 * most SESSION_CACHE_MS more (decision 0006). Expiry is still checked on every request.
 */
const SESSION_CACHE_MS = 1000;

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
  if (performance.now() - hit.readAt > SESSION_CACHE_MS) {
    cache.delete(tokenHash);
    return undefined;
  }
  return hit.value as T;
}

export function rememberSession<T>(tokenHash: string, value: T): void {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(tokenHash, { value, readAt: performance.now() });
}

function forgetCachedSessions(): void {
  cache.clear();
}

/** Runs a change to sessions; the cache is cleared after it committed (or failed). */
export async function sessionsChanged<T>(change: Promise<T>): Promise<T> {
  try {
    return await change;
  } finally {
    forgetCachedSessions();
  }
}
