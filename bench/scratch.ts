/**
 * What the benchmarks share: a scratch database (PGlite in a temp folder, or a fresh database on
 * the PostgreSQL server of BENCH_DATABASE_URL, dropped afterwards), migrated, with its deps; and
 * reading a positive integer from the environment.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { libyaGeography } from "../src/demo/geo/libya-geo.js";
import type { Deps } from "../src/services/deps.js";
import { openDatabase, type Database, type Engine } from "../src/store/database.js";
import { fileKeyStore } from "../src/store/key-store.js";
import { ensureSigningKey } from "../src/services/signing-keys.js";
import { fileEvidenceStore } from "../src/store/evidence-store.js";
import { migrate } from "../src/store/migrate.js";

export interface Scratch {
  database: Database;
  deps: Deps;
  close(): Promise<void>;
}

export async function openScratch(
  engine: Engine,
  opts: {
    prefix?: string;
    /** The PostgreSQL database's name (by default a random one); it must not exist yet. */
    name?: string;
    deps?: Partial<Omit<Deps, "db" | "evidence" | "geography">>;
    /** PostgreSQL's statement timeout (0: none), for benchmarks that time slow paths. */
    statementTimeoutMs?: number;
  } = {},
): Promise<Scratch> {
  const dir = mkdtempSync(join(tmpdir(), `cfm-bench-${opts.prefix ?? "db"}-`));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  let database: Database;
  let dropDb = async () => {};
  try {
    if (engine === "pglite") {
      database = await openDatabase({ engine: "pglite", dataDir: join(dir, "data") });
    } else {
      const adminUrl = process.env.BENCH_DATABASE_URL;
      if (!adminUrl) throw new Error("BENCH_DATABASE_URL is not set");
      const name = opts.name ?? `cfm_bench_${randomBytes(6).toString("hex")}`;
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
      dropDb = () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      database = await openDatabase({
        engine: "postgres",
        url: url.toString(),
        statementTimeoutMs: opts.statementTimeoutMs,
      });
    }
    await migrate(database.db);
  } catch (err) {
    await dropDb();
    removeDir();
    throw err;
  }
  const deps: Deps = {
    db: database.db,
    clock: () => new Date(),
    evidence: fileEvidenceStore(join(dir, "evidence")),
    keys: fileKeyStore(join(dir, "keys")),
    geography: libyaGeography,
    ...opts.deps,
  };
  // Releases are signed (decision 0020): the scratch mission has its key, as a served one does.
  await ensureSigningKey(deps, { kind: "system", name: "bench" });
  return {
    database,
    deps,
    async close() {
      try {
        await database.close();
        await dropDb();
      } finally {
        removeDir();
      }
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/** A positive integer from the environment, or the fallback when unset. */
export function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
}
