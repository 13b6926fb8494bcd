import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type Actors, type TestUserName } from "../../../test/fixtures.js";
import { login } from "../../../src/services/auth.js";
import { PASSWORD } from "../../../test/fixtures.js";

type Row = { key: string; reports: number; incidents: number };

/**
 * Need-to-know by area (issue 12): a team marked "area only" reads only incidents (and reports)
 * located in its sectors, through every read path; a team without the mark only opens there.
 */
describeEachEngine("a team's area of responsibility", (ctx) => {
  let app: FastifyInstance;
  let actors: Actors;
  let t: Record<TestUserName, string>;
  const ids = { tripoliReport: "", sirteReport: "", tripoli: "", sirte: "" };
  // An area-only analyst's and monitor's tokens, taken after they joined the team.
  let narrowed: { analyst: string; monitor: string };

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
    const file = async (where: { lat: number; lon: number }, canary: string) => {
      const res = await call(app, "POST", "/api/v1/reports", {
        token: t.monitor,
        body: reportJson({
          sourceKind: "monitor",
          location: where,
          description: `Shelling heard, ${canary}.`,
        }),
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.tripoliReport = await file({ lat: 32.795, lon: 13.287 }, "CANARYTRIPOLI");
    ids.sirteReport = await file({ lat: 31.2, lon: 16.59 }, "CANARYSIRTE");
    const open = async (reportId: string) => {
      const res = await call(app, "POST", "/api/v1/incidents", {
        token: t.intake,
        body: { reportIds: [reportId] },
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.tripoli = await open(ids.tripoliReport);
    ids.sirte = await open(ids.sirteReport);

    const admin = (method: "POST" | "PATCH", url: string, body: unknown) =>
      call(app, method, `/api/v1${url}`, { token: t.admin, body });
    expect(
      (
        await admin("POST", "/admin/teams", {
          code: "tripoli",
          nameEn: "Tripoli",
          nameAr: "طرابلس",
          sectors: ["tripoli_front"],
          areaOnly: true,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await admin("POST", "/admin/teams", {
          code: "tripoli-open",
          nameEn: "Tripoli (open)",
          nameAr: "طرابلس (مفتوح)",
          sectors: ["tripoli_front"],
        })
      ).status,
    ).toBe(201);
    for (const [who, team] of [
      ["analyst", "tripoli"],
      ["monitor", "tripoli"],
      ["analyst2", "tripoli-open"],
    ] as const) {
      const res = await admin("PATCH", `/admin/users/${actors[who].userId}`, { team });
      expect(res.status).toBe(204);
    }
    const token = async (u: string) => {
      const s = await login(ctx.deps, u, PASSWORD);
      if (s.kind !== "session") throw new Error("no session");
      return s.token;
    };
    narrowed = { analyst: await token("analyst"), monitor: await token("monitor") };
  });

  const get = (token: string, url: string) => call(app, "GET", `/api/v1${url}`, { token });

  describe("an area-only analyst", () => {
    it("lists and opens only the incidents in the area", async () => {
      const list = await get(narrowed.analyst, "/incidents?limit=200");
      expect(list.status).toBe(200);
      const listed = (list.body.items as { id: string }[]).map((i) => i.id);
      expect(listed).toContain(ids.tripoli);
      expect(listed).not.toContain(ids.sirte);
      expect((await get(narrowed.analyst, `/incidents/${ids.sirte}`)).status).toBe(404);
      expect((await get(narrowed.analyst, `/incidents/${ids.tripoli}`)).status).toBe(200);
      expect((await get(narrowed.analyst, `/reports/${ids.sirteReport}`)).status).toBe(404);
    });

    it("finds nothing outside the area in search, the map, the export or the counts", async () => {
      const search = await get(narrowed.analyst, "/search?q=CANARYSIRTE");
      expect(search.status).toBe(200);
      expect(search.raw).not.toContain(ids.sirte);
      expect(search.raw).not.toContain(ids.sirteReport);
      expect((await get(narrowed.analyst, "/search?q=CANARYTRIPOLI")).raw).toContain(
        ids.tripoliReport,
      );
      const map = await get(narrowed.analyst, "/incidents.geojson");
      expect(map.status).toBe(200);
      expect(map.raw).toContain(ids.tripoli);
      expect(map.raw).not.toContain(ids.sirte);
      const reportsMap = await get(narrowed.analyst, "/reports.geojson");
      expect(reportsMap.raw).not.toContain(ids.sirteReport);
      const csv = await get(narrowed.analyst, "/incidents.csv");
      expect(csv.status).toBe(200);
      expect(csv.raw).not.toContain(ids.sirte);
      const stats = await get(narrowed.analyst, "/stats/dashboard?at=2020-01-15T12:00:00Z");
      expect(stats.status).toBe(200);
      const sectors = stats.body.windows.last30.bySector as Row[];
      const sirte = sectors.find((r) => r.key === "sirte_jufra");
      expect(sirte?.incidents ?? 0).toBe(0);
      expect(sirte?.reports ?? 0).toBe(0);
      expect(sectors.find((r) => r.key === "tripoli_front")?.incidents).toBe(1);
    });
  });

  it("a monitor on an area-only team keeps its own reports but reads no incident outside", async () => {
    expect((await get(narrowed.monitor, `/reports/${ids.sirteReport}`)).status).toBe(200);
    expect((await get(narrowed.monitor, `/incidents/${ids.sirte}`)).status).toBe(404);
    expect((await get(narrowed.monitor, `/incidents/${ids.tripoli}`)).status).toBe(200);
  });

  it("a team without need-to-know narrows nothing; the member learns their team's area", async () => {
    expect((await get(t.analyst2, `/incidents/${ids.sirte}`)).status).toBe(200);
    const me = await get(t.analyst2, "/auth/me");
    expect(me.body.team).toEqual({
      code: "tripoli-open",
      nameEn: "Tripoli (open)",
      nameAr: "طرابلس (مفتوح)",
      sectors: ["tripoli_front"],
      areaOnly: false,
    });
    expect((await get(t.chief, "/auth/me")).body.team).toBeNull();
  });

  it("the reports list, its CSV and its map filter by sector, within the reader's own scope", async () => {
    const listed = async (token: string, query: string) => {
      const res = await get(token, `/reports?limit=200&${query}`);
      expect(res.status, query).toBe(200);
      return (res.body.items as { id: string }[]).map((r) => r.id);
    };
    const tripoli = await listed(t.analyst2, "sector=tripoli_front");
    expect(tripoli).toContain(ids.tripoliReport);
    expect(tripoli).not.toContain(ids.sirteReport);
    const both = await listed(t.analyst2, "sector=tripoli_front,sirte_jufra");
    expect(both).toEqual(expect.arrayContaining([ids.tripoliReport, ids.sirteReport]));
    const csv = await get(t.analyst2, "/reports.csv?sector=sirte_jufra");
    expect(csv.status).toBe(200);
    expect(csv.raw).toContain("CANARYSIRTE");
    expect(csv.raw).not.toContain("CANARYTRIPOLI");
    const map = await get(t.analyst2, "/reports.geojson?sector=sirte_jufra");
    expect(map.status).toBe(200);
    expect(map.raw).toContain(ids.sirteReport);
    expect(map.raw).not.toContain(ids.tripoliReport);
    // A party's liaison filtering by a sector finds none of the mission's reports there.
    expect(await listed(t.liaisonLna, "sector=tripoli_front,sirte_jufra")).toEqual([]);
    const unknown = await get(t.analyst2, "/reports?sector=nowhere");
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ details: { field: "sector" } });
  });

  it("lifting the mark widens the members' reads at once", async () => {
    const res = await call(app, "PATCH", "/api/v1/admin/teams/tripoli", {
      token: t.admin,
      body: { areaOnly: false },
    });
    expect(res.status).toBe(204);
    expect((await get(narrowed.analyst, `/incidents/${ids.sirte}`)).status).toBe(200);
    await call(app, "PATCH", "/api/v1/admin/teams/tripoli", {
      token: t.admin,
      body: { areaOnly: true },
    });
    expect((await get(narrowed.analyst, `/incidents/${ids.sirte}`)).status).toBe(404);
  });
});
