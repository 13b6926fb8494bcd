/**
 * The layer rules of layers.config.js, tried on fixtures: each forbidden import (and SQL written
 * in a service) is reported by `npm run check` (ESLint), each allowed one is not.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax")
    .map((m) => m.message);
}

const CASES: [file: string, code: string, forbidden: boolean][] = [
  ["src/domain/fixture.ts", 'import { findReport } from "../store/reports-repo.js";', true],
  ["src/domain/geo/fixture.ts", 'import { getReport } from "../../services/reports.js";', true],
  ["src/domain/fixture.ts", 'import { readFileSync } from "node:fs";', true],
  ["src/domain/fixture.ts", 'import { sql } from "kysely";', true],
  ["src/domain/fixture.ts", 'import { CATEGORIES } from "./taxonomy.js";', false],
  ["src/store/fixture.ts", 'import { getReport } from "../services/reports.js";', true],
  ["src/store/fixture.ts", 'import { buildApp } from "../http/app.js";', true],
  ["src/store/fixture.ts", 'import { CATEGORIES } from "../domain/taxonomy.js";', false],
  ["src/services/fixture.ts", 'import { buildApp } from "../http/app.js";', true],
  ["src/services/fixture.ts", 'import { findReport } from "../store/reports-repo.js";', false],
  ["src/services/fixture.ts", 'import { libyaGazetteer } from "../demo/geo/libya-geo.js";', true],
  // Services write no SQL: the statements live in the repositories of src/store.
  ["src/services/fixture.ts", 'export const f = (db) => db.selectFrom("reports").execute();', true],
  ["src/services/fixture.ts", 'export const f = (tx) => tx.deleteFrom("jobs").execute();', true],
  ["src/services/fixture.ts", 'import { sql } from "kysely";', true],
  ["src/services/fixture.ts", "export const f = (db, fn) => db.transaction().execute(fn);", false],
  ["src/services/fixture.test.ts", 'export const f = (db) => db.selectFrom("reports");', false],
  ["src/http/routes/fixture.ts", 'import { findReport } from "../../store/reports-repo.js";', true],
  ["src/http/routes/fixture.ts", 'import { getReport } from "../../services/reports.js";', false],
  ["src/cli/fixture.ts", 'import { findReport } from "../store/reports-repo.js";', true],
  [
    "web/src/pages/Fixture.tsx",
    'import { getReport } from "../../../src/services/reports.js";',
    true,
  ],
  [
    "web/src/pages/Fixture.tsx",
    'import { findReport } from "../../../src/store/reports-repo.js";',
    true,
  ],
  [
    "web/src/pages/Fixture.tsx",
    'import { CATEGORIES } from "../../../src/domain/taxonomy.js";',
    false,
  ],
];

describe("the layer rules", () => {
  it.each(CASES)("%s: %s (forbidden: %s)", async (file, code, forbidden) => {
    const errors = await layerErrors(file, `${code}\nexport {};\n`);
    if (forbidden) expect(errors).toHaveLength(1);
    else expect(errors).toEqual([]);
  });
});
