import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { verifyAudit } from "../../services/audit.js";

describeEachEngine("places API and place-name-only reports", (ctx) => {
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    tokens = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
  });

  it("any logged-in user finds a place by an Arabic or Latin spelling, best first", async () => {
    for (const q of ["Misurata", "مصراتة", "Misratah"]) {
      const res = await call(app, "GET", `/api/v1/places?q=${encodeURIComponent(q)}&limit=3`, {
        token: tokens.liaisonLna,
      });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      expect(res.body.items[0]).toMatchObject({ name: "Misrata", nameAr: "مصراتة", kind: "city" });
      expect(typeof res.body.items[0].lat).toBe("number");
      expect(typeof res.body.items[0].lon).toBe("number");
    }
  });

  it("refuses a search without login and without a query", async () => {
    expect((await call(app, "GET", "/api/v1/places?q=Sirte")).status).toBe(401);
    const empty = await call(app, "GET", "/api/v1/places?q=", { token: tokens.intake });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe("validation_failed");
  });

  describe("the places the map names in a view", () => {
    type Label = {
      name: string;
      nameAr: string | null;
      kind: string;
      population: number | null;
      lat: number;
      lon: number;
    };
    const labels = async (query: string, token = tokens.monitor) => {
      const res = await call(app, "GET", `/api/v1/places/labels?${query}`, { token });
      expect(res.status, query).toBe(200);
      return res.body.items as Label[];
    };

    it("from afar: cities only, the most populous first, capped", async () => {
      const items = await labels("bbox=9,19,26,34&zoom=5&limit=8");
      expect(items).toHaveLength(8);
      expect(new Set(items.map((p) => p.kind))).toEqual(new Set(["city"]));
      expect(items[0]!.name).toBe("Tripoli");
      expect(items[0]!.nameAr).toBe("طرابلس");
      const populations = items.map((p) => p.population ?? -1);
      expect(populations).toEqual([...populations].sort((a, b) => b - a));
    });

    it("closer in: towns, villages and then suburbs too, all inside the box, cities first", async () => {
      const box = [13, 32.6, 13.6, 33];
      const items = await labels(`bbox=${box.join(",")}&zoom=12&limit=200`);
      expect(items.every((p) => p.lon >= 13 && p.lon <= 13.6 && p.lat >= 32.6 && p.lat <= 33)).toBe(
        true,
      );
      const kinds = items.map((p) => p.kind);
      expect(kinds).toContain("suburb");
      expect(kinds.indexOf("city")).toBe(0);
      // at zoom 7 over the same box, no suburb nor village is named
      const far = await labels(`bbox=${box.join(",")}&zoom=7`);
      expect(far.map((p) => p.kind).filter((k) => k === "suburb" || k === "village")).toEqual([]);
      expect(far.length).toBeLessThan(items.length);
    });

    it("refuses a box that is not one and a zoom out of range, and a caller not logged in", async () => {
      for (const q of [
        "bbox=13,33,12,32&zoom=5",
        "bbox=a,b,c,d&zoom=5",
        "zoom=40",
        "bbox=9,19,26,34",
        "zoom=5&limit=0",
      ]) {
        const res = await call(app, "GET", `/api/v1/places/labels?${q}`, { token: tokens.intake });
        expect(res.status, q).toBe(400);
        expect(res.body.error.code).toBe("validation_failed");
      }
      expect((await call(app, "GET", "/api/v1/places/labels?zoom=5")).status).toBe(401);
    });
  });

  it("locates a report that names a place, with the place's where_prec", async () => {
    const { location: _, ...noCoordinates } = reportJson({ allegedParty: "LNA" });
    const res = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonGna,
      body: { ...noCoordinates, placeName: "عين زارة" },
    });
    expect(res.status).toBe(201);
    expect(res.body.location.lat).toBeCloseTo(32.8, 1);
    expect(res.body.location.lon).toBeCloseTo(13.29, 1);
    expect(res.body.wherePrecision).toBe(1);
    expect(res.body.locationResolution.status).toBe("gazetteer");
    expect(res.body.locationResolution.candidates[0].name).toBe("Ain Zara");
    const city = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonGna,
      body: { ...noCoordinates, placeName: "Misurata" },
    });
    expect(city.body.wherePrecision).toBe(2);
    // The stored row says where the coordinates came from.
    const row = await ctx.deps.db
      .selectFrom("reports")
      .select(["location_source", "lat"])
      .where("id", "=", city.body.id)
      .executeTakeFirstOrThrow();
    expect(row.location_source).toBe("gazetteer");
    expect(row.lat).toBeCloseTo(32.37, 1);
  });

  it("keeps a report with an ambiguous place name, unlocated, with the candidates", async () => {
    const { location: _, ...noCoordinates } = reportJson({ allegedParty: "LNA" });
    const res = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonGna,
      body: { ...noCoordinates, placeName: "Sultan" },
    });
    expect(res.status).toBe(201);
    expect(res.body.location).toBeNull();
    expect(res.body.locationResolution.status).toBe("ambiguous");
    expect(res.body.locationResolution.candidates).toHaveLength(2);
    const read = await call(app, "GET", `/api/v1/reports/${res.body.id}`, { token: tokens.intake });
    expect(read.body.locationResolution.status).toBe("ambiguous");
    expect(read.body.placeName).toBe("Sultan");
  });

  it("keeps a report whose place is unknown, unresolved", async () => {
    const { location: _, ...noCoordinates } = reportJson({ sourceKind: "public" });
    const res = await call(app, "POST", "/api/v1/reports", {
      body: { ...noCoordinates, placeName: "Xyzzy Nowhere" },
    });
    expect(res.status).toBe(201);
    const row = await ctx.deps.db
      .selectFrom("reports")
      .select(["location_source", "lat", "place_candidates"])
      .where("id", "=", res.body.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ location_source: "unresolved", lat: null, place_candidates: [] });
  });

  it("reports given coordinates keep them, marked as reported, and the audit chain holds", async () => {
    const res = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonLna,
      body: reportJson({ placeName: "Misrata", allegedParty: "GNA" }),
    });
    expect(res.body.location).toEqual({ lat: 32.795, lon: 13.287 });
    expect(res.body.locationResolution).toEqual({ status: "reported", candidates: [] });
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });

  it("a stored location source cannot be changed afterwards", async () => {
    const row = await ctx.deps.db.selectFrom("reports").select("id").executeTakeFirstOrThrow();
    await expect(
      ctx.deps.db
        .updateTable("reports")
        .set({ location_source: "unresolved", lat: null, lon: null })
        .where("id", "=", row.id)
        .execute(),
    ).rejects.toThrow(/immutable/);
  });
});
