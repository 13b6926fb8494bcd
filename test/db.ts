/**
 * Real databases for tests: a fresh PGlite per test file (from the migrated template), and, when
 * TEST_DATABASE_URL is set, a fresh database on that PostgreSQL server too. No mocks.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { libyaGeography } from "../src/demo/geo/libya-geo.js";
import { openDatabase, type Database, type Engine } from "../src/store/database.js";
import { fileEvidenceStore } from "../src/store/evidence-store.js";
import { chromiumPrinter } from "../src/store/pdf-printer.js";
import { migrate } from "../src/store/migrate.js";
import { withDatabaseGazetteer } from "../src/services/gazetteer-index.js";
import { loadTestGazetteer } from "./gazetteer.js";
import { testKeyStore } from "./signing-key.js";
import type { Deps } from "../src/services/deps.js";
import type { DB } from "../src/store/schema.js";

function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === "pglite") {
    const tar = readFileSync(inject("pgliteTemplate"));
    return openDatabase({ engine: "pglite", dataDir: null, loadDataDir: new Blob([tar]) });
  }
  const database = await openBlankDatabase("postgres");
  await migrate(database.db);
  await loadTestGazetteer(database.db);
  return database;
}

/**
 * A new database with no schema at all (what a restore starts from): an in-memory PGlite, or a
 * new database on the test PostgreSQL server, dropped at close.
 */
export async function openBlankDatabase(engine: Engine, poolSize = 8): Promise<Database> {
  if (engine === "pglite") return openDatabase({ engine: "pglite", dataDir: null });
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `cfm_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: "postgres", url: url.toString(), poolSize });
  return {
    ...database,
    async close() {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * The geography of tests without a database: the `libya-2020` profile's, read from its files,
 * which the tests' place names and coordinates are written against. A test database holds the
 * same gazetteer in its `places` table (test/gazetteer.ts), and the deps of database tests read
 * the places from there.
 */
export const testGeography = libyaGeography;

/** A settable clock, so tests can move time. */
function testClock(start = new Date("2020-01-15T08:00:00Z")) {
  let now = start.getTime();
  const clock = () => new Date(now);
  clock.set = (d: Date | string) => {
    now = new Date(d).getTime();
  };
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

export interface TestContext {
  engine: Engine;
  database: Database;
  deps: Deps;
  clock: ReturnType<typeof testClock>;
}

/**
 * Declares `fn`'s tests once per engine, each on its own fresh database. The context object is
 * filled in before the tests run.
 */
export function describeEachEngine(
  name: string,
  fn: (ctx: TestContext) => void,
  clockStart?: Date,
) {
  for (const engine of testEngines()) {
    describe(`${name} [${engine}]`, () => {
      const ctx = { engine } as TestContext;
      beforeAll(async () => {
        ctx.database = await openTestDatabase(engine);
        ctx.clock = testClock(clockStart);
        ctx.deps = {
          db: ctx.database.db,
          clock: ctx.clock,
          evidence: fileEvidenceStore(mkdtempSync(join(tmpdir(), "cfm-evidence-"))),
          keys: testKeyStore(),
          printer: chromiumPrinter(process.env.CFM_CHROMIUM ?? "/usr/bin/chromium"),
          geography: withDatabaseGazetteer(testGeography, ctx.database.db),
          // fixture users are demo users (test/fixtures.ts) and log in without a second factor
          demoSecondFactorWaiver: true,
        };
      }, 60_000);
      afterAll(async () => {
        await ctx.database?.close();
      });
      fn(ctx);
    });
  }
}

/** How many rows a table holds. */
export async function countRows(db: Deps["db"], table: keyof DB): Promise<number> {
  const { n } = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(n);
}
