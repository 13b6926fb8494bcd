/**
 * Open data at scale: importing an ACLED file of BENCH_OPEN_DATA_ROWS rows (default 100000) as
 * context events, and exporting them again as ACLED, against a plain parse of the same file
 * (the streaming CSV parser, no database) in the same run; with the peak growth of the process's
 * resident memory during each, which stays flat when reading and writing are streamed. PGlite
 * always; PostgreSQL too when BENCH_DATABASE_URL is set.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ACLED_COLUMNS } from "../src/domain/open-data/crosswalk.js";
import { CsvStreamParser } from "../src/domain/open-data/csv-stream.js";
import { contextOpenData } from "../src/services/open-data-export.js";
import { runImport, startImport } from "../src/services/open-data-import.js";
import type { Engine } from "../src/store/database.js";
import { absolute, relativeTo, type ResultRow } from "./report.js";
import { openScratch, positiveInt } from "./scratch.js";

const ROWS = positiveInt("BENCH_OPEN_DATA_ROWS", 100_000);
const SYSTEM = { kind: "system", name: "bench" } as const;

export async function run(): Promise<ResultRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "cfm-bench-open-data-"));
  try {
    const file = join(dir, "acled.csv");
    await pipeline(Readable.from(acledRows()), createWriteStream(file));
    const rows = await measure("pglite", dir, file);
    if (process.env.BENCH_DATABASE_URL) rows.push(...(await measure("postgres", dir, file)));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An ACLED-shaped file: the current columns, places around Libya, a few Arabic names. */
function* acledRows(): Generator<string> {
  yield ACLED_COLUMNS.join(",") + "\n";
  for (let i = 0; i < ROWS; i++) {
    const day = `2020-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const lat = (25 + ((i * 7919) % 800) / 100).toFixed(4);
    const lon = (10 + ((i * 104729) % 1400) / 100).toFixed(4);
    const place = i % 3 === 0 ? "عين زارة" : `Place ${i % 500}`;
    const v: Record<string, string | number> = {
      event_id_cnty: `LBY${i}`,
      event_date: day,
      year: 2020,
      time_precision: 1,
      disorder_type: "Political violence",
      event_type: "Battles",
      sub_event_type: "Armed clash",
      actor1: "Actor A",
      country: "Libya",
      admin1: "Tripoli",
      location: place,
      latitude: lat,
      longitude: lon,
      geo_precision: 1 + (i % 3),
      source: "Bench source",
      notes: `Clashes reported, "event" ${i}.`,
      fatalities: i % 5,
    };
    yield (
      ACLED_COLUMNS.map((c) => {
        const s = String(v[c] ?? "");
        return /[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
      }).join(",") + "\n"
    );
  }
}

/** Runs `fn`, sampling resident memory; returns its time and the peak growth over the start. */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; peakMb: number; result: T }> {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ms: performance.now() - t0, peakMb: (peak - start) / 1024 ** 2, result };
  } finally {
    clearInterval(timer);
  }
}

async function measure(engine: Engine, dir: string, file: string): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, { prefix: "open-data" });
  try {
    const deps = scratch.deps;
    const parse = await timed(async () => {
      const parser = new CsvStreamParser();
      let n = 0;
      for await (const chunk of createReadStream(file, { encoding: "utf8" })) {
        n += parser.push(chunk as string).length;
      }
      return n + parser.end().length - 1;
    });
    const imported = await timed(async () => {
      const started = await startImport(deps, SYSTEM, {
        dataset: "acled",
        target: "context",
        fileName: "acled.csv",
        content: createReadStream(file),
        queue: false,
      });
      return runImport(deps, started.id);
    });
    if (imported.result.imported !== ROWS) {
      throw new Error(`imported ${imported.result.imported} of ${ROWS} rows`);
    }
    const out = join(dir, `export-${engine}.csv`);
    const exported = await timed(() =>
      pipeline(
        Readable.from(contextOpenData(deps, SYSTEM, "acled", "acled")),
        createWriteStream(out),
      ),
    );
    const perSecond = (ms: number) => ROWS / (ms / 1000);
    const mb = (statSync(file).size / 1024 ** 2).toFixed(1);
    return [
      ...relativeTo(
        {
          figure: `${engine}: plain CSV parse of ${ROWS} rows, no database (baseline)`,
          value: perSecond(parse.ms),
          unit: "rows/s",
        },
        [
          {
            figure: `${engine}: import as context events`,
            value: perSecond(imported.ms),
            unit: "rows/s",
          },
          {
            figure: `${engine}: export context events as ACLED`,
            value: perSecond(exported.ms),
            unit: "rows/s",
          },
        ],
      ),
      ...absolute([
        { figure: `${engine}: file size (${ROWS} rows)`, value: Number(mb), unit: "MB" },
        { figure: `${engine}: memory growth, parse`, value: parse.peakMb, unit: "MB" },
        { figure: `${engine}: memory growth, import`, value: imported.peakMb, unit: "MB" },
        { figure: `${engine}: memory growth, export`, value: exported.peakMb, unit: "MB" },
      ]),
    ];
  } finally {
    await scratch.close();
  }
}
