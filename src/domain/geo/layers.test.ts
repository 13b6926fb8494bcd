import { describe, expect, it } from "vitest";
import { TRIPOLI_WORKING_LINE } from "../../demo/geo/illustrative-layers.js";
import {
  geometryTypesFor,
  isValidAt,
  overlappingVersions,
  statusRank,
  type LayerVersion,
} from "./layers.js";

const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n));
const version = (id: string, layerId: string, from: number, to: number | null): LayerVersion => ({
  ...TRIPOLI_WORKING_LINE,
  id,
  layerId,
  validFrom: day(from),
  validTo: to === null ? null : day(to),
});

describe("layer versions", () => {
  it("are valid from validFrom up to, not including, validTo", () => {
    const v = version("a", "l", 1, 3);
    expect(isValidAt(v, day(0))).toBe(false);
    expect(isValidAt(v, day(1))).toBe(true);
    expect(isValidAt(v, day(3))).toBe(false);
    expect(isValidAt(version("b", "l", 1, null), day(999))).toBe(true);
  });

  it("are found overlapping only within one layer", () => {
    const versions = [
      version("a1", "a", 0, 10),
      version("a2", "a", 10, null),
      version("b1", "b", 0, null),
      version("b2", "b", 5, 20),
      version("c1", "c", 0, 30),
    ];
    expect(overlappingVersions(versions)).toEqual([["b1", "b2"]]);
  });

  it("rank agreed before working before claimed", () => {
    expect(statusRank("agreed")).toBeLessThan(statusRank("working"));
    expect(statusRank("working")).toBeLessThan(statusRank("claimed"));
  });

  it("take lines or polygons by kind", () => {
    expect(geometryTypesFor("line_of_contact")).toEqual(["LineString", "MultiLineString"]);
    expect(geometryTypesFor("area_of_control")).toEqual(["Polygon", "MultiPolygon"]);
  });
});
