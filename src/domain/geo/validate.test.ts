import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BBox, Position } from "./geojson.js";
import { findSelfIntersections } from "./self-intersections.js";
import { eastboundLine } from "./test-arbitraries.js";
import { validateGeometry, type GeometryIssue } from "./validate.js";

// Libya's outline box (Natural Earth) with half a degree of margin, as the demo uses.
const LIBYA: BBox = [8.79, 19.0, 25.66, 33.68];

const issuesOf = (
  geometry: unknown,
  kind: Parameters<typeof validateGeometry>[1],
  area: BBox | null = LIBYA,
) => {
  const result = validateGeometry(geometry, kind, { area });
  return result.ok ? [] : result.issues;
};
const messages = (issues: GeometryIssue[]) => issues.map((i) => i.message);

const square = (lon: number, lat: number, half: number): Position[] => [
  [lon - half, lat - half],
  [lon + half, lat - half],
  [lon + half, lat + half],
  [lon - half, lat + half],
  [lon - half, lat - half],
];

describe("validating layer geometry", () => {
  it("accepts a valid line of contact and drops altitudes", () => {
    const result = validateGeometry(
      {
        type: "LineString",
        coordinates: [
          [13.1, 32.7, 120],
          [13.3, 32.75, 80],
        ],
      },
      "line_of_contact",
      { area: LIBYA },
    );
    expect(result).toEqual({
      ok: true,
      geometry: {
        type: "LineString",
        coordinates: [
          [13.1, 32.7],
          [13.3, 32.75],
        ],
      },
    });
  });

  it("accepts any valid eastbound line", () => {
    fc.assert(
      fc.property(
        eastboundLine,
        (line) =>
          issuesOf({ type: "LineString", coordinates: line }, "line_of_contact").length === 0,
      ),
    );
  });

  it("says which ring of which polygon is not closed", () => {
    const open = square(13, 32, 0.1).slice(0, 4);
    const issues = issuesOf(
      { type: "MultiPolygon", coordinates: [[square(14, 31, 0.1)], [square(15, 31, 0.1)], [open]] },
      "buffer_zone",
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "ring_not_closed",
      where: "ring 0 of polygon 2",
      path: [2, 0],
    });
    expect(issues[0]!.message).toMatch(/^ring 0 of polygon 2 is not closed/);
  });

  it("recognises [lat, lon] written for [lon, lat] and says where", () => {
    const line = [
      [13.1, 32.7],
      [13.2, 32.75],
      [13.25, 32.8],
      [32.9, 13.2],
    ];
    const issues = issuesOf({ type: "LineString", coordinates: line }, "line_of_contact");
    expect(issues).toEqual([
      expect.objectContaining({ code: "looks_swapped", where: "coordinate 3", path: [3] }),
    ]);
    expect(issues[0]!.message).toMatch(/^coordinate 3 \[32\.9, 13\.2\] looks like \[lat, lon\]/);
  });

  it("reports a geometry written wholly in [lat, lon] once", () => {
    const swapped = square(13.2, 32.9, 0.05).map(([lon, lat]) => [lat, lon]);
    const issues = issuesOf({ type: "Polygon", coordinates: [swapped] }, "buffer_zone");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "looks_swapped", where: "the geometry" });
    expect(issues[0]!.message).toMatch(/all 5 coordinates look like \[lat, lon\]/);
  });

  it("without a mission area, still catches a latitude out of range that would fit swapped", () => {
    const issues = issuesOf(
      {
        type: "LineString",
        coordinates: [
          [13, 32],
          [32, 130],
        ],
      },
      "road",
      null,
    );
    expect(issues[0]).toMatchObject({ code: "out_of_range", where: "coordinate 1" });
    expect(issues[0]!.message).toMatch(/looks like \[lat, lon\]/);
  });

  it("rejects coordinates outside the mission area", () => {
    const issues = issuesOf(
      {
        type: "LineString",
        coordinates: [
          [13, 32],
          [40, 10],
        ],
      },
      "road",
    );
    expect(issues[0]).toMatchObject({ code: "outside_area", where: "coordinate 1" });
  });

  it("rejects a line with one point, naming the line", () => {
    expect(
      issuesOf({ type: "LineString", coordinates: [[13, 32]] }, "line_of_contact")[0],
    ).toMatchObject({
      code: "too_few_positions",
      message: "the line has 1 distinct position; a line needs at least 2",
    });
    const multi = issuesOf(
      {
        type: "MultiLineString",
        coordinates: [
          [
            [13, 32],
            [13.1, 32],
          ],
          [
            [14, 32],
            [14, 32],
          ],
        ],
      },
      "withdrawal_line",
    );
    expect(multi[0]).toMatchObject({ code: "too_few_positions", where: "line 1" });
  });

  it("rejects a self-intersecting polygon, saying which segments meet and where", () => {
    const bowtie: Position[] = [
      [13, 32],
      [13.2, 32.2],
      [13.2, 32],
      [13, 32.2],
      [13, 32],
    ];
    const issues = issuesOf({ type: "Polygon", coordinates: [bowtie] }, "disengagement_area");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("self_intersection");
    expect(issues[0]!.message).toBe(
      "the segment from coordinate 0 to 1 of ring 0 meets the segment from coordinate 2 to 3 of ring 0 at [13.1, 32.1]; a polygon's rings must not cross or touch",
    );
  });

  it("rejects a hole that crosses its shell, and a ring that doubles back", () => {
    const crossing = issuesOf(
      { type: "Polygon", coordinates: [square(13, 32, 0.1), square(13.1, 32, 0.05)] },
      "buffer_zone",
    );
    expect(crossing[0]!.message).toMatch(/of ring 0 meets the segment .* of ring 1/);
    const spike: Position[] = [
      [13, 32],
      [13.2, 32],
      [13.1, 32],
      [13.1, 32.1],
      [13, 32],
    ];
    const spiked = messages(issuesOf({ type: "Polygon", coordinates: [spike] }, "buffer_zone"));
    expect(spiked).toContain(
      "the segment from coordinate 0 to 1 of ring 0 meets the segment from coordinate 1 to 2 of ring 0 at [13.2, 32]; a polygon's rings must not cross or touch",
    );
  });

  it("rejects a line of contact that crosses itself but lets a road loop", () => {
    const loop: Position[] = [
      [13, 32],
      [13.2, 32],
      [13.1, 32.1],
      [13.1, 31.9],
    ];
    expect(issuesOf({ type: "LineString", coordinates: loop }, "line_of_contact")[0]!.code).toBe(
      "self_intersection",
    );
    expect(issuesOf({ type: "LineString", coordinates: loop }, "road")).toEqual([]);
  });

  it("ignores repeated vertices when looking for crossings", () => {
    const ring: Position[] = [
      [13, 32],
      [13.1, 32],
      [13.1, 32],
      [13.1, 32.1],
      [13, 32.1],
      [13, 32],
    ];
    expect(issuesOf({ type: "Polygon", coordinates: [ring] }, "buffer_zone")).toEqual([]);
  });

  it("rejects the wrong geometry type for the kind, a Feature, and malformed coordinates", () => {
    expect(
      issuesOf({ type: "Polygon", coordinates: [square(13, 32, 0.1)] }, "line_of_contact")[0]!
        .message,
    ).toBe("a Polygon was given; this layer takes LineString or MultiLineString");
    expect(issuesOf({ type: "Feature", geometry: null }, "road")[0]!.code).toBe("not_a_geometry");
    expect(
      issuesOf(
        {
          type: "LineString",
          coordinates: [
            [13, 32],
            ["13.1", 32],
          ],
        },
        "road",
      )[0],
    ).toMatchObject({
      code: "bad_coordinate",
      where: "coordinate 1",
    });
    expect(
      issuesOf({ type: "MultiPolygon", coordinates: [[square(13, 32, 0.1)], 5] }, "buffer_zone")[0],
    ).toMatchObject({
      code: "bad_structure",
      where: "polygon 1",
    });
    expect(issuesOf(null, null)[0]!.code).toBe("not_a_geometry");
  });

  it("rejects a ring too small to enclose anything and a segment across the antimeridian", () => {
    expect(
      issuesOf(
        {
          type: "Polygon",
          coordinates: [
            [
              [13, 32],
              [13.1, 32],
              [13, 32],
            ],
          ],
        },
        "buffer_zone",
        null,
      )[0]!.code,
    ).toBe("too_few_positions");
    expect(
      issuesOf(
        {
          type: "LineString",
          coordinates: [
            [179, 0],
            [-179, 0],
          ],
        },
        "road",
        null,
      )[0]!.code,
    ).toBe("crosses_antimeridian");
  });

  it("summarises a flood of bad coordinates", () => {
    const line = Array.from({ length: 30 }, (_, i) => [13 + i * 0.01, 95]);
    const issues = issuesOf({ type: "LineString", coordinates: line }, "road", null);
    expect(issues).toHaveLength(11);
    expect(issues[10]!.message).toBe(
      "and 20 more coordinates with the same problem (out_of_range)",
    );
  });
});

describe("finding self-intersections", () => {
  it("finds none on eastbound lines and the crossing on a figure of eight", () => {
    fc.assert(
      fc.property(eastboundLine, (line) => findSelfIntersections([line], false).length === 0),
    );
    const eight: Position[] = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
    ];
    expect(findSelfIntersections([eight], false)).toEqual([
      { a: { part: 0, index: 0, end: 1 }, b: { part: 0, index: 2, end: 3 }, at: [0.5, 0.5] },
    ]);
  });
});
