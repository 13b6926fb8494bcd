import { describe, expect, it } from "vitest";
import {
  disputedOfParts,
  disputedPartIndexes,
  lineOfContactFeatures,
  lineOfContactOfFeatures,
} from "./disputed-parts.js";
import type { Feature, Geometry, LinealGeometry } from "./geojson.js";
import { validateGeometry } from "./validate.js";

const A = [
  [16.0, 31.0],
  [16.2, 31.0],
];
const B = [
  [16.2, 31.0],
  [16.4, 31.0],
];
const LINE: LinealGeometry = { type: "MultiLineString", coordinates: [A, B] };

const feature = (disputed: LinealGeometry | null): Feature<Geometry> => ({
  type: "Feature",
  geometry: LINE,
  properties: { kind: "line_of_contact", status: "proposed", disputed },
});

describe("disputed parts of a line of contact", () => {
  it("chosen parts become the disputed geometry, and are found again in it", () => {
    const disputed = disputedOfParts(LINE, [1, 1]);
    expect(disputed).toEqual({ type: "MultiLineString", coordinates: [B] });
    expect(disputedPartIndexes(LINE, disputed)).toEqual([1]);
    expect(disputedOfParts(LINE, [])).toBeNull();
    const apart: LinealGeometry = {
      type: "LineString",
      coordinates: [
        [16.1, 31.0],
        [16.3, 31.0],
      ],
    };
    expect(disputedPartIndexes(LINE, apart)).toBeNull();
  });

  it("exports one feature per part, marked; a disputed stretch drawn apart stays one feature", () => {
    const parts = lineOfContactFeatures(feature({ type: "LineString", coordinates: B }));
    expect(parts.map((f) => f.properties?.disputed)).toEqual([false, true]);
    const read = lineOfContactOfFeatures(parts, "x.geojson");
    expect(read.geometry).toEqual(LINE);
    expect(read.properties?.disputed).toEqual({ type: "MultiLineString", coordinates: [B] });

    const apart: LinealGeometry = {
      type: "LineString",
      coordinates: [
        [16.1, 31.0],
        [16.3, 31.0],
      ],
    };
    const one = lineOfContactFeatures(feature(apart));
    expect(one).toHaveLength(1);
    const again = lineOfContactOfFeatures(
      [{ ...one[0]!, properties: { ...one[0]!.properties, disputed: JSON.stringify(apart) } }],
      "x.kml",
    );
    expect(again.properties?.disputed).toEqual({
      type: "MultiLineString",
      coordinates: [apart.coordinates],
    });
  });

  it("a line's parts may continue one another, never run into each other head-on", () => {
    expect(validateGeometry(LINE, "line_of_contact").ok).toBe(true);
    const reversed = { type: "MultiLineString", coordinates: [A, [...B].reverse()] };
    expect(validateGeometry(reversed, "line_of_contact").ok).toBe(false);
  });
});
