import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { createAgreementForTest } from "../../../test/agreements.js";

type Hit = { type: string; id: string; label: string; matchedField: string; snippet: string };

describeEachEngine("search API", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let gnaReport: string;
  let lnaReport: string;
  let incidentId: string;
  const find = async (token: string, q: string) => {
    const res = await call(app, "GET", `/api/v1/search?q=${encodeURIComponent(q)}`, { token });
    expect(res.status).toBe(200);
    return res.body.items as Hit[];
  };

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    await createAgreementForTest(ctx.deps);
    app = await testApp(ctx);
    const file = async (token: string, body: Record<string, unknown>) => {
      const res = await call(app, "POST", "/api/v1/reports", { token, body: reportJson(body) });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    gnaReport = await file(t.liaisonGna, {
      allegedParty: "LNA",
      description: "سقوطُ قذائفَ هاون قرب مدرسة الأمل في تاجوراء",
      language: "ar",
      placeName: "تاجوراء",
    });
    lnaReport = await file(t.liaisonLna, {
      allegedParty: "GNA",
      description: "Drone strike reported near the Washka checkpoint; الوشكة",
      placeName: "Al Washka",
    });
    const incident = await call(app, "POST", "/api/v1/incidents", {
      token: t.intake,
      body: { reportIds: [lnaReport], title: "Drone strike at al-Washka" },
    });
    incidentId = incident.body.id;
    await call(app, "POST", `/api/v1/incidents/${incidentId}/transitions`, {
      token: t.intake,
      body: { to: "triaged" },
    });
    const f = await call(app, "POST", `/api/v1/incidents/${incidentId}/findings`, {
      token: t.analyst,
      body: {
        outcome: "unable_to_determine",
        verificationLevel: "V1",
        attributionLevel: "undetermined",
        publicNarrative: "Fragments of a loitering munition were photographed near the bridge.",
      },
    });
    expect(f.status).toBe(201);
  });

  it("finds Arabic text whatever the hamza, ta marbuta, diacritics or article", async () => {
    for (const q of ["مدرسه امل", "مَدْرَسَة الامل", "تاجورا", "قذائف هاون", "تـاجوراء"]) {
      const hits = await find(t.analyst, q);
      expect(
        hits.map((h) => h.id),
        q,
      ).toEqual([gnaReport]);
    }
  });

  it("answers with the type, the matched field and a snippet as written", async () => {
    const [hit] = await find(t.analyst, "مدرسه");
    expect(hit).toMatchObject({ type: "report", id: gnaReport, matchedField: "description" });
    expect(hit!.snippet).toContain("مدرسة الأمل");
    expect(hit!.label).toMatch(/^R-\d{6}$/);
  });

  it("finds English text regardless of case, and incidents by title and narrative", async () => {
    const hits = await find(t.analyst, "WASHKA");
    expect(hits.map((h) => [h.type, h.id])).toEqual([
      ["incident", incidentId],
      ["report", lnaReport],
    ]);
    const narrative = await find(t.analyst, "loitering munition");
    expect(narrative).toEqual([
      expect.objectContaining({ id: incidentId, matchedField: "publicNarrative" }),
    ]);
  });

  it("a party liaison finds nothing of the other party's complaints, not even a count", async () => {
    const res = await call(app, "GET", "/api/v1/search?q=Washka", { token: t.liaisonGna });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.truncated).toBe(false);
    expect(JSON.stringify(res.body)).not.toContain(lnaReport);
    expect(await find(t.liaisonGna, "الوشكة")).toEqual([]);
    expect((await find(t.liaisonGna, "تاجوراء")).map((h) => h.id)).toEqual([gnaReport]);
    expect(await find(t.liaisonLna, "مدرسة")).toEqual([]);
  });

  it("the liaison whose complaint it is finds its incident, but not the unreleased narrative", async () => {
    expect((await find(t.liaisonLna, "drone strike")).map((h) => h.type).sort()).toEqual([
      "incident",
      "report",
    ]);
    expect(await find(t.liaisonLna, "loitering")).toEqual([]);
  });

  it("a query with nothing to search for is refused with a reason", async () => {
    const res = await call(app, "GET", `/api/v1/search?q=${encodeURIComponent("؟ - ؟")}`, {
      token: t.analyst,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
  });

  it("needs a role that reads reports or incidents, and a login", async () => {
    expect((await call(app, "GET", "/api/v1/search?q=x", { token: t.auditor })).status).toBe(403);
    expect((await call(app, "GET", "/api/v1/search?q=x")).status).toBe(401);
  });

  it("the commission member searches released incidents only", async () => {
    expect(await find(t.commission, "Washka")).toEqual([]);
  });
});
