/**
 * The public export at scale (issue 14): BENCH_EXPORT_ROWS published incidents (default
 * 1,000,000) written as ACLED to a file through the path `cfm export` takes (publicOpenData piped
 * to a file stream), against a plain keyset scan reading the same rows (the incidents and their
 * public releases, no formatting) in the same run; with the peak growth of the process's resident
 * memory and of the JavaScript heap during each, which stays flat (bounded by a batch, not by the
 * number of rows) when reading and writing are streamed. The rows are inserted with SQL
 * (bench/incident-rows.ts). PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set.
 */
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { sql } from "kysely";
import { demoProfile } from "../src/demo/parties.js";
import type { Actor } from "../src/domain/roles.js";
import type { Db } from "../src/services/deps.js";
import { initMission } from "../src/services/mission.js";
import { publicOpenData } from "../src/services/open-data-export.js";
import type { Engine } from "../src/store/database.js";
import { insertIncidents } from "./incident-rows.js";
import { absolute, relativeTo, type ResultRow } from "./report.js";
import { openScratch, positiveInt } from "./scratch.js";

const ROWS = positiveInt("BENCH_EXPORT_ROWS", 1_000_000);
/** Rows per query of the baseline scan. */
const SCAN_BATCH = 5000;
const SYSTEM: Actor = { kind: "system", name: "bench" };
const YEAR_MS = 365 * 86_400_000;

// A full collection before each measure, so that each starts from what is live, not from the
// garbage the one before left (tsx runs node without --expose-gc).
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

export async function run(): Promise<ResultRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "cfm-bench-export-"));
  try {
    const rows = await measure("pglite", dir);
    if (process.env.BENCH_DATABASE_URL) rows.push(...(await measure("postgres", dir)));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(engine: Engine, dir: string): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, { prefix: "export" });
  try {
    const { db } = scratch.deps;
    // A million inserted rows fill PGlite's write-ahead log fast; checkpoint sooner.
    if (engine === "pglite") await sql`ALTER SYSTEM SET max_wal_size = '64MB'`.execute(db);
    await initMission(scratch.deps, SYSTEM, demoProfile(), { agreements: false, places: true });
    const by = await benchUser(db);
    const t0 = performance.now();
    await insertIncidents(db, {
      first: 1,
      last: ROWS,
      from: new Date("2020-01-01T00:00:00Z"),
      spanMs: YEAR_MS,
      by,
      parties: ["GNA", "LNA"],
      releasedAt: new Date("2021-01-01T00:00:00Z"),
    });
    console.error(`   ${engine}: ${ROWS} incidents in ${seconds(performance.now() - t0)} s`);

    const scan = await sampled(() => keysetScan(db));
    if (scan.result !== ROWS) throw new Error(`the scan read ${scan.result} of ${ROWS} rows`);
    console.error(`   ${engine}: scan in ${seconds(scan.ms)} s`);
    const out = join(dir, `export-${engine}.csv`);
    const exported = await sampled(() =>
      pipeline(Readable.from(publicOpenData(scratch.deps, "acled")), createWriteStream(out)),
    );
    const lines = await lineCount(out);
    if (lines !== ROWS + 1) throw new Error(`the export wrote ${lines - 1} of ${ROWS} rows`);
    console.error(`   ${engine}: export in ${seconds(exported.ms)} s`);

    const perSecond = (ms: number) => ROWS / (ms / 1000);
    const label = `${engine}, ${ROWS} published incidents`;
    return [
      ...relativeTo(
        {
          figure: `${label}: keyset scan of the incidents and releases, no formatting (baseline)`,
          value: perSecond(scan.ms),
          unit: "rows/s",
        },
        [
          {
            figure: `${label}: export as ACLED to a file (cfm export's path)`,
            value: perSecond(exported.ms),
            unit: "rows/s",
          },
        ],
      ),
      ...absolute([
        { figure: `${label}: export time`, value: exported.ms / 1000, unit: "s" },
        {
          figure: `${label}: file size`,
          value: statSync(out).size / 1024 ** 2,
          unit: "MB",
        },
        { figure: `${label}: peak RSS growth, scan`, value: scan.rssMb, unit: "MB" },
        { figure: `${label}: peak heap growth, scan`, value: scan.heapMb, unit: "MB" },
        { figure: `${label}: peak RSS growth, export`, value: exported.rssMb, unit: "MB" },
        { figure: `${label}: peak heap growth, export`, value: exported.heapMb, unit: "MB" },
      ]),
    ];
  } finally {
    await scratch.close();
  }
}

async function benchUser(db: Db): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("users")
    .values({ id, username: "bench", display_name: "Bench", role: "chief", password_hash: "x" })
    .execute();
  return id;
}

/** Every published incident and its release's content, a batch at a time, counted. */
async function keysetScan(db: Db): Promise<number> {
  let n = 0;
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    let q = db
      .selectFrom("incidents")
      .innerJoin("releases", "releases.incident_id", "incidents.id")
      .select(["incidents.id", "incidents.occurred_from", "releases.content"]);
    if (after) {
      const { at, id } = after;
      q = q.where((eb) =>
        eb(eb.refTuple("incidents.occurred_from", "incidents.id"), ">", eb.tuple(at, id)),
      );
    }
    const rows = await q
      .orderBy("incidents.occurred_from")
      .orderBy("incidents.id")
      .limit(SCAN_BATCH)
      .execute();
    n += rows.length;
    if (rows.length < SCAN_BATCH) return n;
    const last = rows.at(-1)!;
    after = { at: last.occurred_from, id: last.id };
  }
}

/**
 * Runs `fn`, sampling the resident memory and the heap; returns its time and the peak growth of
 * each over its value at the start.
 */
async function sampled<T>(
  fn: () => Promise<T>,
): Promise<{ ms: number; rssMb: number; heapMb: number; result: T }> {
  collectGarbage();
  const start = process.memoryUsage();
  const peak = { rss: start.rss, heap: start.heapUsed };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const t0 = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t0;
    sample();
    const mb = (x: number) => x / 1024 ** 2;
    return { ms, rssMb: mb(peak.rss - start.rss), heapMb: mb(peak.heap - start.heapUsed), result };
  } finally {
    clearInterval(timer);
  }
}

async function lineCount(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  }
  return n;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
