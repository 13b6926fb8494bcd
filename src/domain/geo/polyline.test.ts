import { pointToLineDistance } from "@turf/point-to-line-distance";
import { lineString, point } from "@turf/helpers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Position } from "./geojson.js";
import { PreparedPolyline } from "./polyline.js";
import { bearingDeg, destination, distanceKm, spherePoint } from "./sphere.js";
import { alongArc, densify, eastboundLine, lonLat, scribble } from "./test-arbitraries.js";

const TOL = 0.001;
const locate = (line: Position[], lon: number, lat: number) =>
  new PreparedPolyline({ type: "LineString", coordinates: line }).locate(
    spherePoint(lon, lat),
    TOL,
  )!;

describe("signed distance to a polyline", () => {
  it("finds what checking every segment finds, for any line and point", () => {
    fc.assert(
      fc.property(
        scribble(),
        fc.array(lonLat([11, 29, 17, 34]), { minLength: 1, maxLength: 30 }),
        (line, points) => {
          const prepared = new PreparedPolyline({ type: "LineString", coordinates: line });
          for (const [lon, lat] of points) {
            const p = spherePoint(lon, lat);
            expect(prepared.locate(p, TOL)).toEqual(prepared.locateBruteForce(p, TOL));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("agrees with @turf/point-to-line-distance on the distance", () => {
    fc.assert(
      fc.property(eastboundLine, lonLat([10, 28, 19, 34]), (line, [lon, lat]) => {
        const ours = locate(line, lon, lat).distanceKm;
        const turf = pointToLineDistance(point([lon, lat]), lineString(line), {
          units: "kilometers",
        });
        // Turf measures to the lon/lat segment, we to the great-circle arc: close, not equal.
        expect(Math.abs(ours - turf)).toBeLessThan(0.005 * Math.max(1, turf) + 0.05);
      }),
      { numRuns: 200 },
    );
  });

  it("is zero on the line: at vertices and anywhere along a segment", () => {
    fc.assert(
      fc.property(
        eastboundLine,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (line, i, t) => {
          const s = i % (line.length - 1);
          const [lon, lat] = alongArc(line[s]!, line[s + 1]!, t) as [number, number];
          const at = locate(line, lon, lat);
          expect(at.distanceKm).toBeLessThan(1e-6);
          expect(at.side).toBe("on_line");
          expect(at.signedKm).toBe(0);
          expect(locate(line, line[s]![0]!, line[s]![1]!).distanceKm).toBe(0);
        },
      ),
    );
  });

  it("grows as a point moves straight away from a segment, by the distance moved", () => {
    fc.assert(
      fc.property(
        eastboundLine,
        fc.nat(),
        fc.double({ min: 0.25, max: 0.75, noNaN: true }),
        fc.constantFrom(90, -90),
        (line, i, t, turn) => {
          const s = i % (line.length - 1);
          const a = line[s]!;
          const b = line[s + 1]!;
          const m = alongArc(a, b, t);
          const heading = bearingDeg(m[0]!, m[1]!, b[0]!, b[1]!) + turn;
          let previous = 0;
          for (const d of [0.005, 0.01, 0.02, 0.05]) {
            const [lon, lat] = destination(m[0]!, m[1]!, d, heading);
            const at = locate(line, lon, lat);
            expect(at.distanceKm).toBeGreaterThan(previous);
            expect(Math.abs(at.distanceKm - d)).toBeLessThan(1e-6);
            expect(at.side).toBe(turn > 0 ? "right" : "left");
            previous = at.distanceKm;
          }
        },
      ),
    );
  });

  it("keeps a point's side and distance when the line is densified", () => {
    fc.assert(
      fc.property(eastboundLine, lonLat([10, 28, 19, 34]), (line, [lon, lat]) => {
        const before = locate(line, lon, lat);
        const after = locate(densify(line), lon, lat);
        expect(after.side).toBe(before.side);
        expect(after.distanceKm).toBeCloseTo(before.distanceKm, 6);
      }),
      { numRuns: 300 },
    );
  });

  it("flips a point's side, not its distance, when the line is reversed", () => {
    fc.assert(
      fc.property(eastboundLine, lonLat([10, 28, 19, 34]), (line, [lon, lat]) => {
        const forward = locate(line, lon, lat);
        const backward = locate([...line].reverse(), lon, lat);
        const flipped = { left: "right", right: "left", on_line: "on_line" }[forward.side];
        expect(backward.side).toBe(flipped);
        expect(backward.signedKm).toBeCloseTo(-forward.signedKm, 6);
      }),
      { numRuns: 300 },
    );
  });

  it("puts the side by the great circle, not by the straight lon/lat line, on a long segment", () => {
    // A 1,900 km segment along 30°N bulges to 30.38°N at 20°E: a point at 30.2°N is south of
    // the arc (right of it going east) although it is north of the parallel.
    const line: Position[] = [
      [10, 30],
      [30, 30],
    ];
    const at = locate(line, 20, 30.2);
    expect(at.side).toBe("right");
    expect(at.distanceKm).toBeCloseTo(distanceKm(20, 30.2, 20, 30.3826), 0);
  });

  it("gets the outer side of a sharp turn right, where the two segments disagree", () => {
    // East, then back west-north-west: a tight left turn. Just beyond the tip is outside the
    // turn, on the right, though the second segment alone would call it left.
    const line: Position[] = [
      [13.0, 32.0],
      [13.1, 32.0],
      [13.0, 32.01],
    ];
    expect(locate(line, 13.15, 32.002).side).toBe("right");
    expect(locate(line, 13.05, 32.004).side).toBe("left");
  });

  it("measures a multi-part line by its nearest part and says which segment", () => {
    const prepared = new PreparedPolyline({
      type: "MultiLineString",
      coordinates: [
        [
          [13, 32],
          [13.1, 32],
        ],
        [
          [14, 32],
          [14.1, 32],
        ],
      ],
    });
    const at = prepared.locate(spherePoint(14.05, 31.99), TOL)!;
    expect(at.segment).toBe(1);
    expect(at.side).toBe("right");
    expect(at.nearest[0]).toBeCloseTo(14.05, 6);
  });

  it("ignores repeated vertices and has no answer for an empty line", () => {
    const line: Position[] = [
      [13, 32],
      [13, 32],
      [13.1, 32],
    ];
    expect(locate(line, 13.05, 32.01).side).toBe("left");
    expect(
      new PreparedPolyline({ type: "LineString", coordinates: [[13, 32]] }).locate(
        spherePoint(13, 32),
        TOL,
      ),
    ).toBeNull();
  });
});
