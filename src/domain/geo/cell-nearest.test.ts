import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CellNearest } from "./cell-nearest.js";
import { havBetween, kmToHav, spherePoint, type SpherePoint } from "./sphere.js";
import { SphericalIndex } from "./spherical-index.js";
import { lonLat } from "./test-arbitraries.js";

function pointSet(points: [number, number][]) {
  const xyz = points.map(([lon, lat]) => spherePoint(lon, lat));
  const boxes = points.flatMap(([lon, lat]) => [lon, lat, lon, lat]);
  const exact = (i: number, p: SpherePoint) =>
    havBetween(p.x, p.y, p.z, xyz[i]!.x, xyz[i]!.y, xyz[i]!.z);
  const bruteForce = (p: SpherePoint, k: number, maxHav: number) =>
    points
      .map((_, i) => ({ i, hav: exact(i, p) }))
      .filter((c) => c.hav <= maxHav)
      .sort((a, b) => a.hav - b.hav || a.i - b.i)
      .slice(0, k);
  return { index: new SphericalIndex(boxes), exact, bruteForce };
}

const places = fc.array(lonLat([12, 29, 16, 33]), { minLength: 1, maxLength: 300 });
const queries = fc.array(lonLat([10, 27, 18, 35]), { minLength: 1, maxLength: 60 });

describe("nearest items on the sphere", () => {
  it("the R-tree search finds the k nearest that brute force finds", () => {
    fc.assert(
      fc.property(
        places,
        queries,
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        (ps, qs, k, maxKm) => {
          const { index, exact, bruteForce } = pointSet(ps);
          const items: number[] = [];
          const havs: number[] = [];
          for (const [lon, lat] of qs) {
            const p = spherePoint(lon, lat);
            index.nearest(p, k, exact, kmToHav(maxKm), items, havs);
            expect(items).toEqual(bruteForce(p, k, kmToHav(maxKm)).map((c) => c.i));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("the per-cell memo gives the same answers, whatever order the queries come in", () => {
    fc.assert(
      fc.property(places, queries, fc.integer({ min: 1, max: 4 }), (ps, qs, k) => {
        const { index, exact, bruteForce } = pointSet(ps);
        const finder = new CellNearest(index, exact, k, kmToHav(150), 1);
        for (const [lon, lat] of [...qs, ...qs.reverse()]) {
          const p = spherePoint(lon, lat);
          finder.find(p);
          const expected = bruteForce(p, k, kmToHav(150));
          expect(finder.items).toEqual(expected.map((c) => c.i));
          expect(finder.havs).toEqual(expected.map((c) => c.hav));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("finds nothing in an empty index", () => {
    const index = new SphericalIndex([]);
    const items: number[] = [];
    index.nearest(spherePoint(13, 32), 3, () => 0, Infinity, items, []);
    expect(items).toEqual([]);
    const finder = new CellNearest(index, () => 0, 1, Infinity, 1);
    finder.find(spherePoint(13, 32));
    expect(finder.items).toEqual([]);
  });
});
