/**
 * The rule of eslint.config.js that keeps hand-written answer types out of web/src/api, tried on
 * fixtures: a shape written by hand is reported by `npm run check`, a type read off the generated
 * ones is not.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function ruleErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").length;
}

const HEAD = 'import type { Answer } from "./answers.js";\n';

const CASES: [what: string, code: string, errors: number][] = [
  ["an interface", "export interface Incident {\n  id: string;\n}\n", 1],
  ["an object type", "export type Incident = { id: string; title: string };\n", 1],
  [
    "a generated type widened by hand",
    HEAD + 'export type Incident = Answer<"/api/v1/incidents/{id}", "get"> & { extra: string };\n',
    1,
  ],
  ["an object type nested in a union", "export type Page = { items: string[] } | null;\n", 1],
  ["an answer", HEAD + 'export type Incident = Answer<"/api/v1/incidents/{id}", "get">;\n', 0],
  [
    "an indexed access into an answer",
    HEAD + 'export type Report = Answer<"/api/v1/reports", "get">["items"][number];\n',
    0,
  ],
  [
    "a pattern picking from a generated union",
    HEAD +
      'type P = Answer<"/api/v1/reports.geojson", "get">["features"][number]["properties"];\n' +
      "export type Cluster = Extract<P, { cluster: true }>;\n",
    0,
  ],
  [
    "a conditional type's pattern",
    "export type JsonOf<R> = R extends { content: { a: infer B } } ? B : never;\n",
    0,
  ],
];

describe("web/src/api holds no hand-written answer type", () => {
  it.each(CASES)("%s", async (_what, code, errors) => {
    expect(await ruleErrors("web/src/api/fixture-types.ts", code)).toBe(errors);
  });

  it("the rule is about web/src/api: a page may keep its own UI types", async () => {
    const code = "export interface Draft {\n  title: string;\n}\n";
    expect(await ruleErrors("web/src/pages/fixture.ts", code)).toBe(0);
  });
});
