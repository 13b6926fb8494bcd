import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { seedIllustrativeLayers } from "../../demo/geo-layers.js";
import { evaluateAllPending } from "../../services/geo-evaluations.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type Actors, type TestUserName } from "../../../test/fixtures.js";

interface Feature {
  id: string;
  geometry: { coordinates: [number, number] };
  properties: Record<string, unknown> & { count?: number; cluster?: boolean };
}
interface Collection {
  type: string;
  features: Feature[];
  meta: { clustered: boolean; total: number; zoom?: number };
}

const TRIPOLI = { lat: 32.795, lon: 13.287 };
const SIRTE = { lat: 31.205, lon: 16.589 };
const TRIPOLI_BOX = "12.9,32.5,13.6,33.0";
const LIBYA_BOX = "9,19,26,34";

describeEachEngine("map GeoJSON endpoints", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let actors: Actors;
  const filed: Record<string, string[]> = { GNA: [], LNA: [], monitor: [] };

  async function file(token: string, overrides: Record<string, unknown>) {
    const res = await call(app, "POST", "/api/v1/reports", { token, body: reportJson(overrides) });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function geojson(path: string, token?: string) {
    const res = await call(app, "GET", `/api/v1/${path}`, { token });
    return { ...res, collection: res.body as Collection };
  }

  const pointIds = (c: Collection) => c.features.map((f) => f.id).sort();
  const clusterTotal = (c: Collection) =>
    c.features.reduce((n, f) => n + (f.properties.count as number), 0);

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
    for (let i = 0; i < 3; i++) {
      const location = { lat: TRIPOLI.lat + i * 0.01, lon: TRIPOLI.lon - i * 0.01 };
      filed.GNA!.push(await file(t.liaisonGna, { allegedParty: "LNA", location }));
      const at = { lat: SIRTE.lat + i * 0.01, lon: SIRTE.lon };
      filed.LNA!.push(
        await file(t.liaisonLna, { allegedParty: "GNA", location: at, category: "A1" }),
      );
    }
    // The LNA's complaint about the same Tripoli shelling, and an older monitor observation.
    filed.LNA!.push(await file(t.liaisonLna, { allegedParty: "GNA", category: "A1" }));
    filed.monitor!.push(
      await file(t.monitor, {
        sourceKind: "monitor",
        occurredFrom: "2020-01-10T10:00:00Z",
        occurredTo: "2020-01-10T11:00:00Z",
      }),
    );
    // Not on the map: a place nobody can find.
    const { location: _, ...unlocated } = reportJson({ allegedParty: "LNA" });
    await call(app, "POST", "/api/v1/reports", {
      token: t.liaisonGna,
      body: { ...unlocated, placeName: "Xyzzy Nowhere" },
    });
  });

  describe("reports.geojson", () => {
    it("answers a GeoJSON FeatureCollection of the located reports in the box", async () => {
      const res = await geojson(`reports.geojson?bbox=${TRIPOLI_BOX}`, t.intake);
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^application\/geo\+json/);
      expect(res.collection.type).toBe("FeatureCollection");
      expect(res.collection.meta).toEqual({ clustered: false, total: 5 });
      expect(pointIds(res.collection)).toEqual(
        [...filed.GNA!, filed.LNA![3]!, filed.monitor![0]!].sort(),
      );
      const f = res.collection.features.find((x) => x.id === filed.GNA![1])!;
      expect(f.geometry.coordinates).toEqual([TRIPOLI.lon - 0.01, TRIPOLI.lat + 0.01]);
      expect(f.properties).toMatchObject({
        id: filed.GNA![1],
        category: "A3",
        status: "received",
        sourceKind: "party_complaint",
        occurredFrom: "2020-01-14T21:00:00.000Z",
        verificationLevel: null,
      });
      expect(f.properties.trackingId).toMatch(/^R-\d{6}$/);
    });

    it("filters by time window, category, source kind and status", async () => {
      const window = await geojson(
        `reports.geojson?bbox=${TRIPOLI_BOX}&occurredFrom=2020-01-09T00:00:00Z&occurredTo=2020-01-11T00:00:00Z`,
        t.intake,
      );
      expect(pointIds(window.collection)).toEqual(filed.monitor);
      const a1 = await geojson(`reports.geojson?bbox=${LIBYA_BOX}&category=A1`, t.intake);
      expect(pointIds(a1.collection)).toEqual([...filed.LNA!].sort());
      const monitor = await geojson(`reports.geojson?sourceKind=monitor`, t.intake);
      expect(pointIds(monitor.collection)).toEqual(filed.monitor);
      const merged = await geojson(`reports.geojson?status=merged`, t.intake);
      expect(merged.collection.features).toEqual([]);
    });

    it("takes the spatial filters of the list endpoint, and agrees with it", async () => {
      await seedIllustrativeLayers(ctx.deps, { kind: "system", name: "demo" });
      await evaluateAllPending(ctx.deps);
      let matched = 0;
      for (const filter of ["side=GNA", "side=LNA", "nearLineKm=5"]) {
        const list = await call(app, "GET", `/api/v1/reports?limit=200&${filter}`, {
          token: t.intake,
        });
        const ids = (list.body.items as { id: string; location?: unknown }[])
          .filter((r) => r.location)
          .map((r) => r.id)
          .sort();
        const map = await geojson(`reports.geojson?${filter}`, t.intake);
        expect(pointIds(map.collection), filter).toEqual(ids);
        matched += ids.length;
      }
      expect(matched).toBeGreaterThan(0);
      const none = await geojson(`reports.geojson?nearLineKm=0.001`, t.intake);
      const all = await geojson(`reports.geojson`, t.intake);
      expect(none.collection.features.length).toBeLessThan(all.collection.features.length);
    });

    it("returns grid clusters above the point limit, and their counts add up", async () => {
      const points = await geojson(`reports.geojson?bbox=${LIBYA_BOX}`, t.intake);
      expect(points.collection.meta.clustered).toBe(false);
      const clusters = await geojson(`reports.geojson?bbox=${LIBYA_BOX}&maxPoints=3`, t.intake);
      const c = clusters.collection;
      expect(c.meta.clustered).toBe(true);
      expect(c.meta.total).toBe(points.collection.features.length);
      expect(clusterTotal(c)).toBe(points.collection.features.length);
      // Tripoli and Sirte are far apart: two cells at the zoom derived from the box.
      expect(c.features).toHaveLength(2);
      const tripoli = c.features.find((f) => f.geometry.coordinates[0] < 14)!;
      expect(tripoli.properties.count).toBe(5);
      expect(tripoli.properties.category).toEqual({ A3: 4, A1: 1 });
      expect(tripoli.properties.status).toEqual({ received: 5 });
      expect(tripoli.id).toMatch(/^cell:\d+:-?\d+:-?\d+$/);
      const [minLon, minLat, maxLon, maxLat] = tripoli.properties.cell as number[];
      const [lon, lat] = tripoli.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(minLon!);
      expect(lon).toBeLessThanOrEqual(maxLon!);
      expect(lat).toBeGreaterThanOrEqual(minLat!);
      expect(lat).toBeLessThanOrEqual(maxLat!);
    });

    it("a finer zoom splits the same records into more cells, never finer than the box", async () => {
      const view = `reports.geojson?bbox=${TRIPOLI_BOX}&maxPoints=1`;
      const coarse = await geojson(`${view}&zoom=2`, t.intake);
      const fine = await geojson(`${view}&zoom=22`, t.intake);
      expect(coarse.collection.features).toHaveLength(1);
      expect(fine.collection.features.length).toBeGreaterThan(1);
      expect(clusterTotal(coarse.collection)).toBe(5);
      expect(clusterTotal(fine.collection)).toBe(5);
      // A 0.7° × 0.5° box is seen at about zoom 10: a finer grid would only be noise.
      expect(fine.collection.meta.zoom).toBe(10);
    });

    it("a party liaison's points, clusters and counts hold its own party's reports only", async () => {
      const points = await geojson(`reports.geojson?bbox=${LIBYA_BOX}`, t.liaisonGna);
      expect(pointIds(points.collection)).toEqual([...filed.GNA!].sort());
      expect(points.collection.features.every((f) => f.properties.submitterParty === "GNA")).toBe(
        true,
      );
      const clusters = await geojson(`reports.geojson?bbox=${LIBYA_BOX}&maxPoints=1`, t.liaisonGna);
      expect(clusters.collection.meta.total).toBe(3);
      expect(clusterTotal(clusters.collection)).toBe(3);
      // No cell at Sirte, where only the other party filed.
      expect(clusters.collection.features.every((f) => f.geometry.coordinates[0] < 14)).toBe(true);
      // In Tripoli, where both filed, the LNA's liaison sees only its own complaint.
      const lna = await geojson(`reports.geojson?bbox=${TRIPOLI_BOX}`, t.liaisonLna);
      expect(lna.collection.meta.total).toBe(1);
      expect(pointIds(lna.collection)).toEqual([filed.LNA![3]]);
    });

    it("refuses a bad bbox with a clear error", async () => {
      for (const [bbox, words] of [
        ["13,32,12,33", /minLon is greater than maxLon/],
        ["12,33,13,32", /minLat is greater than maxLat/],
        ["12,32,13", /four numbers/],
        ["12,32,13,x", /four numbers/],
        ["12,-95,13,33", /latitudes must be between -90 and 90/],
        ["-190,32,13,33", /longitudes must be between -180 and 180/],
      ] as const) {
        const res = await geojson(`reports.geojson?bbox=${bbox}`, t.intake);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe("validation_failed");
        expect(res.body.error.message).toMatch(words);
        expect(res.body.error.details).toEqual({ field: "bbox" });
      }
      const zoom = await geojson(`reports.geojson?zoom=40`, t.intake);
      expect(zoom.status).toBe(400);
    });

    it("needs a login, and a role that reads reports", async () => {
      expect((await geojson("reports.geojson")).status).toBe(401);
      expect((await geojson("reports.geojson", t.auditor)).status).toBe(403);
    });
  });

  describe("incidents.geojson", () => {
    let incidentId: string;

    beforeAll(async () => {
      const res = await call(app, "POST", "/api/v1/incidents", {
        token: t.intake,
        body: { reportIds: [filed.GNA![0], filed.LNA![3]] },
      });
      expect(res.status).toBe(201);
      incidentId = res.body.id;
      const moved = await call(app, "POST", `/api/v1/incidents/${incidentId}/transitions`, {
        token: t.intake,
        body: { to: "triaged" },
      });
      expect(moved.status).toBe(200);
      const finding = await call(app, "POST", `/api/v1/incidents/${incidentId}/findings`, {
        token: t.analyst,
        body: {
          outcome: "unable_to_determine",
          verificationLevel: "V1",
          attributionLevel: "undetermined",
          publicNarrative: "The patrol could not reach the site.",
        },
      });
      expect(finding.status).toBe(201);
    });

    it("shows the mission the incident with its latest verification level", async () => {
      const res = await geojson(`incidents.geojson?bbox=${TRIPOLI_BOX}`, t.analyst);
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^application\/geo\+json/);
      expect(res.collection.features).toHaveLength(1);
      expect(res.collection.features[0]!.properties).toMatchObject({
        id: incidentId,
        state: "triaged",
        category: "A3",
        verificationLevel: "V1",
      });
      expect(res.collection.features[0]!.properties.reference).toMatch(/^INC-\d{5}$/);
      const clusters = await geojson(`incidents.geojson?maxPoints=1&bbox=${LIBYA_BOX}`, t.analyst);
      // One incident never exceeds the limit of one.
      expect(clusters.collection.meta.clustered).toBe(false);
    });

    it("filters incidents by state and time", async () => {
      const closed = await geojson(`incidents.geojson?state=closed`, t.analyst);
      expect(closed.collection.features).toEqual([]);
      const later = await geojson(`incidents.geojson?occurredFrom=2020-01-15T00:00:00Z`, t.analyst);
      expect(later.collection.features).toEqual([]);
    });

    it("does not show a party the verification level of an unreleased finding", async () => {
      const res = await geojson(`incidents.geojson?bbox=${TRIPOLI_BOX}`, t.liaisonGna);
      expect(res.status).toBe(200);
      const mine = res.collection.features.filter((f) => f.id === incidentId);
      for (const f of mine) expect(f.properties.verificationLevel).toBeNull();
    });
  });

  describe("above 2,000 points", () => {
    beforeAll(async () => {
      // Rows written directly: the map reads them exactly like filed ones.
      await sql`INSERT INTO reports (id, tracking_id, source_kind, submitted_by, submitter_party,
          alleged_party, received_at, occurred_from, occurred_to, lat, lon, category, description,
          language)
        SELECT gen_random_uuid(), 'R-9' || lpad(g::text, 5, '0'), 'party_complaint',
          ${actors.liaisonLna.userId}::uuid, 'LNA', 'GNA', '2020-01-15T07:00:00Z',
          '2020-01-14T20:00:00Z', '2020-01-14T21:00:00Z', 32.0 + (g % 50) * 0.01,
          20.0 + (g / 50) * 0.01, 'A1', 'bulk', 'en'
        FROM generate_series(1, 2100) g`.execute(ctx.deps.db);
    });

    it("clusters by default, and every located report is counted once", async () => {
      const res = await geojson(`reports.geojson?bbox=${LIBYA_BOX}`, t.intake);
      const c = res.collection;
      expect(c.meta.clustered).toBe(true);
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM reports
        WHERE lat IS NOT NULL`.execute(ctx.deps.db);
      expect(c.meta.total).toBe(rows[0]!.n);
      expect(clusterTotal(c)).toBe(rows[0]!.n);
      expect(JSON.stringify(c).length).toBeLessThan(50_000);
    });

    it("the other party's liaison sees none of them, in points or in counts", async () => {
      const res = await geojson(`reports.geojson?bbox=${LIBYA_BOX}`, t.liaisonGna);
      expect(res.collection.meta).toEqual({ clustered: false, total: 3 });
      const lna = await geojson(`reports.geojson?bbox=${LIBYA_BOX}`, t.liaisonLna);
      expect(lna.collection.meta.clustered).toBe(true);
      expect(lna.collection.meta.total).toBe(2100 + filed.LNA!.length);
    });
  });
  describe("the time window and the time extent", () => {
    const LATER = { occurredFrom: "2020-01-15T05:00:00Z", occurredTo: "2020-01-15T06:00:00Z" };
    let later: string;

    beforeAll(async () => {
      // The LNA files the newest event of all, at Sirte.
      later = await file(t.liaisonLna, { allegedParty: "GNA", location: SIRTE, ...LATER });
    });

    it("a window around the other party's newest report shows a liaison nothing: no point, no count", async () => {
      const window = "occurredFrom=2020-01-15T04:00:00Z&occurredTo=2020-01-15T07:00:00Z";
      const mine = await geojson(`reports.geojson?${window}`, t.liaisonLna);
      expect(pointIds(mine.collection)).toEqual([later]);
      const gna = await geojson(`reports.geojson?${window}`, t.liaisonGna);
      expect(gna.collection.meta).toEqual({ clustered: false, total: 0 });
      const cells = await geojson(`reports.geojson?${window}&maxPoints=1`, t.liaisonGna);
      expect(cells.collection.features).toEqual([]);
      const incidents = await geojson(`incidents.geojson?${window}`, t.liaisonGna);
      expect(incidents.collection.features).toEqual([]);
    });

    it("the reports' time extent ends at the caller's own newest report, never the other party's", async () => {
      const intake = await call(app, "GET", "/api/v1/map/reports/time-extent", { token: t.intake });
      expect(intake.status).toBe(200);
      expect(intake.body).toEqual({
        firstEventAt: "2020-01-10T11:00:00.000Z",
        latestEventAt: "2020-01-15T05:00:00.000Z",
      });
      const lna = await call(app, "GET", "/api/v1/map/reports/time-extent", {
        token: t.liaisonLna,
      });
      expect(lna.body.latestEventAt).toBe("2020-01-15T05:00:00.000Z");
      const gna = await call(app, "GET", "/api/v1/map/reports/time-extent", {
        token: t.liaisonGna,
      });
      expect(gna.body).toEqual({
        firstEventAt: "2020-01-14T23:30:00.000Z",
        latestEventAt: "2020-01-14T21:00:00.000Z",
      });
    });

    it("the incidents' time extent spans exactly the incidents the caller sees on the map", async () => {
      for (const user of ["analyst", "liaisonGna", "liaisonLna", "commission"] as const) {
        const extent = await call(app, "GET", "/api/v1/map/incidents/time-extent", {
          token: t[user],
        });
        expect(extent.status, user).toBe(200);
        const seen = (await geojson("incidents.geojson", t[user])).collection.features;
        const starts = seen.map((f) => f.properties.occurredFrom as string).sort();
        const ends = seen.map((f) => f.properties.occurredTo as string).sort();
        expect(extent.body, user).toEqual({
          firstEventAt: ends[0] ?? null,
          latestEventAt: starts.at(-1) ?? null,
        });
      }
    });

    it("needs a login, and a role that reads the records", async () => {
      const anonymous = await call(app, "GET", "/api/v1/map/reports/time-extent", {});
      expect(anonymous.status).toBe(401);
      for (const dataset of ["reports", "incidents"]) {
        const auditor = await call(app, "GET", `/api/v1/map/${dataset}/time-extent`, {
          token: t.auditor,
        });
        expect(auditor.status).toBe(403);
        expect(auditor.body.error.code).toBe("forbidden");
      }
      const commission = await call(app, "GET", "/api/v1/map/reports/time-extent", {
        token: t.commission,
      });
      expect(commission.status).toBe(403);
    });
  });
});
