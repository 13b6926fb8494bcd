import { describe, expect, it } from "vitest";
import { cellDegrees, foldClusters, parseBBox, WORLD, zoomForBBox } from "./map-grid.js";

describe("map grid", () => {
  it("reads a bbox, and the whole world when there is none", () => {
    expect(parseBBox(" 9, 19 ,26,34")).toEqual([9, 19, 26, 34]);
    expect(parseBBox(undefined)).toEqual(WORLD);
    expect(() => parseBBox("9,19,26,")).toThrow(/four numbers/);
    expect(() => parseBBox("170,0,-170,10")).toThrow(/antimeridian/);
  });

  it("sees Libya at about zoom 5, a city at about zoom 13, and halves cells per zoom", () => {
    expect(zoomForBBox([9, 19, 26, 34])).toBe(5);
    expect(zoomForBBox([13.1, 32.8, 13.2, 32.85])).toBe(13);
    expect(zoomForBBox(WORLD)).toBe(2);
    expect(cellDegrees(6) * 2).toBe(cellDegrees(5));
  });

  it("folds cell totals and breakdowns into clusters, largest first", () => {
    const rows = [
      { cx: 1, cy: 2, values: { category: "A3", level: null }, n: 2, sumLon: 2.2, sumLat: 4.4 },
      { cx: 1, cy: 2, values: { category: "A1", level: null }, n: 1, sumLon: 1.1, sumLat: 2.2 },
      { cx: -1, cy: 0, values: { category: "A1", level: "V1" }, n: 5, sumLon: -2.5, sumLat: 1 },
    ];
    const [big, small] = foldClusters(rows, 1);
    expect(big).toMatchObject({
      cx: -1,
      cy: 0,
      count: 5,
      lon: -0.5,
      lat: 0.2,
      cell: [-1, 0, 0, 1],
    });
    expect(small).toMatchObject({ count: 3, cell: [1, 2, 2, 3] });
    expect(small!.lon).toBeCloseTo(1.1, 12);
    expect(small!.lat).toBeCloseTo(2.2, 12);
    expect(small!.breakdown).toEqual({ category: { A3: 2, A1: 1 }, level: { none: 3 } });
  });
});
