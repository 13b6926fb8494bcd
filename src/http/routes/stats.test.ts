import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { createAgreementForTest } from "../../../test/agreements.js";

type Row = { key: string; reports: number; incidents: number; violations: number };
const find = (rows: Row[], key: string) => rows.find((r) => r.key === key);

// The service clock stands at 2020-01-15T08:00Z: 10:00 on 15 January in Libya.
describeEachEngine("dashboard stats API", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  const dashboard = (token: string, query = "") =>
    call(app, "GET", `/api/v1/stats/dashboard${query}`, { token });

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
    // 23:00 on 14 January in Libya, Tripoli's southern front.
    const gna = await file(t.liaisonGna, { allegedParty: "LNA" });
    // 22:30 UTC on the 14th is 00:30 on 15 January in Libya: "today" for the mission.
    await file(t.liaisonLna, {
      allegedParty: "GNA",
      occurredFrom: "2020-01-14T22:30:00Z",
      occurredTo: "2020-01-14T22:45:00Z",
      location: { lat: 31.205, lon: 16.589 },
      category: "A1",
      description: "اشتباكات قرب سرت",
      language: "ar",
    });
    // Before the truce and without coordinates: in the 30-day window only.
    await file(t.monitor, {
      sourceKind: "monitor",
      occurredFrom: "2019-12-20T10:00:00Z",
      occurredTo: "2019-12-20T11:00:00Z",
      location: undefined,
      placeName: "an unnamed farm track",
      category: "B1",
    });
    const incident = await call(app, "POST", "/api/v1/incidents", {
      token: t.intake,
      body: { reportIds: [gna] },
    });
    const id = incident.body.id as string;
    await call(app, "POST", `/api/v1/incidents/${id}/transitions`, {
      token: t.intake,
      body: { to: "triaged" },
    });
    const finding = await call(app, "POST", `/api/v1/incidents/${id}/findings`, {
      token: t.analyst,
      body: {
        outcome: "violation_attributed",
        verificationLevel: "V2",
        attributionLevel: "attributed",
        attributedParty: "LNA",
        provisions: ["TEST/1"],
        publicNarrative: "Shelling of Ain Zara.",
      },
    });
    expect(finding.status).toBe(201);
  });

  describe("for the mission", () => {
    it("counts today in Libya time, not by the UTC date", async () => {
      const res = await dashboard(t.analyst);
      expect(res.status).toBe(200);
      expect(res.body.reference.day).toBe("2020-01-15");
      const today = res.body.windows.today;
      expect(today.totals).toEqual({ reports: 1, incidents: 0, violations: 0 });
      expect(today.bySector).toEqual([
        { key: "sirte_jufra", reports: 1, incidents: 0, violations: 0 },
      ]);
      expect(today.byCategory.map((r: Row) => r.key)).toEqual(["A1"]);
    });

    it("breaks the 7 and 30 days down by category, side, sector and verification level", async () => {
      const { windows } = (await dashboard(t.analyst)).body;
      expect(windows.last7.totals).toEqual({ reports: 2, incidents: 1, violations: 1 });
      expect(windows.last30.totals).toEqual({ reports: 3, incidents: 1, violations: 1 });
      const w = windows.last30;
      expect(find(w.bySide, "LNA")).toEqual({
        key: "LNA",
        reports: 1,
        incidents: 1,
        violations: 1,
      });
      expect(find(w.bySide, "GNA")).toMatchObject({ reports: 1, incidents: 0 });
      expect(find(w.bySector, "tripoli_front")).toMatchObject({ reports: 1, incidents: 1 });
      expect(find(w.bySector, "unlocated")).toMatchObject({ reports: 1, incidents: 0 });
      expect(find(w.byVerificationLevel, "V2")).toMatchObject({ reports: 1, incidents: 1 });
      expect(find(w.byVerificationLevel, "none")).toMatchObject({ reports: 2, incidents: 0 });
      expect(find(w.byCategory, "B1")).toMatchObject({ reports: 1 });
    });

    it("draws the trend from the agreement's entry into force to today", async () => {
      const { trend, entryIntoForce } = (await dashboard(t.analyst)).body;
      expect(entryIntoForce).toBe("2020-01-12T00:00:00.000Z");
      expect(trend.map((d: { day: string }) => d.day)).toEqual([
        "2020-01-12",
        "2020-01-13",
        "2020-01-14",
        "2020-01-15",
      ]);
      expect(trend[2]).toEqual({ day: "2020-01-14", reports: 1, incidents: 1 });
      expect(trend[3]).toEqual({ day: "2020-01-15", reports: 1, incidents: 0 });
    });

    it("takes another reference date, and says when the latest event was", async () => {
      const res = await dashboard(t.analyst, "?at=2020-03-01T12:00:00Z");
      expect(res.body.reference.day).toBe("2020-03-01");
      expect(res.body.windows.last30.totals).toEqual({ reports: 0, incidents: 0, violations: 0 });
      expect(res.body.latestEventAt).toBe("2020-01-14T22:30:00.000Z");
      expect(res.body.trend).toHaveLength(50);
    });

    it("refuses a reference that is not a date, or out of any record's range", async () => {
      const res = await dashboard(t.analyst, "?at=yesterday");
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      // Was a 500: a day after 9999-12-31 is no date the database takes.
      const far = await dashboard(t.analyst, "?at=9999-12-31T00:00:00Z");
      expect(far.status).toBe(400);
      expect(far.body.error.message).toContain("8999");
    });
  });

  describe("for a party liaison", () => {
    it("counts only its own party's complaints, never the other party's", async () => {
      const gna = (await dashboard(t.liaisonGna)).body;
      expect(gna.windows.today.totals).toEqual({ reports: 0, incidents: 0, violations: 0 });
      expect(gna.windows.last30.totals.reports).toBe(1);
      expect(gna.windows.last30.bySector.map((r: Row) => r.key)).toEqual(["tripoli_front"]);
      expect(gna.trend.reduce((n: number, d: { reports: number }) => n + d.reports, 0)).toBe(1);
      const lna = (await dashboard(t.liaisonLna)).body;
      expect(lna.windows.today.totals).toEqual({ reports: 1, incidents: 0, violations: 0 });
      expect(lna.windows.last30.totals).toEqual({ reports: 1, incidents: 0, violations: 0 });
      expect(lna.windows.last30.bySide.map((r: Row) => r.key)).toEqual(["GNA"]);
      expect(lna.latestEventAt).toBe("2020-01-14T22:30:00.000Z");
    });

    it("sees its own incident but not the unreleased finding: no side, level or violation", async () => {
      const w = (await dashboard(t.liaisonGna)).body.windows.last30;
      expect(w.totals.incidents).toBe(1);
      expect(w.totals.violations).toBe(0);
      expect(find(w.bySide, "LNA")).toMatchObject({ reports: 1, incidents: 0 });
      expect(find(w.bySide, "none")).toMatchObject({ incidents: 1 });
      expect(w.byVerificationLevel).toEqual([
        { key: "none", reports: 1, incidents: 1, violations: 0 },
      ]);
    });
  });

  describe("other roles", () => {
    it("a commission member sees released incidents only and no report counts", async () => {
      const res = await dashboard(t.commission);
      expect(res.status).toBe(200);
      expect(res.body.includesReports).toBe(false);
      expect(res.body.windows.last30.totals).toEqual({ reports: 0, incidents: 0, violations: 0 });
    });

    it("the auditor has no dashboard, and a visitor must log in", async () => {
      expect((await dashboard(t.auditor)).status).toBe(403);
      const anon = await call(app, "GET", "/api/v1/stats/dashboard");
      expect(anon.status).toBe(401);
    });
  });
});
