import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson, testApp, withoutRequestId } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";

interface Item {
  kind: "report" | "incident";
  id: string;
  score: number;
  reasons: Record<string, unknown>;
  sentence: { en: string; ar: string };
}

describeEachEngine("same-event candidates API", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  const ids: Record<string, string> = {};

  async function file(name: string, token: string, overrides: Record<string, unknown>) {
    const res = await call(app, "POST", "/api/v1/reports", { token, body: reportJson(overrides) });
    expect(res.status).toBe(201);
    ids[name] = res.body.id;
  }

  async function candidates(name: string, token: string) {
    return call(app, "GET", `/api/v1/reports/${ids[name] ?? name}/candidates`, { token });
  }

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
    // One exchange of fire at Ain Zara, each party blaming the other (as in the demo): the GNA
    // gives a point; the LNA only names the place, in Arabic, and frames it as an attack on it.
    await file("gna", t.liaisonGna, { allegedParty: "LNA" });
    const { location: _, ...named } = reportJson({
      allegedParty: "GNA",
      category: "A1",
      occurredFrom: "2020-01-14T22:50:00Z",
      occurredTo: "2020-01-15T00:10:00Z",
      description: "قصف من مواقع حكومة الوفاق على تمركزاتنا",
      language: "ar",
    });
    const lna = await call(app, "POST", "/api/v1/reports", {
      token: t.liaisonLna,
      body: { ...named, placeName: "عين زارة" },
    });
    ids.lna = lna.body.id;
    // Not the same event: Sirte at the same hour, Ain Zara three days earlier, a movement restriction.
    await file("sirte", t.liaisonLna, {
      allegedParty: "GNA",
      location: { lat: 31.205, lon: 16.589 },
    });
    await file("earlier", t.liaisonGna, {
      allegedParty: "LNA",
      occurredFrom: "2020-01-11T21:00:00Z",
      occurredTo: "2020-01-11T22:00:00Z",
    });
    await file("d1", t.monitor, { sourceKind: "monitor", category: "D1" });
    // A monitor saw it from 400 m away; intake already opened an incident from that observation.
    await file("monitor", t.monitor, {
      sourceKind: "monitor",
      location: { lat: 32.7985, lon: 13.285 },
    });
    const inc = await call(app, "POST", "/api/v1/incidents", {
      token: t.intake,
      body: { reportIds: [ids.monitor] },
    });
    expect(inc.status).toBe(201);
    ids.incident = inc.body.id;
  });

  it("both parties' opposite complaints about one exchange are candidates of each other", async () => {
    const fromGna = await candidates("gna", t.intake);
    expect(fromGna.status).toBe(200);
    expect(fromGna.body.report.id).toBe(ids.gna);
    const lna = fromGna.body.items.find((i: Item) => i.id === ids.lna);
    expect(lna).toBeDefined();
    expect(lna.kind).toBe("report");
    expect(lna.reasons).toMatchObject({
      overlapMinutes: 40,
      category: { relation: "family", a: "A3", b: "A1" },
      oppositeBlame: { a: "GNA", b: "LNA" },
    });
    expect(lna.reasons.distanceKm).toBeLessThan(2);
    expect(lna.sentence.en).toMatch(/km apart, windows overlap 40 min, A3 and A1 \(same family\)/);
    expect(lna.sentence.ar).toContain("اتهام متبادل");

    const fromLna = await candidates("lna", t.analyst);
    const gna = fromLna.body.items.find((i: Item) => i.id === ids.gna);
    expect(gna.score).toBe(lna.score);
    expect(gna.reasons.oppositeBlame).toEqual({ a: "GNA", b: "LNA" });
  });

  it("offers the incident an observation of the event went into, and ranks by score", async () => {
    const res = await candidates("gna", t.chief);
    const items: Item[] = res.body.items;
    const incident = items.find((i) => i.id === ids.incident);
    expect(incident?.kind).toBe("incident");
    expect(incident?.reasons.distanceKm).toBeLessThan(1);
    // The triaged observation is offered through its incident, not on its own.
    expect(items.some((i) => i.id === ids.monitor)).toBe(false);
    const scores = items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("leaves out what is too far away, too long before, or of another kind", async () => {
    const res = await candidates("gna", t.intake);
    const found = res.body.items.map((i: Item) => i.id);
    expect(found).not.toContain(ids.sirte);
    expect(found).not.toContain(ids.earlier);
    expect(found).not.toContain(ids.d1);
    expect(found).not.toContain(ids.gna);
  });

  it("matches reports without coordinates on their normalised place name", async () => {
    const { location: _, ...named } = reportJson({ category: "A4" });
    const first = await call(app, "POST", "/api/v1/reports", {
      token: t.intake,
      body: { ...named, sourceKind: "media", placeName: "Nowhere Farm" },
    });
    const second = await call(app, "POST", "/api/v1/reports", {
      token: t.monitor,
      body: { ...named, sourceKind: "monitor", placeName: "nowhere-farm" },
    });
    expect(first.body.locationResolution.status).toBe("unresolved");
    const res = await candidates(first.body.id, t.intake);
    const match = res.body.items.find((i: Item) => i.id === second.body.id);
    expect(match.reasons).toMatchObject({ distanceKm: null, samePlaceName: "Nowhere Farm" });
    expect(match.sentence.en).toMatch(/^same place name \(Nowhere Farm\)/);
  });

  it("is for triage roles only: a liaison learns nothing, whose report it may be", async () => {
    const own = await candidates("gna", t.liaisonGna);
    const others = await candidates("lna", t.liaisonGna);
    const none = await candidates("00000000-0000-4000-8000-00000000abcd", t.liaisonGna);
    expect(own.status).toBe(403);
    expect(others.status).toBe(403);
    expect(none.status).toBe(403);
    expect(withoutRequestId(others.body)).toEqual(withoutRequestId(own.body));
    expect(withoutRequestId(none.body)).toEqual(withoutRequestId(own.body));
    expect(JSON.stringify(others.body)).not.toMatch(/R-\d{6}|A1|LNA/);
    expect((await candidates("gna", t.monitor)).status).toBe(403);
    expect((await call(app, "GET", `/api/v1/reports/${ids.gna}/candidates`)).status).toBe(401);
  });

  it("answers 404 for an unknown report and 400 for a malformed id", async () => {
    const missing = await candidates("00000000-0000-4000-8000-00000000abcd", t.intake);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("report_not_found");
    expect((await candidates("not-a-uuid", t.intake)).status).toBe(400);
  });
});
