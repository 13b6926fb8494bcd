import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AIRPORT_ROAD,
  COASTAL_ROAD_DISENGAGEMENT,
  ILLUSTRATIVE_LAYERS,
  SIRTE_ARTILLERY_WITHDRAWAL,
  SIRTE_JUFRA_LINE,
  TRIPOLI_LNA_CLAIMED_LINE,
  TRIPOLI_WORKING_LINE,
} from "../../demo/geo/illustrative-layers.js";
import { libyaDistricts, libyaGazetteer } from "../../demo/geo/libya-geo.js";
import { DomainError } from "../errors.js";
import { describePosition } from "./describe.js";
import { evaluatePoint, evaluatePointBruteForce, prepareEvaluation } from "./evaluate.js";
import type { LayerVersion, LineOfContactVersion } from "./layers.js";
import { destination } from "./sphere.js";
import { lonLat } from "./test-arbitraries.js";

const JAN_2020 = new Date("2020-02-01T00:00:00Z");
const DEC_2020 = new Date("2020-12-01T00:00:00Z");
const context = () => ({ gazetteer: libyaGazetteer(), districts: libyaDistricts() });

// domain.md §11.4
const AIN_ZARA = { lat: 32.795, lon: 13.287 };
const QASR_BIN_GHASHIR = { lat: 32.683, lon: 13.183 };
const TRIPOLI_AIRPORT = { lat: 32.664, lon: 13.159 };
const MITIGA = { lat: 32.895, lon: 13.28 };
const SIRTE = { lat: 31.205, lon: 16.589 };
const ABU_GREIN = { lat: 31.451, lon: 15.249 };
const HUN = { lat: 29.117, lon: 15.933 };

describe("evaluating a point against the layers valid at its time", () => {
  const tripoli = prepareEvaluation(ILLUSTRATIVE_LAYERS, JAN_2020, context());
  const at = (p: { lat: number; lon: number }) => evaluatePoint(tripoli, p.lat, p.lon);

  it("puts Ain Zara on the GNA side of the illustrative Tripoli front, about 3 km from it", () => {
    const line = at(AIN_ZARA).lineOfContact!;
    expect(line.layerId).toBe("tripoli-front");
    expect(line.side).toBe("left");
    expect(line.party).toBe("GNA");
    expect(line.distanceKm).toBeLessThan(-3);
    expect(line.distanceKm).toBeGreaterThan(-4);
  });

  it("puts Qasr bin Ghashir and the old airport on the LNA side, Mitiga on the GNA side", () => {
    expect(at(QASR_BIN_GHASHIR).lineOfContact!.party).toBe("LNA");
    expect(at(TRIPOLI_AIRPORT).lineOfContact!.party).toBe("LNA");
    expect(at(MITIGA).lineOfContact!.party).toBe("GNA");
    expect(at(QASR_BIN_GHASHIR).lineOfContact!.distanceKm).toBeGreaterThan(0);
  });

  it("gives every valid line of contact, nearest first, and lets the working line speak", () => {
    const e = at(AIN_ZARA);
    expect(e.linesOfContact.map((l) => l.layerId)).toEqual([
      "tripoli-front-lna-claim",
      "tripoli-front",
    ]);
    expect(e.linesOfContact[0]).toMatchObject({
      status: "claimed",
      claimedBy: "LNA",
      party: "LNA",
    });
    expect(e.lineOfContact!.status).toBe("working");
  });

  it("uses the version valid at the time: the Tripoli lines in January, Sirte–Jufra in December", () => {
    const december = prepareEvaluation(ILLUSTRATIVE_LAYERS, DEC_2020);
    expect(
      at(SIRTE)
        .linesOfContact.map((l) => l.layerId)
        .sort(),
    ).toEqual(["tripoli-front", "tripoli-front-lna-claim"]);
    const sirte = evaluatePoint(december, SIRTE.lat, SIRTE.lon);
    expect(sirte.linesOfContact.map((l) => l.layerId)).toEqual(["sirte-jufra"]);
    expect(sirte.lineOfContact!.party).toBe("LNA");
    expect(evaluatePoint(december, ABU_GREIN.lat, ABU_GREIN.lon).lineOfContact!.party).toBe("GNA");
    expect(evaluatePoint(december, HUN.lat, HUN.lon).lineOfContact!.party).toBe("LNA");
  });

  it("gives the same party whichever way the line is drawn", () => {
    const reversed: LineOfContactVersion = {
      ...TRIPOLI_WORKING_LINE,
      leftParty: "LNA",
      rightParty: "GNA",
      geometry: {
        type: "LineString",
        coordinates: [...TRIPOLI_WORKING_LINE.geometry.coordinates].reverse() as never,
      },
    };
    const backwards = prepareEvaluation([reversed], JAN_2020);
    const forwards = prepareEvaluation([TRIPOLI_WORKING_LINE], JAN_2020);
    const e = evaluatePoint(backwards, AIN_ZARA.lat, AIN_ZARA.lon);
    expect(e.lineOfContact).toMatchObject({ party: "GNA", side: "right" });
    fc.assert(
      fc.property(lonLat([12.9, 32.5, 13.6, 33]), ([lon, lat]) => {
        const a = evaluatePoint(forwards, lat, lon).lineOfContact!;
        const b = evaluatePoint(backwards, lat, lon).lineOfContact!;
        expect(b.party).toBe(a.party);
        expect(b.distanceKm).toBeCloseTo(-a.distanceKm, 9);
      }),
    );
  });

  it("says a point on the line is on it: distance 0, no party", () => {
    const [lon, lat] = TRIPOLI_WORKING_LINE.geometry.coordinates[3] as [number, number];
    expect(evaluatePoint(tripoli, lat, lon).lineOfContact).toMatchObject({
      side: "on_line",
      party: null,
      distanceKm: 0,
    });
  });

  it("finds zones, withdrawal positions and roads", () => {
    const december = prepareEvaluation(ILLUSTRATIVE_LAYERS, DEC_2020);
    const onCoastalRoad = evaluatePoint(december, 31.3, 16.0);
    expect(onCoastalRoad.zones.map((z) => z.layerId)).toEqual([COASTAL_ROAD_DISENGAGEMENT.layerId]);
    const between = evaluatePoint(december, 31.3, 15.8); // east of the withdrawal line, west of the front
    expect(between.withdrawalLines).toEqual([
      expect.objectContaining({
        layerId: SIRTE_ARTILLERY_WITHDRAWAL.layerId,
        position: "beyond",
        party: "GNA",
        weaponClasses: ["artillery_100mm_plus", "mlrs"],
      }),
    ]);
    expect(evaluatePoint(december, ABU_GREIN.lat, ABU_GREIN.lon).withdrawalLines[0]!.position).toBe(
      "behind",
    );
    const nearRoad = evaluatePoint(december, 32.75, 13.19);
    expect(nearRoad.roads).toEqual([expect.objectContaining({ layerId: AIRPORT_ROAD.layerId })]);
    expect(nearRoad.roads[0]!.distanceKm).toBeLessThan(2);
  });

  it("names the district and the nearest places with distance and compass bearing", () => {
    const e = at(AIN_ZARA);
    expect(e.district).toMatchObject({
      name: "Tripoli",
      nameAr: "طرابلس",
    });
    expect(e.nearestPlaces[0]).toMatchObject({ name: "Ain Zara", nameAr: "عين زارة" });
    expect(e.nearestPlaces[0]!.distanceKm).toBeLessThan(0.1);
    expect(evaluatePoint(tripoli, SIRTE.lat, SIRTE.lon).district!.name).toBe("Surt");
  });

  it("describes a point 4 km south-south-east of Ain Zara in both languages", () => {
    const [lon, lat] = destination(AIN_ZARA.lon, AIN_ZARA.lat, 4, 157.5);
    const prepared = prepareEvaluation([], JAN_2020, context(), { nearestPlaceCount: 10 });
    const ainZara = evaluatePoint(prepared, lat, lon).nearestPlaces.find(
      (p) => p.name === "Ain Zara",
    )!;
    expect(describePosition(ainZara, "en")).toBe("4 km SSE of Ain Zara");
    expect(describePosition(ainZara, "ar")).toBe("4 كم جنوب جنوب شرق عين زارة");
  });

  it("answers as checking everything would, anywhere in Libya", () => {
    const december = prepareEvaluation(ILLUSTRATIVE_LAYERS, DEC_2020, context());
    fc.assert(
      fc.property(
        fc.array(lonLat([9, 19, 26, 34]), { maxLength: 50 }),
        fc.array(lonLat([12.9, 32.5, 13.5, 33]), { maxLength: 50 }),
        (wide, tripoliArea) => {
          for (const [lon, lat] of [...wide, ...tripoliArea]) {
            for (const prepared of [tripoli, december]) {
              expect(evaluatePoint(prepared, lat, lon)).toEqual(
                evaluatePointBruteForce(prepared, lat, lon),
              );
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("refuses a point that is not a coordinate", () => {
    expect(() => evaluatePoint(tripoli, 95, 13)).toThrow(DomainError);
    expect(() => evaluatePoint(tripoli, Number.NaN, 13)).toThrow(/not a coordinate/);
  });
});

describe("which version of a layer is valid at a time", () => {
  const version = (
    layer: number,
    from: number,
    to: number | null,
    n: number,
  ): LineOfContactVersion => ({
    ...TRIPOLI_WORKING_LINE,
    id: `v${layer}-${n}`,
    layerId: `layer-${layer}`,
    validFrom: new Date(from * 86_400_000),
    validTo: to === null ? null : new Date(to * 86_400_000),
  });

  it("takes, per layer, a version whose range holds the time (validTo exclusive)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 100 }),
            fc.option(fc.integer({ min: 1, max: 60 })),
          ),
          { maxLength: 12 },
        ),
        fc.integer({ min: 0, max: 200 }),
        (specs, day) => {
          const versions = specs.map(([layer, from, length], n) =>
            version(layer, from, length === null ? null : from + length, n),
          );
          const at = new Date(day * 86_400_000);
          const chosen = prepareEvaluation(versions, at).versions;
          for (const v of chosen) {
            expect(v.validFrom.getTime()).toBeLessThanOrEqual(at.getTime());
            if (v.validTo) expect(v.validTo.getTime()).toBeGreaterThan(at.getTime());
          }
          const layersValid = new Set(
            versions
              .filter((v) => v.validFrom <= at && (!v.validTo || v.validTo > at))
              .map((v) => v.layerId),
          );
          expect(new Set(chosen.map((v) => v.layerId))).toEqual(layersValid);
        },
      ),
    );
  });

  it("evaluates a point against the line of the time", () => {
    const earlier = version(1, 0, 10, 1);
    const later: LayerVersion = {
      ...version(1, 10, null, 2),
      geometry: TRIPOLI_LNA_CLAIMED_LINE.geometry,
    };
    const on = (day: number) =>
      evaluatePoint(
        prepareEvaluation([earlier, later], new Date(day * 86_400_000)),
        AIN_ZARA.lat,
        AIN_ZARA.lon,
      ).lineOfContact!;
    expect(on(5)).toMatchObject({ versionId: earlier.id, party: "GNA" });
    expect(on(10)).toMatchObject({ versionId: later.id, party: "LNA" });
  });

  it("is deterministic when versions overlap: the one that started last", () => {
    const a = version(1, 0, null, 1);
    const b = version(1, 5, null, 2);
    expect(prepareEvaluation([b, a], new Date(6 * 86_400_000)).versions.map((v) => v.id)).toEqual([
      b.id,
    ]);
  });

  it("has no line of contact when none is valid", () => {
    const e = evaluatePoint(prepareEvaluation([SIRTE_JUFRA_LINE], JAN_2020), SIRTE.lat, SIRTE.lon);
    expect(e.lineOfContact).toBeNull();
    expect(e.linesOfContact).toEqual([]);
  });
});
