import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPASS_POINTS, COMPASS_POINTS_AR, compassPoint } from "./compass.js";
import { describePosition } from "./describe.js";
import type { PlaceDistance } from "./gazetteer.js";

const near = (
  distanceKm: number,
  bearing: number,
  nameAr: string | null = "عين زارة",
): PlaceDistance => {
  const compass = compassPoint(bearing);
  return {
    placeId: "p",
    name: "Ain Zara",
    nameAr,
    kind: "suburb",
    distanceKm,
    bearingDeg: bearing,
    compass,
    compassAr: COMPASS_POINTS_AR[compass],
  };
};

describe("compass points", () => {
  it("divide the circle into 16 sectors of 22.5° centred on each point", () => {
    expect(compassPoint(0)).toBe("N");
    expect(compassPoint(11.2)).toBe("N");
    expect(compassPoint(11.3)).toBe("NNE");
    expect(compassPoint(157.5)).toBe("SSE");
    expect(compassPoint(348.8)).toBe("N");
    expect(compassPoint(-90)).toBe("W");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 15 }),
        (i) => compassPoint(i * 22.5) === COMPASS_POINTS[i],
      ),
    );
  });

  it("read in Arabic word by word", () => {
    expect(COMPASS_POINTS_AR.N).toBe("شمال");
    expect(COMPASS_POINTS_AR.NE).toBe("شمال شرق");
    expect(COMPASS_POINTS_AR.SSE).toBe("جنوب جنوب شرق");
    expect(COMPASS_POINTS_AR.WNW).toBe("غرب شمال غرب");
  });
});

describe("describing a position", () => {
  it("reads as mission reports write it, in English and Arabic", () => {
    expect(describePosition(near(4.2, 157.5), "en")).toBe("4 km SSE of Ain Zara");
    expect(describePosition(near(4.2, 157.5), "ar")).toBe("4 كم جنوب جنوب شرق عين زارة");
    expect(describePosition(near(12.6, 270), "ar")).toBe("13 كم غرب عين زارة");
  });

  it("puts a point within half a kilometre at the place", () => {
    expect(describePosition(near(0.3, 10), "en")).toBe("at Ain Zara");
    expect(describePosition(near(0.3, 10), "ar")).toBe("في عين زارة");
  });

  it("falls back to the Latin name in Arabic when there is no Arabic one", () => {
    expect(describePosition(near(2, 90, null), "ar")).toBe("2 كم شرق Ain Zara");
  });
});
