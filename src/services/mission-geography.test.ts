/**
 * No country is baked into the services: given another mission's geography through the port
 * (`deps.geography`), place search, intake, text search, point evaluation and layer validation
 * use that geography and nothing of the shipped one.
 */
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { reportInput, seedActors, type Actors } from "../../test/fixtures.js";
import { prepareDistricts } from "../domain/geo/districts.js";
import { buildGazetteer, type Place } from "../domain/geo/gazetteer.js";
import type { MissionGeography } from "../domain/geo/mission-geography.js";
import type { Deps } from "./deps.js";
import { addLayerVersion, createLayer } from "./geo.js";
import { evaluateLocation } from "./geo-evaluations.js";
import { createReport } from "./intake.js";
import { searchPlaces } from "./places.js";
import { search } from "./search.js";

const place = (p: Pick<Place, "id" | "name" | "nameAr" | "lat" | "lon" | "kind">): Place => ({
  variants: [],
  population: null,
  approximate: false,
  sources: ["fixture"],
  districtId: "YE-HU",
  ...p,
});

/** A made-up mission in Yemen: two places, one district, its area. */
function hodeidahFixture(): MissionGeography {
  const gazetteer = buildGazetteer([
    place({
      id: "fixture:hodeidah",
      name: "Hodeidah",
      nameAr: "الحديدة",
      lat: 14.798,
      lon: 42.954,
      kind: "city",
    }),
    place({
      id: "fixture:zabid",
      name: "Zabid",
      nameAr: "زبيد",
      lat: 14.195,
      lon: 43.315,
      kind: "town",
    }),
  ]);
  const districts = prepareDistricts([
    {
      id: "YE-HU",
      name: "Al Hudaydah",
      nameAr: "الحديدة",
      variants: [],
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [42.5, 13.8],
            [43.7, 13.8],
            [43.7, 16.0],
            [42.5, 16.0],
            [42.5, 13.8],
          ],
        ],
      },
    },
  ]);
  return {
    gazetteer: () => gazetteer,
    districts: () => districts,
    area: () => [42.0, 12.5, 44.5, 17.0],
    refresh: () => Promise.resolve(),
  };
}

describeEachEngine("a mission's geography given through the port", (ctx) => {
  let actors: Actors;
  let yemen: Deps;
  const NEAR_ZABID = { lat: 14.2, lon: 43.32 };

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    yemen = { ...ctx.deps, geography: hodeidahFixture() };
  });

  it("place search finds that mission's places only, in their districts", () => {
    const hits = searchPlaces(yemen, actors.analyst, { q: "الحديدة", limit: 5 });
    expect(hits.map((h) => h.id)).toEqual(["fixture:hodeidah"]);
    expect(hits[0]!.district).toEqual({ id: "YE-HU", name: "Al Hudaydah", nameAr: "الحديدة" });
    for (const q of ["Tripoli", "Misrata", "سرت"]) {
      expect(searchPlaces(yemen, actors.analyst, { q, limit: 5 }), q).toEqual([]);
    }
  });

  it("a report naming one of its places is located from its gazetteer", async () => {
    const input = reportInput({ location: undefined, placeName: "زبيد" });
    const { report } = await createReport(yemen, actors.liaisonGna, input);
    expect(report.locationResolution.status).toBe("gazetteer");
    expect(report.location).toEqual({ lat: 14.195, lon: 43.315 });
    const { report: elsewhere } = await createReport(ctx.deps, actors.liaisonGna, input);
    expect(elsewhere.locationResolution.status).toBe("unresolved");
  });

  it("text search reads a place's other names from its gazetteer", async () => {
    await createReport(
      yemen,
      actors.liaisonGna,
      reportInput({ description: "قصف مدفعي قرب ميناء الحديدة", language: "ar" }),
    );
    const found = await search(yemen, actors.analyst, { q: "Hodeidah", limit: 10 });
    expect(found.items.map((i) => i.snippet)).toEqual([expect.stringContaining("ميناء الحديدة")]);
    expect((await search(ctx.deps, actors.analyst, { q: "Hodeidah", limit: 10 })).items).toEqual(
      [],
    );
  });

  it("a point is described by its places and district, whichever geography evaluated first", async () => {
    const at = new Date("2020-01-14T21:00:00Z");
    const shipped = await evaluateLocation(ctx.deps, actors.analyst, { ...NEAR_ZABID, at });
    expect(shipped.district).toBeNull();
    const e = await evaluateLocation(yemen, actors.analyst, { ...NEAR_ZABID, at });
    expect(e.district).toEqual({ id: "YE-HU", name: "Al Hudaydah", nameAr: "الحديدة" });
    expect(e.nearestPlaces[0]).toMatchObject({ name: "Zabid", nameAr: "زبيد" });
  });

  it("layer geometry must lie in its area, not the shipped one's", async () => {
    const road = {
      validFrom: new Date("2020-01-01T00:00:00Z"),
      status: "working",
      source: "fixture",
      geometry: {
        type: "LineString" as const,
        coordinates: [
          [42.954, 14.798],
          [43.315, 14.195],
        ],
      },
    };
    const inYemen = await createLayer(yemen, actors.analyst, { kind: "road", name: "Coast road" });
    expect(await addLayerVersion(yemen, actors.analyst, inYemen.id, road)).toMatchObject({
      version: 1,
    });
    const shipped = await createLayer(ctx.deps, actors.analyst, { kind: "road", name: "Coast" });
    await expect(addLayerVersion(ctx.deps, actors.analyst, shipped.id, road)).rejects.toMatchObject(
      { code: "invalid_geometry" },
    );
  });
});
