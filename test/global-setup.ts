/**
 * Runs once before all test files: builds a migrated PGlite template so each test file can start
 * a fresh database from it in about a second instead of running initdb and migrations again.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/store/database.js";
import { migrate } from "../src/store/migrate.js";
import { loadTestGazetteer } from "./gazetteer.js";

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "cfm-template-"));
  const database = await openDatabase({ engine: "pglite", dataDir: null });
  await migrate(database.db);
  await loadTestGazetteer(database.db);
  const dump = await database.pglite!.dumpDataDir("none");
  const path = join(dir, "template.tar");
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide("pgliteTemplate", path);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
