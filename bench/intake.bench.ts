/**
 * Intake throughput: reports/s filed through the HTTP API (each with its audit entry), by one
 * client and by many at once, against the raw rate of the same database in the same run: one
 * single-row insert transaction per report, issued directly. Aim: at least half the raw rate.
 *
 * PGlite always (a fresh database in a temp folder); PostgreSQL too when BENCH_DATABASE_URL is
 * set (a scratch database, dropped afterwards). BENCH_INTAKE_REPORTS (per phase, default 2000),
 * BENCH_INTAKE_CLIENTS (default 32) and BENCH_INTAKE_ROUNDS (default 4: the phases take turns, so
 * a change in the machine's load falls on all of them) size the run.
 */
import { randomUUID } from "node:crypto";

import type { AddressInfo } from "node:net";

import { sql } from "kysely";

import { demoProfile } from "../src/demo/parties.js";
import { initMission } from "../src/services/mission.js";
import type { Actor } from "../src/domain/roles.js";
import { buildApp } from "../src/http/app.js";
import { databaseGeography } from "../src/services/database-geography.js";
import { verifyAudit } from "../src/services/audit.js";
import type { Db, Deps } from "../src/services/deps.js";
import { createApiToken } from "../src/services/api-tokens.js";
import { LONE_INTAKE_METRICS } from "../src/services/intake.js";
import { createUser } from "../src/services/users.js";
import { type Engine } from "../src/store/database.js";

import type { ReportsTable } from "../src/store/schema.js";
import { startHttpLoad, type HttpLoad, type LoadResult } from "./http-load.js";
import { relativeTo, type ResultRow } from "./report.js";
import { openScratch, positiveInt, type Scratch } from "./scratch.js";

const REPORTS = positiveInt("BENCH_INTAKE_REPORTS", 2000);
const CLIENTS = positiveInt("BENCH_INTAKE_CLIENTS", 32);
const ROUNDS = positiveInt("BENCH_INTAKE_ROUNDS", 4);
const WARMUP = 100;
const TARGET = 0.5;
const PASSWORD = "a long bench liaison pass phrase";
const SYSTEM: Actor = { kind: "system", name: "bench" };

/** What a party liaison's client sends: a complaint naming the other party. */
const REPORT_BODY = JSON.stringify({
  sourceKind: "party_complaint",
  occurredFrom: "2020-01-14T21:00:00Z",
  occurredTo: "2020-01-14T23:30:00Z",
  location: { lat: 32.795, lon: 13.287 },
  category: "A3",
  allegedParty: "LNA",
  description: "Shelling of residential area in Ain Zara from the south.",
  language: "en",
});

export async function run(): Promise<ResultRow[]> {
  const rows = await measure("pglite");
  if (process.env.BENCH_DATABASE_URL) rows.push(...(await measure("postgres")));
  return rows;
}

async function measure(engine: Engine): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, { prefix: "intake" });
  try {
    await seed(scratch.deps);
    return await measureOn(engine, scratch);
  } finally {
    await scratch.close();
  }
}

async function measureOn(engine: Engine, scratch: Scratch): Promise<ResultRow[]> {
  const { database } = scratch;
  const counted = new Map<string, number>();
  const deps: Deps = {
    ...scratch.deps,
    // What a server runs: districts and places read from the database (seeded by the mission's
    // set-up), their version looked at before each report.
    geography: databaseGeography(database.db),
    metrics: { count: (name) => counted.set(name, (counted.get(name) ?? 0) + 1) },
  };
  const app = await buildApp(deps, { engine });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const load = startHttpLoad();
  try {
    const { port } = app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}/api/v1`;
    const token = await issueToken(deps);
    const raw = rawInserts(database.db);
    await raw.prepare();
    const before = await counts(database.db);
    const { ms, perPhase, posted } = await runPhases(engine, raw, (count, concurrency) =>
      postReports(load, base, token, count, concurrency),
    );
    await checkAudited(database.db, before, posted, raw.inserted());
    console.error(
      `   ${engine}: lone reports in one statement ` +
        `${counted.get(LONE_INTAKE_METRICS.oneStatement) ?? 0}, in a transaction after all ` +
        `${counted.get(LONE_INTAKE_METRICS.transaction) ?? 0} (decision 0008)`,
    );

    const rate = (t: number) => perPhase / (t / 1000);
    const unit = "reports/s";
    const http = (clients: string, t: number) => ({
      figure: `${engine}: HTTP POST /reports, ${clients}`,
      value: rate(t),
      unit,
      target: TARGET,
    });
    return relativeTo(
      { figure: `${engine}: raw insert transactions, 1 connection`, value: rate(ms.raw), unit },
      [http("1 client", ms.one), http(`${CLIENTS} clients`, ms.many)],
    );
  } finally {
    load.close();
    await app.close();
  }
}

/** The three phases take turns, ROUNDS times, after a warm-up; returns their summed times. */
async function runPhases(
  engine: Engine,
  raw: ReturnType<typeof rawInserts>,
  post: (count: number, concurrency: number) => Promise<LoadResult>,
) {
  const per = Math.ceil(REPORTS / ROUNDS);
  const ms = { raw: 0, one: 0, many: 0 };
  await raw.insert(WARMUP);
  let posted = (await post(WARMUP, CLIENTS)).ok;
  for (let round = 1; round <= ROUNDS; round++) {
    ms.raw += await raw.insert(per);
    const one = await post(per, 1);
    const many = await post(per, CLIENTS);
    ms.one += one.ms;
    ms.many += many.ms;
    posted += one.ok + many.ok;
    console.error(`   ${engine}: round ${round}/${ROUNDS} done`);
  }
  return { ms, perPhase: per * ROUNDS, posted };
}

/** The parties and one liaison, created through the services like real data. */
async function seed(deps: Deps): Promise<void> {
  await initMission(deps, SYSTEM, demoProfile());
  await createUser(deps, SYSTEM, {
    username: "liaison-gna",
    displayName: "GNA liaison",
    role: "liaison",
    party: "GNA",
    password: PASSWORD,
  });
}

/**
 * The party's reporting system: an API token of the liaison with the reports:create scope (a
 * machine client; the second factor is for people logging in).
 */
async function issueToken(deps: Deps): Promise<string> {
  const user = await deps.db
    .selectFrom("users")
    .select(["id", "username", "party_code"])
    .where("username", "=", "liaison-gna")
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    kind: "user",
    userId: user.id,
    username: user.username,
    role: "liaison",
    party: user.party_code,
  };
  const { token } = await createApiToken(deps, actor, {
    name: "GNA reporting system",
    scopes: ["reports:create"],
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return token;
}

async function postReports(
  load: HttpLoad,
  base: string,
  token: string,
  count: number,
  concurrency: number,
): Promise<LoadResult> {
  const res = await load.run({
    url: `${base}/reports`,
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: REPORT_BODY,
    count,
    concurrency,
    expectStatus: 201,
  });
  if (res.failed > 0 || res.ok !== count) {
    throw new Error(
      `${res.failed} of ${count} reports were not acknowledged with 201 ` +
        `(${concurrency} clients), e.g.: ${res.samples.join(" | ")}`,
    );
  }
  return res;
}

/**
 * The baseline: one single-row insert transaction per report into a scratch table shaped like
 * `reports` (same columns, indexes, checks and foreign keys), through the same connection pool.
 */
function rawInserts(db: Db) {
  const scratch = db.withTables<{ bench_reports: ReportsTable }>();
  let n = 0;
  return {
    async prepare() {
      await sql`CREATE TABLE bench_reports (LIKE reports INCLUDING ALL)`.execute(db);
      await sql`ALTER TABLE bench_reports
        ADD FOREIGN KEY (submitted_by) REFERENCES users(id),
        ADD FOREIGN KEY (submitter_party) REFERENCES parties(code),
        ADD FOREIGN KEY (alleged_party) REFERENCES parties(code)`.execute(db);
    },
    /** Inserts `count` rows, one transaction each; returns the milliseconds it took. */
    async insert(count: number): Promise<number> {
      const user = await db.selectFrom("users").select("id").executeTakeFirstOrThrow();
      const t0 = performance.now();
      for (let i = 0; i < count; i++) {
        n++;
        await scratch.transaction().execute((tx) =>
          tx
            .insertInto("bench_reports")
            .values({
              id: randomUUID(),
              tracking_id: `R-${String(n).padStart(6, "0")}`,
              supersedes_id: null,
              source_kind: "party_complaint",
              submitted_by: user.id,
              submitter_party: "GNA",
              alleged_party: "LNA",
              received_at: new Date(),
              occurred_from: new Date("2020-01-14T21:00:00Z"),
              occurred_to: new Date("2020-01-14T23:30:00Z"),
              date_precision: 1,
              lat: 32.795,
              lon: 13.287,
              where_precision: 1,
              place_name: null,
              category: "A3",
              description: "Shelling of residential area in Ain Zara from the south.",
              language: "en",
              counts: JSON.stringify({}),
              source_grade: null,
              incident_id: null,
              triage_reason: null,
              triaged_by: null,
              triaged_at: null,
            })
            .execute(),
        );
      }
      return performance.now() - t0;
    },
    inserted: () => n,
  };
}

interface Counts {
  reports: number;
  audit: number;
}

async function counts(db: Db): Promise<Counts> {
  const count = async (table: "reports" | "audit_entries") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { reports: await count("reports"), audit: await count("audit_entries") };
}

/** Every acknowledged report is stored with exactly one audit entry, and the chain holds. */
async function checkAudited(db: Db, before: Counts, posted: number, rawRows: number) {
  const after = await counts(db);
  const grew = { reports: after.reports - before.reports, audit: after.audit - before.audit };
  if (grew.reports !== posted || grew.audit !== posted) {
    throw new Error(
      `${posted} reports acknowledged, but reports grew by ${grew.reports} and audit entries by ${grew.audit}`,
    );
  }
  const scratchRows = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM bench_reports`.execute(db);
  if (scratchRows.rows[0]?.n !== rawRows) {
    throw new Error(
      `${rawRows} raw inserts, but the scratch table holds ${scratchRows.rows[0]?.n}`,
    );
  }
  const verified = await verifyAudit(db);
  if (!verified.ok) throw new Error(`audit chain broken: ${verified.problem?.reason}`);
}
