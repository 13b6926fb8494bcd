import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { polygon as turfPolygon } from "@turf/helpers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PolygonalGeometry, Position } from "./geojson.js";
import { PreparedPolygonSet } from "./polygon-set.js";
import { destination, spherePoint } from "./sphere.js";
import { lonLat } from "./test-arbitraries.js";

/** A star-shaped ring (never self-intersecting) around a centre, counter-clockwise. */
const starRing = fc
  .record({
    centre: lonLat([12, 29, 17, 33]),
    radii: fc.array(fc.double({ min: 2, max: 60, noNaN: true }), { minLength: 3, maxLength: 24 }),
  })
  .map(({ centre, radii }) => {
    const ring: Position[] = radii.map((km, i) =>
      destination(centre[0], centre[1], km, 360 - (360 * i) / radii.length),
    );
    return [...ring, ring[0]!];
  });

const square = (lon: number, lat: number, half: number): Position[] => [
  [lon - half, lat - half],
  [lon + half, lat - half],
  [lon + half, lat + half],
  [lon - half, lat + half],
  [lon - half, lat - half],
];

describe("which polygons contain a point", () => {
  it("gives the same answer as testing every edge, for any set of polygons and points", () => {
    fc.assert(
      fc.property(
        fc.array(starRing, { minLength: 1, maxLength: 8 }),
        fc.array(lonLat([11, 28, 18, 34]), { minLength: 1, maxLength: 40 }),
        (rings, points) => {
          const set = new PreparedPolygonSet(
            rings.map((r) => ({ type: "Polygon", coordinates: [r] })),
          );
          for (const [lon, lat] of points) {
            const p = spherePoint(lon, lat);
            expect(set.containing(p)).toEqual(set.containingBruteForce(p));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("agrees with @turf/boolean-point-in-polygon away from the edges", () => {
    fc.assert(
      fc.property(
        starRing,
        fc.array(lonLat([11, 28, 18, 34]), { maxLength: 30 }),
        (ring, points) => {
          const set = new PreparedPolygonSet([{ type: "Polygon", coordinates: [ring] }]);
          const shape = turfPolygon([ring as number[][]]);
          for (const [lon, lat] of points) {
            // Great-circle and lon/lat edges part by well under 0.02° at these sizes.
            const near = [0.02, -0.02].some(
              (d) =>
                booleanPointInPolygon([lon + d, lat], shape) !==
                  booleanPointInPolygon([lon, lat], shape) ||
                booleanPointInPolygon([lon, lat + d], shape) !==
                  booleanPointInPolygon([lon, lat], shape),
            );
            if (near) continue;
            const ours = set.containing(spherePoint(lon, lat)).length === 1;
            expect(ours).toBe(booleanPointInPolygon([lon, lat], shape));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("excludes holes and counts every part of a multipolygon", () => {
    const withHole: PolygonalGeometry = {
      type: "Polygon",
      coordinates: [square(13, 32, 0.5), square(13, 32, 0.1)],
    };
    const twoParts: PolygonalGeometry = {
      type: "MultiPolygon",
      coordinates: [[square(15, 31, 0.1)], [square(16, 31, 0.1)]],
    };
    const set = new PreparedPolygonSet([withHole, twoParts]);
    const at = (lon: number, lat: number) => set.containing(spherePoint(lon, lat));
    expect(at(13.3, 32)).toEqual([0]);
    expect(at(13, 32)).toEqual([]);
    expect(at(15, 31)).toEqual([1]);
    expect(at(16.05, 31.05)).toEqual([1]);
    expect(at(15.5, 31)).toEqual([]);
  });

  it("reports overlapping polygons together, in order", () => {
    const set = new PreparedPolygonSet([
      { type: "Polygon", coordinates: [square(13, 32, 0.5)] },
      { type: "Polygon", coordinates: [square(13.2, 32, 0.5)] },
    ]);
    expect(set.containing(spherePoint(13.1, 32))).toEqual([0, 1]);
  });

  it("follows the great circle along a long edge", () => {
    // A 1,900 km northern edge along 30°N bulges north to about 30.38°N at 20°E.
    const set = new PreparedPolygonSet([
      {
        type: "Polygon",
        coordinates: [
          [
            [10, 25],
            [30, 25],
            [30, 30],
            [10, 30],
            [10, 25],
          ],
        ],
      },
    ]);
    expect(set.containing(spherePoint(20, 30.3))).toEqual([0]);
    expect(set.containing(spherePoint(20, 30.45))).toEqual([]);
  });

  it("contains nothing when empty", () => {
    expect(new PreparedPolygonSet([]).containing(spherePoint(13, 32))).toEqual([]);
  });
});
