/**
 * The rate limits' counters, shared by every server process on the database (decision 0025): a
 * fixed window per key, counted and timed by the database in one statement.
 */
import { sql } from "kysely";
import type { Db } from "./database.js";

export interface WindowCount {
  /** Requests counted in the current window, this one included. */
  hits: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

/** Counts one request under `key` in its window of `windowMs` (a new window when the last ended). */
export async function countHit(db: Db, key: string, windowMs: number): Promise<WindowCount> {
  const { rows } = await sql<{ hits: number; ttl_ms: number }>`
    INSERT INTO rate_limit_hits AS c (key, hits, window_ends)
    VALUES (${key}, 1, clock_timestamp() + ${windowMs} * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN c.window_ends <= clock_timestamp() THEN 1 ELSE c.hits + 1 END,
      window_ends = CASE WHEN c.window_ends <= clock_timestamp()
                         THEN excluded.window_ends ELSE c.window_ends END
    RETURNING hits,
      greatest(0, extract(epoch FROM window_ends - clock_timestamp()) * 1000)::float8 AS ttl_ms`.execute(
    db,
  );
  const row = rows[0]!;
  return { hits: row.hits, ttlMs: Math.ceil(row.ttl_ms) };
}

/** Deletes the counters whose window ended before `before`; returns how many. */
export async function forgetEndedWindows(db: Db, before: Date): Promise<number> {
  const res = await sql`DELETE FROM rate_limit_hits WHERE window_ends < ${before}`.execute(db);
  return Number(res.numAffectedRows ?? 0);
}
