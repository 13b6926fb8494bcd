import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateScenario, complainantOf } from "../demo/reports.js";
import { libyaGazetteer } from "../demo/geo/libya-geo.js";
import { scoreCandidate, type EventSketch } from "./candidates.js";
import { destination } from "./geo/sphere.js";
import { resolveReportLocation } from "./place-resolution.js";
import type { ReportInput } from "./reports.js";
import { CATEGORY_CODES } from "./taxonomy.js";

const at = (iso: string) => new Date(iso);

const gna: EventSketch = {
  category: "A3",
  from: at("2020-01-14T21:00:00Z"),
  to: at("2020-01-14T23:30:00Z"),
  location: { lat: 32.795, lon: 13.287 },
  placeNames: ["Ain Zara"],
  submitterParty: "GNA",
  allegedParty: "LNA",
};
const lna: EventSketch = {
  ...gna,
  category: "A1",
  from: at("2020-01-14T22:50:00Z"),
  to: at("2020-01-15T00:10:00Z"),
  location: { lat: 32.8058, lon: 13.2871 },
  placeNames: ["عين زارة"],
  submitterParty: "LNA",
  allegedParty: "GNA",
};

describe("same-event scoring", () => {
  it("explains why two opposite complaints look like one exchange of fire", () => {
    const s = scoreCandidate(gna, lna)!;
    expect(s.reasons).toEqual({
      distanceKm: 1.2,
      samePlaceName: null,
      overlapMinutes: 40,
      gapMinutes: 0,
      category: { relation: "family", a: "A3", b: "A1" },
      oppositeBlame: { a: "GNA", b: "LNA" },
    });
    expect(s.sentence.en).toBe(
      "1.2 km apart, windows overlap 40 min, A3 and A1 (same family), opposite blame (GNA and LNA accuse each other)",
    );
    expect(s.sentence.ar).toContain("على بعد 1.2 كم");
    expect(s.sentence.ar).toContain("تتداخل الفترتان 40 دقيقة");
    expect(s.score).toBeGreaterThan(0.8);
  });

  it("prefers the same category to the same family, and the same place to a nearby one", () => {
    const same = scoreCandidate(gna, { ...lna, category: "A3" })!;
    expect(same.score).toBeGreaterThan(scoreCandidate(gna, lna)!.score);
    expect(same.sentence.en).toContain("both A3");
    const far = scoreCandidate(gna, { ...lna, location: { lat: 32.9, lon: 13.5 } })!;
    expect(far.score).toBeLessThan(scoreCandidate(gna, lna)!.score);
  });

  it("is not a candidate across families, beyond 50 km or a day apart", () => {
    expect(scoreCandidate(gna, { ...lna, category: "D1" })).toBeNull();
    expect(scoreCandidate(gna, { ...lna, location: { lat: 31.205, lon: 16.589 } })).toBeNull();
    const later = { ...lna, from: at("2020-01-16T01:00:00Z"), to: at("2020-01-16T02:00:00Z") };
    expect(scoreCandidate(gna, later)).toBeNull();
    const sameDay = scoreCandidate(gna, { ...later, from: at("2020-01-15T03:30:00Z") })!;
    expect(sameDay.reasons.gapMinutes).toBe(240);
    expect(sameDay.sentence.en).toContain("4 h apart in time");
  });

  it("matches a record without coordinates on its normalised place name only", () => {
    const unlocated = { ...lna, location: null, placeNames: ["عَيْن زارة"] };
    expect(scoreCandidate(gna, unlocated)).toBeNull(); // "Ain Zara" is another spelling
    const named = scoreCandidate({ ...gna, placeNames: ["عين زاره"] }, unlocated)!;
    expect(named.reasons.distanceKm).toBeNull();
    expect(named.reasons.samePlaceName).not.toBeNull();
    expect(named.sentence.en).toMatch(/^same place name/);
  });

  const sketch = fc.record({
    category: fc.constantFrom(...CATEGORY_CODES.filter((c) => c.startsWith("A"))),
    start: fc.integer({ min: 0, max: 48 * 60 }),
    minutes: fc.integer({ min: 0, max: 12 * 60 }),
    lon: fc.double({ min: 11, max: 20, noNaN: true }),
    lat: fc.double({ min: 29, max: 33, noNaN: true }),
    located: fc.boolean(),
    place: fc.constantFrom("Ain Zara", "عين زارة", "Sirte", "Misrata"),
    party: fc.constantFrom("GNA", "LNA", null),
  });
  const toSketch = (v: typeof sketch extends fc.Arbitrary<infer T> ? T : never) => {
    const from = new Date(Date.UTC(2020, 0, 14) + v.start * 60_000);
    return {
      category: v.category,
      from,
      to: new Date(from.getTime() + v.minutes * 60_000),
      location: v.located ? { lat: v.lat, lon: v.lon } : null,
      placeNames: [v.place],
      submitterParty: v.party,
      allegedParty: v.party === "GNA" ? "LNA" : v.party === "LNA" ? "GNA" : null,
    } satisfies EventSketch;
  };

  it("scores a pair the same whichever way round (property)", () => {
    fc.assert(
      fc.property(sketch, sketch, (a, b) => {
        const ab = scoreCandidate(toSketch(a), toSketch(b));
        const ba = scoreCandidate(toSketch(b), toSketch(a));
        expect(ab?.score ?? null).toBe(ba?.score ?? null);
        expect(ab?.reasons.distanceKm ?? null).toBe(ba?.reasons.distanceKm ?? null);
        expect(ab?.reasons.oppositeBlame ?? null).toEqual(ba?.reasons.oppositeBlame ?? null);
      }),
      { numRuns: 500 },
    );
  });

  it("scores lower the farther apart two records are, all else equal (property)", () => {
    fc.assert(
      fc.property(
        sketch,
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (s, bearing, km1, km2) => {
          const a = { ...toSketch(s), location: { lat: s.lat, lon: s.lon } };
          const moved = (km: number) => {
            const [lon, lat] = destination(s.lon, s.lat, km, bearing);
            return scoreCandidate(a, { ...a, location: { lat, lon } })?.score ?? 0;
          };
          const [near, far] = km1 <= km2 ? [km1, km2] : [km2, km1];
          expect(moved(near)).toBeGreaterThanOrEqual(moved(far));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the demo's opposite-blame pairs", () => {
  it("every pair of complaints blaming each other for one event are candidates of each other", () => {
    const gazetteer = libyaGazetteer();
    const sketchOf = (input: ReportInput, party: string | null): EventSketch => ({
      category: input.category,
      from: input.occurredFrom,
      to: input.occurredTo,
      // As the service sees them: a report that only names its place was located on receipt.
      location: resolveReportLocation(gazetteer, input).location,
      placeNames: input.placeName ? [input.placeName] : [],
      submitterParty: party,
      allegedParty: input.allegedParty ?? null,
    });
    const { reports } = generateScenario();
    const complaints = reports.filter((r) => r.eventKey && complainantOf(r));
    let pairs = 0;
    for (const a of complaints) {
      for (const b of complaints) {
        if (a.eventKey !== b.eventKey || complainantOf(a) !== "GNA" || complainantOf(b) !== "LNA")
          continue;
        const s = scoreCandidate(
          sketchOf(a.input, complainantOf(a)),
          sketchOf(b.input, complainantOf(b)),
        );
        expect(s, `${a.key} and ${b.key}`).not.toBeNull();
        expect(s!.reasons.oppositeBlame).toEqual({ a: "GNA", b: "LNA" });
        expect(s!.score).toBeGreaterThan(0.6);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });
});
