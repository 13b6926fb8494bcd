/** The reports list's CSV export: what each viewer gets, the filters, the guards. */
import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { parseCsv } from "../../../test/csv.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type Actors } from "../../../test/fixtures.js";
import { exportReports } from "../../services/report-export.js";
import { REPORT_CSV_COLUMNS, REPORT_CSV_MISSION_COLUMNS } from "../presenters/reports-csv.js";

describeEachEngine("reports CSV export", (ctx) => {
  let app: FastifyInstance;
  let actors: Actors;
  let t: Awaited<ReturnType<typeof loginAll>>;
  const tracking: Record<string, string> = {};

  async function file(key: string, token: string, overrides: Record<string, unknown>) {
    const res = await call(app, "POST", "/api/v1/reports", { token, body: reportJson(overrides) });
    expect(res.status).toBe(201);
    tracking[key] = res.body.trackingId;
    return res.body;
  }

  async function csv(query: string, token: string) {
    const res = await call(app, "GET", `/api/v1/reports.csv${query}`, { token });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    return { raw: res.raw, ...parseCsv(res.raw) };
  }

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
    await file("gna", t.liaisonGna, {
      allegedParty: "LNA",
      description: "=cmd|' /C calc'!A0 shelling near the market",
    });
    await file("lna", t.liaisonLna, {
      allegedParty: "GNA",
      category: "A4",
      description: "قصف بطائرة مسيرة، قرب «سرت» — LNA-canary",
      language: "ar",
    });
    const placed = await file("placed", t.monitor, {
      sourceKind: "monitor",
      location: undefined,
      placeName: "misrata",
      category: "B1",
    });
    expect(placed.locationResolution.status).toBe("gazetteer");
  });

  it("gives an analyst every report with the internal columns and the resolved place", async () => {
    const { header, rows } = await csv("", t.analyst);
    expect(header).toEqual([...REPORT_CSV_COLUMNS, ...REPORT_CSV_MISSION_COLUMNS]);
    expect(rows.map((r) => r.tracking_id).sort()).toEqual(Object.values(tracking).sort());
    const placed = rows.find((r) => r.tracking_id === tracking.placed)!;
    expect(placed.place_as_given).toBe("misrata");
    expect(placed.place_resolved_en).toMatch(/Misrat/i);
    expect(placed.place_resolved_ar).toMatch(/مصرات/);
    expect(placed.location_source).toBe("gazetteer");
  });

  it("gives a liaison its own party's reports only, without the internal columns", async () => {
    const { header, rows, raw } = await csv("", t.liaisonGna);
    expect(header).toEqual([...REPORT_CSV_COLUMNS]);
    expect(rows.map((r) => r.tracking_id)).toEqual([tracking.gna]);
    expect(raw).not.toContain("LNA-canary");
    expect(raw).not.toContain(tracking.lna);
    // Filtering by the other party's category does not reach its rows either.
    expect((await csv("?category=A4", t.liaisonGna)).rows).toEqual([]);
  });

  it("keeps the list's filters", async () => {
    const { rows } = await csv("?category=B1", t.analyst);
    expect(rows.map((r) => r.tracking_id)).toEqual([tracking.placed]);
  });

  it("round-trips Arabic and guards formulas", async () => {
    const { rows } = await csv("", t.analyst);
    expect(rows.find((r) => r.tracking_id === tracking.lna)!.description).toBe(
      "قصف بطائرة مسيرة، قرب «سرت» — LNA-canary",
    );
    expect(rows.find((r) => r.tracking_id === tracking.gna)!.description).toBe(
      "'=cmd|' /C calc'!A0 shelling near the market",
    );
  });

  it("refuses an export above the cap", async () => {
    await expect(exportReports(ctx.deps, actors.analyst, {}, 2)).rejects.toMatchObject({
      code: "export_too_large",
    });
  });

  it("refuses the public and roles that read no reports", async () => {
    expect((await call(app, "GET", "/api/v1/reports.csv")).status).toBe(401);
    expect((await call(app, "GET", "/api/v1/reports.csv", { token: t.auditor })).status).toBe(403);
  });
});
