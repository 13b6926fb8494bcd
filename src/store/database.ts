/**
 * One query layer on two engines: PGlite (embedded, in-process) or a PostgreSQL server. Both are
 * driven through node-postgres, so rows and types are identical (stack-notes.md).
 */
import { makeDirSync } from "./make-dir.js";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect, type Transaction } from "kysely";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import type { DB } from "./schema.js";

// int8 (counts, audit sequence numbers) as JS numbers: they stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// numeric as number (coordinates, distances)
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

export type Engine = "pglite" | "postgres";

/** The query builder every repository takes: the database, or a transaction when writes must commit together. */
export type Db = Kysely<DB>;
/** A transaction on the database. */
export type Tx = Transaction<DB>;

/** The connection pool's figures (node-postgres `pg.Pool`), for the metrics. */
export interface PoolStats {
  /** Connections open, idle or in use. */
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  close(): Promise<void>;
  /** The pool's figures now; both engines are reached through a node-postgres pool. */
  poolStats(): PoolStats;
  /** Present on the embedded engine, for snapshots. */
  pglite?: PGlite;
}

export type DatabaseTarget =
  | {
      engine: "postgres";
      url: string;
      poolSize?: number;
      /** Milliseconds a statement may run before PostgreSQL cancels it (default 30 s). */
      statementTimeoutMs?: number;
      /** Shown in pg_stat_activity (default "ceasefire-monitor"). */
      applicationName?: string;
      /** Told about a connection that broke while idle (a database restart, a killed backend). */
      onConnectionError?: (err: Error) => void;
      /**
       * How long to wait at opening for a database that is starting or not yet reachable
       * (default 60 s); 0: open without asking it (the first query finds out).
       */
      startTimeoutMs?: number;
      /** Told each time the database cannot be reached yet, with the wait before the next try. */
      onWaiting?: (err: Error, retryInMs: number) => void;
    }
  | { engine: "pglite"; dataDir: string | null; loadDataDir?: Blob | File; lock?: boolean };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.engine === "postgres" ? openPostgres(target) : openPglite(target);
}

const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
const DEFAULT_START_TIMEOUT_MS = 60_000;

/**
 * What a database that is down, starting or restarting answers: worth waiting for. Anything else
 * (a wrong password, an unknown database) fails at once.
 */
const NOT_YET = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P03", // cannot_connect_now: the server is starting up or shutting down
  "53300", // too_many_connections
]);

/** Waits, with growing pauses (0.25 s doubling to 5 s), until the database answers. */
async function untilReachable(
  pool: pg.Pool,
  timeoutMs: number,
  onWaiting?: (err: Error, retryInMs: number) => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 250; ; pause = Math.min(pause * 2, 5_000)) {
    try {
      await pool.query("SELECT 1");
      return;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      const transient = typeof code === "string" && NOT_YET.has(code);
      if (!transient || Date.now() + pause > deadline) throw err;
      onWaiting?.(err as Error, pause);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

async function openPostgres(target: Extract<DatabaseTarget, { engine: "postgres" }>) {
  const timeout = target.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    application_name: target.applicationName ?? "ceasefire-monitor",
    options: `-c TimeZone=UTC -c jit=off -c statement_timeout=${timeout}`,
  });
  // A connection that breaks (PostgreSQL restarted, the backend terminated) is reported once, by
  // its own listener: without one node-postgres rethrows the error and the process dies. That
  // covers a connection checked out between two statements (inside a transaction), which the
  // pool's listener does not: the statement that uses it next fails, and the pool drops it when
  // it is released. An idle one the pool drops at once; the next query opens a new one.
  const onError = target.onConnectionError ?? (() => {});
  pool.on("connect", (client) => client.on("error", (err) => onError(err)));
  pool.on("error", () => {});
  const startTimeoutMs = target.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  try {
    if (startTimeoutMs > 0) await untilReachable(pool, startTimeoutMs, target.onWaiting);
  } catch (err) {
    await pool.end();
    throw err;
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: "postgres",
    close: () => db.destroy(),
    poolStats: () => statsOf(pool),
  } satisfies Database;
}

function statsOf(pool: pg.Pool): PoolStats {
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

async function openPglite(target: {
  dataDir: string | null;
  loadDataDir?: Blob | File;
  lock?: boolean;
}): Promise<Database> {
  let release = () => {};
  if (target.dataDir) {
    makeDirSync(target.dataDir);
    if (target.lock !== false) release = lockDataDir(target.dataDir);
  }
  try {
    const pglite = await PGlite.create(target.dataDir ?? undefined, {
      loadDataDir: target.loadDataDir,
      // Trigram indexes for search (migration 20261210T010000_search_text).
      extensions: { pg_trgm },
    });
    await pglite.exec("SET TimeZone = 'UTC'");
    const pool = new pg.Pool(createPgConfig(pglite));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: "pglite",
      pglite,
      poolStats: () => statsOf(pool),
      async close() {
        try {
          await db.destroy();
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
