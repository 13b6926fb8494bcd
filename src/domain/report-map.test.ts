import { describe, expect, it } from "vitest";
import { focusBox } from "./report-map.js";

describe("the part of the mission a map draws", () => {
  const libya: [number, number, number, number] = [9, 19, 26, 34];

  it("draws the whole area when there is no point", () => {
    expect(focusBox([], libya)).toEqual(libya);
  });

  it("draws the points with a margin around them, never beyond the area", () => {
    expect(
      focusBox(
        [
          { lat: 32.75, lon: 13.15 },
          { lat: 31.35, lon: 15.75 },
        ],
        libya,
      ),
    ).toEqual([12.15, 30.35, 16.75, 33.75]);
    expect(focusBox([{ lat: 33.85, lon: 9.45 }], libya)).toEqual([9, 32.85, 10.45, 34]);
  });
});
