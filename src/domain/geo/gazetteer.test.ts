import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { libyaGazetteer } from "../../demo/geo/libya-geo.js";
import { buildGazetteer, nearestPlaces, nearestPlacesBruteForce, type Place } from "./gazetteer.js";
import { locatePlaceName, searchPlaces } from "./place-search.js";
import { destination } from "./sphere.js";
import { lonLat } from "./test-arbitraries.js";

const place = (
  id: string,
  name: string,
  nameAr: string | null,
  lat: number,
  lon: number,
  more: Partial<Place> = {},
): Place => ({
  id,
  name,
  nameAr,
  variants: [],
  lat,
  lon,
  kind: "town",
  population: null,
  approximate: false,
  sources: ["test"],
  ...more,
});

// A small gazetteer where only the transliteration rules can connect the spellings.
const small = buildGazetteer([
  place("misrata", "Misrata", "مصراتة", 32.378, 15.092, { kind: "city", population: 600_000 }),
  place("sirte", "Sirte", "سرت", 31.205, 16.589, { kind: "city", population: 128_000 }),
  place("zawiya-city", "Az Zawiyah", "الزاوية", 32.757, 12.728, {
    kind: "city",
    population: 200_000,
  }),
  place("zawiya-village", "Az Zawiyah", "الزاوية", 30.1, 19.9, { kind: "village" }),
  place("ain-zara", "Ain Zara", "عين زارة", 32.795, 13.287, { kind: "suburb" }),
  place("ain-zara-2", "Ain Zara", "عين زارة", 32.8, 13.29, { kind: "suburb" }),
  place("washka", "Al-Washka", "الوشكة", 31.4, 15.6, { kind: "village", approximate: true }),
]);

describe("searching places by name", () => {
  it("finds Misrata under Misurata, Misratah, مصراتة and with diacritics", () => {
    for (const q of ["Misurata", "Misratah", "MISRATA", "مصراتة", "مُصْرَاتَة", "مصراته"]) {
      expect(searchPlaces(small, q)[0]!.place.id).toBe("misrata");
    }
    expect(searchPlaces(small, "Misurata")[0]!.match).toBe("skeleton");
    expect(searchPlaces(small, "Misratah")[0]!.match).toBe("key");
    expect(searchPlaces(small, "مصراتة")[0]!.match).toBe("exact");
  });

  it("ranks an exact match above a key match above a prefix above a similar name", () => {
    const gazetteer = buildGazetteer([
      place("a", "Sabha", null, 27, 14),
      place("b", "Sabhah", null, 27.5, 14.5),
      place("c", "Sabhawi", null, 28, 15),
      place("d", "Sabah", null, 28.5, 15.5),
    ]);
    expect(searchPlaces(gazetteer, "sabha").map((m) => [m.place.id, m.match])).toEqual([
      ["a", "exact"],
      ["b", "key"],
      ["c", "prefix"],
      ["d", "similar"],
    ]);
  });

  it("ranks a place's own name above a variant, and a whole word of a name above a skeleton", () => {
    const gazetteer = buildGazetteer([
      place("own", "Harawa", null, 31, 16),
      place("variant", "Qasr Harawa", null, 31.3, 16.2, { variants: ["Harawa"] }),
      place("base", "Al-Jufra airbase", null, 29.2, 16),
      place("skeleton", "Jaffar", null, 32.1, 13.1, { population: 5_000 }),
    ]);
    expect(searchPlaces(gazetteer, "Harawa").map((m) => m.place.id)).toEqual(["own", "variant"]);
    expect(searchPlaces(gazetteer, "Harawa")[0]!.score).toBeGreaterThan(
      searchPlaces(gazetteer, "Harawa")[1]!.score,
    );
    expect(searchPlaces(gazetteer, "Jufra").map((m) => m.place.id)).toEqual(["base", "skeleton"]);
  });

  it("does not let a variant shared with a far-apart place beat that place's own name", () => {
    // One source lists "El-Buerat" under a populous town 180 km from the village itself.
    const gazetteer = buildGazetteer([
      place("town", "Tarhuna", null, 32.435, 13.633, {
        population: 210_000,
        kind: "city",
        variants: ["El-Buerat"],
      }),
      place("village", "Bu`ayrat Al Hossuon", null, 31.4, 15.727, {
        kind: "village",
        variants: ["Buerat"],
      }),
    ]);
    for (const q of ["Buerat", "Buwairat"]) {
      expect(searchPlaces(gazetteer, q)[0]!.place.id, q).toBe("village");
    }
    // Ranked first, but not located without a person's choice.
    const located = locatePlaceName(gazetteer, "Buerat");
    expect("ambiguous" in located && located.ambiguous.map((m) => m.place.id)).toEqual([
      "village",
      "town",
    ]);
  });

  it("breaks ties by population", () => {
    expect(searchPlaces(small, "Zawiya").map((m) => m.place.id)).toEqual([
      "zawiya-city",
      "zawiya-village",
    ]);
  });

  it("finds nothing for an empty or unrelated query", () => {
    expect(searchPlaces(small, "  ")).toEqual([]);
    expect(searchPlaces(small, "Qwxyz")).toEqual([]);
  });
});

describe("locating a place name", () => {
  it("locates a single match with UCDP where_prec: a city is 2, a suburb 1, rough coordinates 2", () => {
    expect(locatePlaceName(small, "Misurata")).toMatchObject({
      place: { id: "misrata" },
      wherePrec: 2,
    });
    expect(locatePlaceName(small, "الوشكة")).toMatchObject({
      place: { id: "washka" },
      wherePrec: 2,
    });
  });

  it("reports two far-apart places of the same name as ambiguous, not guessed", () => {
    const result = locatePlaceName(small, "الزاوية");
    expect("ambiguous" in result && result.ambiguous.map((m) => m.place.id)).toEqual([
      "zawiya-city",
      "zawiya-village",
    ]);
  });

  it("treats two entries a few hundred metres apart as one place", () => {
    expect(locatePlaceName(small, "Ain Zara")).toMatchObject({
      place: { id: "ain-zara" },
      wherePrec: 1,
    });
  });

  it("offers only candidates for a misspelling, and says when nothing matches", () => {
    const typo = locatePlaceName(small, "Misrara");
    expect("ambiguous" in typo && typo.ambiguous[0]!.place.id).toBe("misrata");
    expect(locatePlaceName(small, "Qwxyz")).toEqual({ notFound: true });
  });
});

describe("the shipped Libya gazetteer", () => {
  const libya = libyaGazetteer();

  it("finds Misrata / مصراتة under every spelling of §11.4 and OSM", () => {
    for (const q of ["Misurata", "Misrata", "Misratah", "مصراتة"]) {
      const found = locatePlaceName(libya, q);
      expect(found).toMatchObject({ place: { name: "Misrata", nameAr: "مصراتة" } });
    }
  });

  it("offers the place whose own name matches first: Janzour, Buwairat, Buerat, Jufra", () => {
    const first = (q: string) => searchPlaces(libya, q)[0]!.place;
    expect(first("Janzour")).toMatchObject({ name: "Janzur", nameAr: "جنزور" });
    expect(first("Janzour").lon).toBeCloseTo(13.03, 2);
    for (const q of ["Buwairat", "Buerat"]) {
      expect(first(q), q).toMatchObject({ nameAr: "بويرات الحسون" });
    }
    expect(first("Jufra").name).toMatch(/Jufra/);
  });

  it("finds the front-line places of domain.md §11.4 in both scripts", () => {
    const pairs = [
      ["Ain Zara", "عين زارة"],
      ["Abu Salim", "أبو سليم"],
      ["Qasr bin Ghashir", "قصر بن غشير"],
      ["Mitiga airport", "مطار معيتيقة"],
      ["Tajura", "تاجوراء"],
      ["Abu Grein", "أبو قرين"],
      ["Bu'airat al-Hassoun", "بويرات الحسون"],
      ["Sirte", "سرت"],
      ["Al-Shwayrif", "الشويرف"],
      ["Khallat al-Furjan", "خلة الفرجان"],
    ];
    for (const [latin, arabic] of pairs) {
      const byLatin = locatePlaceName(libya, latin!);
      const byArabic = locatePlaceName(libya, arabic!);
      expect(byLatin, latin).toHaveProperty("place");
      expect(byArabic, arabic).toHaveProperty("place");
      if ("place" in byLatin && "place" in byArabic)
        expect(byLatin.place.id).toBe(byArabic.place.id);
    }
  });

  it("marks the researcher's approximate coordinates as where_prec 2", () => {
    expect(locatePlaceName(libya, "Khallat al-Furjan")).toMatchObject({
      wherePrec: 2,
      place: { approximate: true },
    });
  });

  it("lists nearest places as measuring every place would", () => {
    fc.assert(
      fc.property(
        fc.array(lonLat([9, 19, 26, 34]), { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (points, k) => {
          for (const [lon, lat] of points) {
            expect(nearestPlaces(libya, lat, lon, k, 50)).toEqual(
              nearestPlacesBruteForce(libya, lat, lon, k, 50),
            );
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("gives the nearest place with its distance and the compass point from it", () => {
    const [lon, lat] = destination(15.9402605, 29.1245649, 3, 45); // 3 km north-east of Hun
    const [near] = nearestPlaces(libya, lat, lon, 1);
    expect(near).toMatchObject({ name: "Hun", compass: "NE", compassAr: "شمال شرق" });
    expect(near!.distanceKm).toBeCloseTo(3, 6);
  });
});
