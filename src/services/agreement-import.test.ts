import { beforeAll, expect, it } from "vitest";
import { countRows, describeEachEngine } from "../../test/db.js";
import { seedActors, type Actors } from "../../test/fixtures.js";
import { readAgreementsFile } from "../domain/agreements-file.js";
import { importAgreements } from "./agreement-import.js";
import { listAgreements, provisionHistory } from "./agreements.js";

const FILE = [
  {
    code: "STOCKHOLM-HOD",
    title: { en: "Agreement on the City of Hodeidah", ar: "اتفاق حول مدينة الحديدة" },
    signedAt: "2018-12-13T00:00:00Z",
    entryIntoForce: "2018-12-18T00:00:00Z",
    authoritativeLanguage: "en",
    provisions: [
      {
        code: "STOCKHOLM-HOD/1",
        text: { en: "An immediate ceasefire", ar: "وقف فوري لإطلاق النار" },
        obligatedParties: ["GNA", "LNA"],
      },
      {
        code: "STOCKHOLM-HOD/2",
        text: { en: "Mutual redeployment", ar: "إعادة انتشار متبادلة" },
        obligatedParties: ["GNA", "LNA"],
      },
    ],
  },
];
const text = (v: unknown) => JSON.stringify(v, null, 2);

it("reads a file, and names the file, line and column of every problem at once", () => {
  const bad = text([
    {
      ...FILE[0],
      signedAt: "13 December",
      provisions: [{ code: "X/1", text: { en: "", ar: "" }, obligatedParties: ["gna"] }],
    },
  ]);
  const read = readAgreementsFile("missions/x/agreements.json", bad);
  expect(read.ok).toBe(false);
  if (read.ok) return;
  const lines = bad.split("\n");
  const at = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
  expect(read.problems.map((p) => [p.line, p.path])).toEqual([
    [at('"signedAt"'), "[0].signedAt"],
    [at('"text"'), "[0].provisions[0].text"],
    [at('"gna"'), "[0].provisions[0].obligatedParties[0]"],
  ]);
  expect(read.problems[0]!.file).toBe("missions/x/agreements.json");
  const syntax = readAgreementsFile("a.json", '[\n  { "code": "A",\n  }\n  oops');
  expect(syntax.ok).toBe(false);
  if (!syntax.ok) expect(syntax.problems[0]!.line).toBe(4);
});

it("refuses unknown fields, a missing field and a code used twice", () => {
  const bad = text([{ ...FILE[0], colour: "red", title: { en: "t" } }, { ...FILE[0] }]);
  const read = readAgreementsFile("f.json", bad);
  expect(read.ok).toBe(false);
  if (read.ok) return;
  const messages = read.problems.map((p) => p.message).join("\n");
  expect(messages).toMatch(/"colour" is not a field here/);
  expect(messages).toMatch(/"ar" is missing/);
  expect(messages).toMatch(/agreement code "STOCKHOLM-HOD" is used twice/);
  expect(messages).toMatch(/provision code "STOCKHOLM-HOD\/1" is used twice/);
});

describeEachEngine("importing agreements.json", (ctx) => {
  let a: Actors;
  beforeAll(async () => {
    a = await seedActors(ctx.deps);
  });
  const run = (v: unknown, actor = a.admin) =>
    importAgreements(ctx.deps, actor, { fileName: "agreements.json", text: text(v) });

  it("creates what is new; the same file twice changes nothing", async () => {
    const first = await run(FILE);
    expect(first.agreementsCreated).toEqual(["STOCKHOLM-HOD"]);
    expect(first.provisionsAdded).toHaveLength(2);
    const audit = await countRows(ctx.deps.db, "audit_entries");
    const again = await run(FILE);
    expect(again).toMatchObject({
      agreementsCreated: [],
      agreementsUpdated: [],
      provisionsAdded: [],
      provisionsRevised: [],
      unchanged: 2,
    });
    expect(await countRows(ctx.deps.db, "audit_entries")).toBe(audit);
  });

  it("a changed wording becomes a new version; a new provision is added", async () => {
    const changed = structuredClone(FILE);
    changed[0]!.provisions[1]!.text.en = "Mutual redeployment of forces from the city and ports";
    changed[0]!.provisions.push({
      code: "STOCKHOLM-HOD/3",
      text: { en: "UN leading role in the ports", ar: "دور قيادي للأمم المتحدة في الموانئ" },
      obligatedParties: [],
    });
    const s = await run(changed);
    expect(s.provisionsRevised).toEqual(["STOCKHOLM-HOD/2"]);
    expect(s.provisionsAdded).toEqual(["STOCKHOLM-HOD/3"]);
    const h = await provisionHistory(ctx.deps, a.chief, { code: "STOCKHOLM-HOD/2" });
    expect(h.versions.map((v) => v.textEn)).toEqual([
      "Mutual redeployment",
      "Mutual redeployment of forces from the city and ports",
    ]);
    expect(h.versions[1]!.reason).toEqual({ kind: "imported", file: "agreements.json" });
  });

  it("an unknown party refuses the whole file, naming the provision's line; nothing is written", async () => {
    const bad = structuredClone(FILE);
    bad[0]!.provisions[0]!.text.en = "Changed, but the file is refused";
    bad.push({
      ...structuredClone(FILE[0]!),
      code: "OTHER",
      provisions: [{ code: "OTHER/1", text: { en: "x", ar: "" }, obligatedParties: ["HOUTHI"] }],
    });
    const versions = await countRows(ctx.deps.db, "provision_versions");
    const err = await run(bad).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "validation_failed", details: { file: "agreements.json" } });
    const problems = (err as { details: { problems: { line: number; message: string }[] } }).details
      .problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/HOUTHI/);
    // The provision's opening brace, the line before its code.
    const codeLine =
      text(bad)
        .split("\n")
        .findIndex((l) => l.includes('"OTHER/1"')) + 1;
    expect(problems[0]!.line).toBe(codeLine - 1);
    expect(await countRows(ctx.deps.db, "provision_versions")).toBe(versions);
    expect((await listAgreements(ctx.deps, a.chief)).map((x) => x.code)).toEqual(["STOCKHOLM-HOD"]);
  });

  it("a liaison may not import", async () => {
    await expect(run(FILE, a.liaisonGna)).rejects.toMatchObject({ code: "forbidden" });
  });
});
