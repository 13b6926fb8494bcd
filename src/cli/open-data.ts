/** `cfm export` and `cfm import`: open data files (decision 0021). */
import { createReadStream, createWriteStream, statSync } from "node:fs";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { OPEN_DATA_FORMATS, type OpenDataFormat } from "../domain/open-data/export-formats.js";
import { CONTEXT_DATASETS, type ContextDataset } from "../domain/open-data/import-rows.js";
import { contextOpenData, publicOpenData } from "../services/open-data-export.js";
import {
  getImport,
  IMPORT_TARGETS,
  runImport,
  startImport,
  type DataImport,
  type ImportTarget,
} from "../services/open-data-import.js";
import { openRuntime } from "../runtime.js";

const CLI_ACTOR = { kind: "system", name: "cli" } as const;
/** Reading the problems back, a page at a time. */
const PROBLEM_PAGE = 1000;

function choice<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`Unknown ${what} "${value}"; one of: ${allowed.join(", ")}.`);
  }
  return value as T;
}

const n = (x: number) => x.toLocaleString("en");

function summary(imp: DataImport): string {
  return (
    `${imp.fileName} (${imp.layout ?? imp.dataset}): ${n(imp.rowsRead)} rows: ` +
    `${n(imp.imported)} imported, ${n(imp.duplicates)} skipped as duplicates, ${n(imp.refused)} refused.`
  );
}

export function registerOpenDataCommands(program: Command): void {
  program
    .command("export")
    .description(
      "Write the open data: the published incidents (as the public may see them), or with --context the imported context events",
    )
    .argument("<format>", OPEN_DATA_FORMATS.join(" | "))
    .requiredOption("--out <file>", "the file to write")
    .option("--context [dataset]", "the context events instead (all, or acled | ucdp)")
    .action(async (formatName: string, opts: { out: string; context?: string | boolean }) => {
      const format = choice<OpenDataFormat>(formatName, OPEN_DATA_FORMATS, "format");
      const dataset =
        typeof opts.context === "string"
          ? choice<ContextDataset>(opts.context, CONTEXT_DATASETS, "dataset")
          : undefined;
      const rt = await openRuntime(loadConfig(), { schema: "require" });
      try {
        const pieces = opts.context
          ? contextOpenData(rt.deps, CLI_ACTOR, format, dataset)
          : publicOpenData(rt.deps, format);
        await pipeline(Readable.from(pieces), createWriteStream(opts.out));
        console.log(`Wrote ${opts.out} (${n(statSync(opts.out).size)} bytes).`);
      } finally {
        await rt.close();
      }
    });

  program
    .command("import")
    .description(
      "Import an ACLED (current or pre-2023 columns) or UCDP GED CSV file: prints how many rows were imported, skipped as duplicates and refused, and why",
    )
    .argument("<dataset>", CONTEXT_DATASETS.join(" | "))
    .argument("<file>", "the CSV file")
    .option("--as <target>", `what the rows become: ${IMPORT_TARGETS.join(" | ")}`, "context")
    .action(async (datasetName: string, file: string, opts: { as: string }) => {
      const dataset = choice<ContextDataset>(datasetName, CONTEXT_DATASETS, "dataset");
      const target = choice<ImportTarget>(opts.as, IMPORT_TARGETS, "target");
      const rt = await openRuntime(loadConfig(), { schema: "require" });
      try {
        const started = await startImport(rt.deps, CLI_ACTOR, {
          dataset,
          target,
          fileName: basename(file),
          content: createReadStream(file),
          queue: false,
        });
        const done = await runImport(rt.deps, started.id, (p) => {
          const pct = p.fileBytes ? Math.floor((100 * p.bytesRead) / p.fileBytes) : 100;
          process.stderr.write(`\r${pct}% read, ${n(p.rowsRead)} rows…`);
        });
        process.stderr.write("\n");
        let after = 0;
        for (;;) {
          const page = await getImport(rt.deps, CLI_ACTOR, started.id, {
            after,
            limit: PROBLEM_PAGE,
          });
          for (const p of page.problems) {
            console.log(`${file}:${p.row}: ${p.column ? `${p.column}: ` : ""}${p.reason}`);
          }
          if (page.problems.length < PROBLEM_PAGE) break;
          after = page.problems.at(-1)!.n;
        }
        if (done.state === "failed") throw new Error(done.error ?? "The import failed.");
        console.log(summary(done));
      } finally {
        await rt.close();
      }
    });
}
