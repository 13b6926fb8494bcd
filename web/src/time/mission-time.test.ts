import { describe, expect, it } from "vitest";
import { dayEndIso, dayStartIso, isoToWallTime, wallTimeToIso } from "./mission-time.js";

describe("mission time", () => {
  it("reads a time typed in Tripoli as UTC+2, whatever the browser's zone", () => {
    expect(wallTimeToIso("2020-01-14T21:00", "Africa/Tripoli")).toBe("2020-01-14T19:00:00.000Z");
  });

  it("shows a UTC instant as Tripoli wall time", () => {
    expect(isoToWallTime("2020-01-14T23:30:00Z", "Africa/Tripoli")).toBe("2020-01-15T01:30");
  });

  it("round-trips through a zone with daylight saving", () => {
    for (const wall of ["2020-03-29T01:30", "2020-07-01T12:00", "2020-10-25T04:00"]) {
      const iso = wallTimeToIso(wall, "Europe/Berlin")!;
      expect(isoToWallTime(iso, "Europe/Berlin")).toBe(wall);
    }
  });

  it("gives the bounds of a mission day", () => {
    expect(dayStartIso("2020-01-14", "Africa/Tripoli")).toBe("2020-01-13T22:00:00.000Z");
    expect(dayEndIso("2020-01-14", "Africa/Tripoli")).toBe("2020-01-14T21:59:59.999Z");
  });

  it("refuses a malformed time", () => {
    expect(wallTimeToIso("14/01/2020 21:00", "Africa/Tripoli")).toBeNull();
  });
});
