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
  let incidentRef: string;
  let gnaTracking: string;
  let lnaTracking: string;
  const sirte: string[] = [];
  let militia: string;
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
    const tracking = new Map<string, string>();
    const file = async (token: string, body: Record<string, unknown>) => {
      const res = await call(app, "POST", "/api/v1/reports", { token, body: reportJson(body) });
      expect(res.status).toBe(201);
      tracking.set(res.body.id, res.body.trackingId);
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
    incidentRef = incident.body.reference;
    gnaTracking = tracking.get(gnaReport)!;
    lnaTracking = tracking.get(lnaReport)!;
    // One town written three ways (gazetteer variants), and one word in two Arabic spellings.
    sirte.push(
      await file(t.monitor, {
        sourceKind: "monitor",
        description: "Artillery fire west of Sirte.",
      }),
      await file(t.monitor, {
        sourceKind: "monitor",
        description: "قصف مدفعي غرب سرت",
        language: "ar",
      }),
    );
    militia = await file(t.monitor, {
      sourceKind: "monitor",
      description: "تحركات ميليشيات مسلحة قرب الطريق الساحلي",
      language: "ar",
    });
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

  it("finds a report by its tracking id and an incident by its reference, first, in any case and without leading zeros", async () => {
    const [first] = await find(t.analyst, gnaTracking);
    expect(first).toMatchObject({ type: "report", id: gnaReport, matchedField: "label" });
    const number = Number(gnaTracking.slice(2));
    for (const q of [gnaTracking.toLowerCase(), `R-${number}`, `r${number}`, `R ${number}`]) {
      expect((await find(t.analyst, q))[0]?.id, q).toBe(gnaReport);
    }
    const [inc] = await find(t.analyst, incidentRef.toLowerCase());
    expect(inc).toMatchObject({ type: "incident", id: incidentId, label: incidentRef });
    expect((await find(t.analyst, `INC-${Number(incidentRef.slice(4))}`))[0]?.id).toBe(incidentId);
  });

  it("names the one record a query that is exactly its id points to, for opening it directly", async () => {
    const res = await call(app, "GET", `/api/v1/search?q=${encodeURIComponent(incidentRef)}`, {
      token: t.analyst,
    });
    expect(res.body.exact).toEqual({ type: "incident", id: incidentId, label: incidentRef });
    const words = await call(app, "GET", "/api/v1/search?q=Washka", { token: t.analyst });
    expect(words.body.exact).toBeNull();
  });

  it("a party liaison typing the tracking id of the other party's complaint gets nothing", async () => {
    for (const q of [lnaTracking, lnaTracking.toLowerCase(), `R-${Number(lnaTracking.slice(2))}`]) {
      const res = await call(app, "GET", `/api/v1/search?q=${encodeURIComponent(q)}`, {
        token: t.liaisonGna,
      });
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
      expect(res.body.exact).toBeNull();
      expect(JSON.stringify(res.body)).not.toContain(lnaReport);
    }
    // nor the incident that holds it, before any release
    const inc = await call(app, "GET", `/api/v1/search?q=${incidentRef}`, { token: t.liaisonGna });
    expect(inc.body.items).toEqual([]);
    // while its own complaint's id finds it
    expect((await find(t.liaisonGna, gnaTracking)).map((h) => h.id)).toEqual([gnaReport]);
  });

  it("a place name finds the reports that spell the place another way (gazetteer variants)", async () => {
    for (const q of ["Surt", "Sirte", "سرت", "Sirt"]) {
      const ids = (await find(t.analyst, q)).map((h) => h.id).sort();
      expect(ids, q).toEqual([...sirte].sort());
    }
    const [hit] = await find(t.analyst, "Surt qasf");
    expect(hit).toBeUndefined();
    const both = await find(t.analyst, "Surt قصف");
    expect(both.map((h) => h.id)).toEqual([sirte[1]]);
  });

  it("a liaison's place-name search stays within its scope", async () => {
    expect(await find(t.liaisonGna, "Surt")).toEqual([]);
    expect(await find(t.liaisonLna, "سرت")).toEqual([]);
  });

  it("Arabic words that differ only in an inner long vowel meet: ميليشيات and مليشيات", async () => {
    for (const q of ["مليشيات", "ميليشيات", "الميليشيات", "ملیشیات"]) {
      const hits = await find(t.analyst, q);
      expect(
        hits.map((h) => h.id),
        q,
      ).toEqual([militia]);
      expect(hits[0]!.snippet, q).toContain("ميليشيات");
    }
    expect(await find(t.liaisonGna, "مليشيات")).toEqual([]);
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
