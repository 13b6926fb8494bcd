/**
 * A clock that tells the database's time (decision 0025). Every server process on one PostgreSQL
 * reads its instants — a release, an embargo's end, a reply window, a session's expiry, an audit
 * entry's time — from this clock, so two servers whose system clocks drift apart still agree on
 * when something happened and whether an embargo has passed. It measures the offset between this
 * machine's clock and the database's (half the round trip corrects for the network) and adds it
 * to the local clock, so reading the time costs no query.
 */
import { sql } from "kysely";
import type { Db } from "./database.js";

/** How often the offset is measured again (system clocks drift, NTP steps them). */
const RESYNC_MS = 60_000;

export interface DatabaseClock {
  now(): Date;
  /** The database's clock minus this machine's, in milliseconds, as last measured. */
  offsetMs(): number;
  /** Measures the offset again. */
  sync(): Promise<void>;
  stop(): void;
}

export async function databaseClock(
  db: Db,
  opts: { localNow?: () => number; resyncMs?: number; onError?: (err: Error) => void } = {},
): Promise<DatabaseClock> {
  const local = opts.localNow ?? Date.now;
  let offset = 0;
  const sync = async () => {
    const before = local();
    const { rows } = await sql<{ ms: number }>`
      SELECT extract(epoch FROM clock_timestamp())::float8 * 1000 AS ms`.execute(db);
    const after = local();
    offset = Math.round(rows[0]!.ms - (before + after) / 2);
  };
  await sync();
  const timer = setInterval(
    () => void sync().catch((err: Error) => opts.onError?.(err)),
    opts.resyncMs ?? RESYNC_MS,
  );
  timer.unref();
  return {
    now: () => new Date(local() + offset),
    offsetMs: () => offset,
    sync,
    stop: () => clearInterval(timer),
  };
}
