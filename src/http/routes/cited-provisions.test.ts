import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { createAgreementForTest } from "../../../test/agreements.js";
import { describeEachEngine } from "../../../test/db.js";
import {
  PASSWORD,
  loginAll,
  seedActors,
  seedThirdParty,
  type TestUserName,
} from "../../../test/fixtures.js";
import { reviseProvision } from "../../services/agreements.js";
import { login } from "../../services/auth.js";

/**
 * The incident page carries the wording each finding cites, as in force when the finding was
 * drafted — for the mission every version, for the parties the released one only.
 */
describeEachEngine("the wording of the provisions a finding cites", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let actors: Awaited<ReturnType<typeof seedActors>>;
  let tpfToken: string;
  let id: string;

  async function at(when: string) {
    ctx.clock.set(when);
    t = await loginAll(ctx.deps, actors);
    tpfToken = ((await login(ctx.deps, "liaisontpf", PASSWORD)) as { token: string }).token;
  }
  const get = (token: string, url: string) => call(app, "GET", `/api/v1${url}`, { token });
  const post = (token: string, url: string, body: unknown) =>
    call(app, "POST", `/api/v1${url}`, { token, body });
  const move = (token: string, to: string) => post(token, `/incidents/${id}/transitions`, { to });
  const finding = {
    outcome: "violation_unattributed",
    verificationLevel: "V2",
    attributionLevel: "undetermined",
    provisions: ["TEST/1"],
    publicNarrative: "Mortar rounds struck a residential area.",
  };

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    await seedThirdParty(ctx.deps);
    await at("2020-01-15T08:00:00Z");
    await createAgreementForTest(ctx.deps);
    app = await testApp(ctx);
    const report = await post(t.liaisonGna, "/reports", reportJson({ allegedParty: "LNA" }));
    id = (await post(t.intake, "/incidents", { reportIds: [report.body.id] })).body.id as string;
    await move(t.intake, "triaged");
    await move(t.analyst, "under_verification");
    expect((await post(t.analyst, `/incidents/${id}/findings`, finding)).status).toBe(201);
    // The provision's wording changes after the finding was drafted.
    await at("2020-01-16T08:00:00Z");
    await reviseProvision(
      ctx.deps,
      actors.chief,
      { code: "TEST/1" },
      {
        textEn: "Cease all fire and all shelling",
        textAr: "",
        obligatedParties: ["GNA", "LNA"],
        reason: "The signed text names shelling.",
      },
    );
  });

  it("the mission reads the wording in force when the finding was drafted, with its version", async () => {
    const page = await get(t.analyst, `/incidents/${id}`);
    expect(page.status).toBe(200);
    expect(page.body.citedProvisions).toEqual([
      {
        findingVersion: 1,
        code: "TEST/1",
        agreementCode: "TEST",
        authoritativeLanguage: "en",
        version: 1,
        textEn: "Cease all fire",
        textAr: "وقف إطلاق النار",
        recordedAt: "2020-01-15T08:00:00.000Z",
      },
    ]);
  });

  it("a finding drafted after the change cites the new wording; each version its own", async () => {
    expect((await post(t.analyst, `/incidents/${id}/findings`, finding)).status).toBe(201);
    const page = await get(t.analyst, `/incidents/${id}`);
    const cited = page.body.citedProvisions as { findingVersion: number; version: number }[];
    expect(cited.map((c) => [c.findingVersion, c.version])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it("a party reads no wording before the release, then the released finding's only", async () => {
    expect((await get(t.liaisonGna, `/incidents/${id}`)).body.citedProvisions).toEqual([]);
    await move(t.analyst, "assessed");
    await move(t.analyst, "in_review");
    await move(t.chief, "endorsed");
    expect((await move(t.chief, "restricted_release")).status).toBe(200);
    await at("2020-01-17T08:00:00Z");
    const page = await get(t.liaisonGna, `/incidents/${id}`);
    expect(page.body.findings.map((f: { version: number }) => f.version)).toEqual([2]);
    expect(page.body.citedProvisions).toEqual([
      expect.objectContaining({
        findingVersion: 2,
        version: 2,
        textEn: "Cease all fire and all shelling",
        textAr: "",
      }),
    ]);
    // The release read alone carries the same wording, outside its frozen (hashed) content.
    const releases = await get(t.chief, `/releases?incidentId=${id}`);
    const release = await get(t.liaisonGna, `/releases/${releases.body.items[0].id}`);
    expect(release.body.citedProvisions).toEqual(page.body.citedProvisions);
    expect(JSON.stringify(release.body.content)).not.toContain("shelling");
    // A party the incident does not concern reads nothing of it.
    const other = await get(tpfToken, `/incidents/${id}`);
    expect(other.status).toBe(404);
    expect(other.raw).not.toContain("shelling");
  });
});
