import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { absolute, formatTable, missesTarget, relativeTo, writeResults } from "./report.js";

const dir = mkdtempSync(join(tmpdir(), "cfm-bench-results-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = relativeTo({ figure: "raw inserts", value: 1000, unit: "reports/s" }, [
  { figure: "HTTP, 1 client", value: 250, unit: "reports/s", target: 0.5 },
  { figure: "HTTP, 32 clients", value: 600.04, unit: "reports/s", target: 0.5 },
]);

it("figures are ratios against the baseline, which is its own first row", () => {
  expect(rows).toEqual([
    {
      figure: "raw inserts",
      value: 1000,
      unit: "reports/s",
      baseline: 1000,
      ratio: 1,
      target: null,
    },
    {
      figure: "HTTP, 1 client",
      value: 250,
      unit: "reports/s",
      baseline: 1000,
      ratio: 0.25,
      target: 0.5,
    },
    {
      figure: "HTTP, 32 clients",
      value: 600,
      unit: "reports/s",
      baseline: 1000,
      ratio: 0.6,
      target: 0.5,
    },
  ]);
  expect(rows.map(missesTarget)).toEqual([false, true, false]);
});

it("writes exactly the documented fields, and a second run replaces the first", () => {
  writeResults("smoke", absolute([{ figure: "old", value: 1, unit: "ms" }]), dir);
  const path = writeResults("smoke", rows, dir);
  expect(path).toBe(join(dir, "smoke.json"));
  const written = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>[];
  expect(written).toEqual(rows);
  for (const row of written) {
    expect(Object.keys(row)).toEqual(["figure", "value", "unit", "baseline", "ratio", "target"]);
  }
});

it("prints one line per figure and marks a figure below its target", () => {
  const lines = formatTable("smoke", rows).split("\n");
  expect(lines).toHaveLength(3 + rows.length);
  expect(lines[4]).toContain("below target");
  expect(lines[5]).not.toContain("below target");
});

it("refuses a name that is not a plain file name", () => {
  expect(() => writeResults("../escape", rows, dir)).toThrow(/bad benchmark name/);
});

it("holds durations to a ceiling and rates to a floor", () => {
  const rows = relativeTo({ figure: "small", value: 100, unit: "ms" }, [
    { figure: "large, fast enough", value: 140, unit: "ms", target: 1.5 },
    { figure: "large, too slow", value: 160, unit: "ms", target: 1.5 },
  ]);
  expect(rows.map(missesTarget)).toEqual([false, false, true]);
  expect(formatTable("t", rows)).toContain("above target");
});
