import { bearing } from "@turf/bearing";
import { destination as turfDestination } from "@turf/destination";
import { distance } from "@turf/distance";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bearingDeg, destination, distanceKm, havToKm, kmToHav } from "./sphere.js";
import { lonLat } from "./test-arbitraries.js";

const anywhere = lonLat([-179, -80, 179, 80]);

describe("great-circle measures", () => {
  it("agree with @turf/distance", () => {
    fc.assert(
      fc.property(anywhere, anywhere, ([lon1, lat1], [lon2, lat2]) => {
        const turf = distance([lon1, lat1], [lon2, lat2], { units: "kilometers" });
        expect(distanceKm(lon1, lat1, lon2, lat2)).toBeCloseTo(turf, 6);
      }),
    );
  });

  it("agree with @turf/bearing and @turf/destination", () => {
    fc.assert(
      fc.property(
        anywhere,
        fc.double({ min: 0.01, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 359.9, noNaN: true }),
        ([lon, lat], km, deg) => {
          const ours = destination(lon, lat, km, deg);
          const theirs = turfDestination([lon, lat], km, deg, { units: "kilometers" }).geometry
            .coordinates;
          expect(distanceKm(ours[0], ours[1], theirs[0]!, theirs[1]!)).toBeLessThan(1e-6);
          const back = (bearing([lon, lat], ours) + 360) % 360;
          expect(
            Math.abs(((bearingDeg(lon, lat, ours[0], ours[1]) - back + 540) % 360) - 180),
          ).toBeLessThan(1e-6);
        },
      ),
    );
  });

  it("measure Tripoli to Misrata at about 187 km (great circle)", () => {
    expect(distanceKm(13.191, 32.887, 15.092, 32.378)).toBeCloseTo(186.8, 0);
  });

  it("convert between kilometres and haversines both ways", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20000, noNaN: true }), (km) => {
        expect(havToKm(kmToHav(km))).toBeCloseTo(km, 6);
      }),
    );
    expect(kmToHav(Infinity)).toBe(Infinity);
  });
});
