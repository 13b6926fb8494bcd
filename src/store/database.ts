/**
 * One query layer on two engines: PGlite (embedded, in-process) or a PostgreSQL server. Both are
 * driven through node-postgres, so rows and types are identical (stack-notes.md).
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import type { DB } from "./schema.js";

// int8 (counts, audit sequence numbers) as JS numbers: they stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// numeric as number (coordinates, distances)
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

export type Engine = "pglite" | "postgres";

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  close(): Promise<void>;
  /** Present on the embedded engine, for snapshots. */
  pglite?: PGlite;
}

export type DatabaseTarget =
  | { engine: "postgres"; url: string; poolSize?: number }
  | { engine: "pglite"; dataDir: string | null; loadDataDir?: Blob | File; lock?: boolean };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.engine === "postgres"
    ? openPostgres(target.url, target.poolSize)
    : openPglite(target);
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: "-c TimeZone=UTC -c jit=off",
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: "postgres", close: () => db.destroy() };
}

async function openPglite(target: {
  dataDir: string | null;
  loadDataDir?: Blob | File;
  lock?: boolean;
}): Promise<Database> {
  let release = () => {};
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    if (target.lock !== false) release = lockDataDir(target.dataDir);
  }
  try {
    const pglite = await PGlite.create(target.dataDir ?? undefined, {
      loadDataDir: target.loadDataDir,
    });
    await pglite.exec("SET TimeZone = 'UTC'");
    const pool = new pg.Pool(createPgConfig(pglite));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: "pglite",
      pglite,
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
