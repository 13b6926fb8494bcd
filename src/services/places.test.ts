import { describe, expect, it } from "vitest";
import { testGeography } from "../../test/db.js";
import type { Actor } from "../domain/roles.js";
import type { Deps } from "./deps.js";
import { locateReport, searchPlaces } from "./places.js";

// Searching the gazetteer reads no database: of the deps, only the geography is used.
const deps = { geography: testGeography } as Deps;
const liaison: Actor = {
  kind: "user",
  userId: "00000000-0000-4000-8000-000000000001",
  username: "liaisongna",
  role: "liaison",
  party: "GNA",
};
const top = (q: string) => searchPlaces(deps, liaison, { q, limit: 5 })[0];

describe("place search", () => {
  it.each([
    ["Misrata", "Misrata"],
    ["Misurata", "Misrata"],
    ["Misratah", "Misrata"],
    ["مصراتة", "Misrata"],
    ["مصراته", "Misrata"], // ta marbuta written as ha
    ["مِصْرَاتَة", "Misrata"], // with diacritics
    ["مصـــراتة", "Misrata"], // with tatweel
    ["Ajdabiya", "Ajdabiya"],
    ["Ajdabiyah", "Ajdabiya"],
    ["اجدابيا", "Ajdabiya"],
    ["أجدابيا", "Ajdabiya"], // hamza on alef
    ["إجدابيا", "Ajdabiya"],
    ["al-Aziziyah", "Al Aziziya"],
    ["Aziziya", "Al Aziziya"],
    ["العزيزية", "Al Aziziya"],
    ["عزيزية", "Al Aziziya"], // without the article
    ["Sirte", "Sirte"],
    ["Surt", "Sirte"],
    ["سرت", "Sirte"],
    ["Ain Zara", "Ain Zara"],
    ["Ayn Zarah", "Ain Zara"],
    ["عين زارة", "Ain Zara"],
    ["عَيْن زَارَة", "Ain Zara"],
  ])("%s finds %s first", (q, name) => {
    const hit = top(q);
    expect(hit?.name).toBe(name);
    expect(hit?.score).toBeGreaterThanOrEqual(0.85);
  });

  it("gives each hit its Arabic name, coordinates, kind and district", () => {
    const hit = top("Misurata")!;
    expect(hit.nameAr).toBe("مصراتة");
    expect(hit.lat).toBeCloseTo(32.37, 1);
    expect(hit.lon).toBeCloseTo(15.09, 1);
    expect(hit.kind).toBe("city");
    expect(hit.district?.nameAr).toBe("مصراتة");
    expect(hit.matchedName).toBeTruthy();
  });

  it("ranks the exact place before places that merely start with the name", () => {
    const hits = searchPlaces(deps, liaison, { q: "Ain Zara", limit: 5 });
    expect(hits.map((h) => h.name).slice(0, 2)).toEqual(["Ain Zara", "Ain Zara center"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.match).toBe("prefix");
  });

  it("offers first the place whose own name matches, not one that merely shares a variant", () => {
    const janzur = top("Janzour")!;
    expect(janzur).toMatchObject({ name: "Janzur", nameAr: "جنزور" });
    expect(janzur.lon).toBeCloseTo(13.03, 2); // by Tripoli, not the village near Tobruk
    for (const q of ["Buwairat", "Buerat"]) expect(top(q)?.nameAr, q).toBe("بويرات الحسون");
    expect(top("Jufra")?.name).toMatch(/Jufra/);
  });

  it("labels a town with the district GeoNames codes it under, not the coarse polygon's", () => {
    // Zliten's point falls in Natural Earth's 1:10m Al Marqab; GeoNames codes it 72, Misratah.
    expect(top("Zliten")?.district).toMatchObject({ id: "LBY-2970", name: "Misratah" });
    // GeoNames codes Tripoli 77 (Sha`biyat Tarabulus), the polygon Natural Earth still labels
    // Tajura' wa an Nawahi al Arba: the district is named as GeoNames names it.
    expect(top("Tripoli")?.district).toMatchObject({
      id: "LBY-2978",
      name: "Tripoli",
      nameAr: "طرابلس",
    });
  });

  it("respects the limit and finds nothing for a name no place has", () => {
    expect(searchPlaces(deps, liaison, { q: "Wadi", limit: 3 })).toHaveLength(3);
    expect(searchPlaces(deps, liaison, { q: "Xyzzy Nowhere", limit: 5 })).toEqual([]);
  });

  it("is for logged-in users only", () => {
    expect(() => searchPlaces(deps, { kind: "public" }, { q: "Sirte", limit: 5 })).toThrow(
      expect.objectContaining({ code: "unauthenticated" }),
    );
  });
});

describe("locating a report by its place name", () => {
  it("places a city within a limited area (where_prec 2) and a suburb exactly (1)", () => {
    const city = locateReport(deps, { placeName: "مصراتة" });
    expect(city.resolution.status).toBe("gazetteer");
    expect(city.wherePrecision).toBe(2);
    expect(city.location?.lat).toBeCloseTo(32.37, 1);
    const suburb = locateReport(deps, { placeName: "Ain Zara" });
    expect(suburb.wherePrecision).toBe(1);
    expect(suburb.resolution.candidates.map((c) => c.name)).toEqual(["Ain Zara"]);
  });

  it("never makes the filer's stated precision finer", () => {
    expect(locateReport(deps, { placeName: "Ain Zara", wherePrecision: 3 }).wherePrecision).toBe(3);
  });

  it("keeps coordinates the filer gave, and says so", () => {
    const given = locateReport(deps, { location: { lat: 31.2, lon: 16.6 }, placeName: "Tripoli" });
    expect(given.location).toEqual({ lat: 31.2, lon: 16.6 });
    expect(given.resolution).toEqual({ status: "reported", candidates: [] });
  });

  it("does not guess between two far-apart places of the same name", () => {
    const r = locateReport(deps, { placeName: "Sultan" });
    expect(r.location).toBeNull();
    expect(r.resolution.status).toBe("ambiguous");
    expect(r.resolution.candidates).toHaveLength(2);
    expect(
      Math.abs(r.resolution.candidates[0]!.lon - r.resolution.candidates[1]!.lon),
    ).toBeGreaterThan(2);
    expect(r.wherePrecision).toBe(5);
  });

  it("leaves an unknown name unresolved", () => {
    const r = locateReport(deps, { placeName: "Xyzzy Nowhere" });
    expect(r.location).toBeNull();
    expect(r.resolution).toEqual({ status: "unresolved", candidates: [] });
  });
});
