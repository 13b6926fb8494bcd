/**
 * How every benchmark reports: figures as ratios against a baseline measured in the same run
 * (the machine is shared and noisy, so only ratios compare between runs), printed as a table and
 * written to `bench/results/<name>.json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), "results");

/** One measured figure, e.g. `{ figure: "raw inserts", value: 2500, unit: "reports/s" }`. */
export interface Measurement {
  figure: string;
  value: number;
  unit: string;
  /** The ratio to the baseline this figure aims for, if it aims for one. */
  target?: number | null;
}

/** A line of `bench/results/<name>.json`. */
export interface ResultRow {
  figure: string;
  value: number;
  unit: string;
  /** The baseline figure's value, measured in the same run. */
  baseline: number | null;
  /** value / baseline. */
  ratio: number | null;
  target: number | null;
}

const round = (x: number) => Number(x.toPrecision(4));

/** The baseline's own row (ratio 1) followed by each figure relative to it. */
export function relativeTo(baseline: Measurement, figures: Measurement[]): ResultRow[] {
  const base = round(baseline.value);
  return [baseline, ...figures].map((m) => ({
    figure: m.figure,
    value: round(m.value),
    unit: m.unit,
    baseline: base,
    ratio: base > 0 ? round(m.value / baseline.value) : null,
    target: m === baseline ? null : (m.target ?? null),
  }));
}

/** Figures without a baseline (kept for context, e.g. a count or a size). */
export function absolute(figures: Measurement[]): ResultRow[] {
  return figures.map((m) => ({
    figure: m.figure,
    value: round(m.value),
    unit: m.unit,
    baseline: null,
    ratio: null,
    target: m.target ?? null,
  }));
}

/** Durations (ms, s, µs) are better lower; everything else (rates, speed-ups) higher. */
export function lowerIsBetter(unit: string): boolean {
  return /^(ms|s|µs|us)(\/|$)/.test(unit);
}

/**
 * A row misses its target when its ratio is on the wrong side of it: above it for a duration
 * ("at most 1.5 times the small case"), below it for a rate ("at least half the raw rate").
 */
export function missesTarget(row: ResultRow): boolean {
  if (row.target === null || row.ratio === null) return false;
  return lowerIsBetter(row.unit) ? row.ratio > row.target : row.ratio < row.target;
}

export function formatTable(name: string, rows: ResultRow[]): string {
  const head = ["figure", "value", "unit", "baseline", "ratio", "target", ""];
  const cells = rows.map((r) => [
    r.figure,
    String(r.value),
    r.unit,
    r.baseline === null ? "" : String(r.baseline),
    r.ratio === null ? "" : r.ratio.toFixed(2),
    r.target === null ? "" : r.target.toFixed(2),
    missesTarget(r) ? (lowerIsBetter(r.unit) ? "above target" : "below target") : "",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const numeric = new Set([1, 3, 4, 5]);
  const line = (c: string[]) =>
    c
      .map((x, i) => (numeric.has(i) ? x.padStart(widths[i]!) : x.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [
    `== ${name}`,
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map(line),
  ].join("\n");
}

/** Writes the rows to `<dir>/<name>.json`, replacing the previous run's; returns the path. */
export function writeResults(name: string, rows: ResultRow[], dir = RESULTS_DIR): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`bad benchmark name "${name}"`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(rows, null, 2) + "\n");
  return path;
}

/** Prints the table and writes the results file. */
export function report(name: string, rows: ResultRow[], dir = RESULTS_DIR): string {
  console.log(`\n${formatTable(name, rows)}\n`);
  return writeResults(name, rows, dir);
}

/**
 * What `bench/<name>.bench.ts` exports: `run()` measures and returns its rows; `bench/run.ts`
 * reports them under `<name>`. Progress goes to stderr so the tables stay readable.
 */
export interface BenchmarkModule {
  run(): Promise<ResultRow[]>;
}
