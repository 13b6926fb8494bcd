/**
 * `npm run bench [-- name …]`: runs every `bench/<name>.bench.ts` (or the named ones) one after
 * the other, prints each table and writes `bench/results/<name>.json`. Exits non-zero when a
 * benchmark fails; a figure below its target is reported, not a failure.
 */
import { readdirSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { missesTarget, report, type BenchmarkModule } from "./report.js";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const SUFFIX = ".bench.ts";

function available(): string[] {
  return readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => f.slice(0, -SUFFIX.length))
    .sort();
}

async function main(args: string[]): Promise<number> {
  const all = available();
  const unknown = args.filter((a) => !all.includes(a));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark ${unknown.join(", ")}; available: ${all.join(", ")}`);
    return 2;
  }
  let failed = 0;
  for (const name of args.length > 0 ? args : all) {
    console.error(`-- ${name}`);
    try {
      const url = pathToFileURL(`${BENCH_DIR}/${name}${SUFFIX}`).href;
      const mod = (await import(url)) as BenchmarkModule;
      const rows = await mod.run();
      const path = report(name, rows);
      const below = rows.filter(missesTarget).map((r) => r.figure);
      if (below.length > 0) console.log(`${name}: target missed: ${below.join("; ")}`);
      console.error(`-- ${name}: written to ${relative(process.cwd(), path)}`);
    } catch (err) {
      failed++;
      // Only the message: an error from PGlite prints a huge minified line (stack-notes.md).
      console.error(`-- ${name} FAILED: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

// Exit explicitly: a benchmark that failed half-way may leave a database handle open.
process.exit(await main(process.argv.slice(2)));
