import { describe, expect, it } from "vitest";
import { dayOnMap, validAt } from "./layer-time.js";

describe("a version's days on the map", () => {
  it("is the first day at whose midday (Libya time) the version is valid", () => {
    // from midnight in Tripoli (UTC+2): valid at midday that day
    expect(dayOnMap({ validFrom: "2020-11-30T22:00:00.000Z", validTo: null })).toBe("2020-12-01");
    // from 15:00 in Tripoli: the map shows it from the next day
    expect(dayOnMap({ validFrom: "2020-12-01T13:00:00.000Z", validTo: null })).toBe("2020-12-02");
    // valid for one evening only: no day shows it
    expect(
      dayOnMap({ validFrom: "2020-12-01T13:00:00.000Z", validTo: "2020-12-01T20:00:00.000Z" }),
    ).toBeNull();
  });

  it("a version is valid from its start up to, not including, its end", () => {
    const v = { validFrom: "2020-01-01T00:00:00Z", validTo: "2020-02-01T00:00:00Z" };
    expect(validAt(v, new Date("2020-01-01T00:00:00Z"))).toBe(true);
    expect(validAt(v, new Date("2020-02-01T00:00:00Z"))).toBe(false);
  });
});
