import { afterEach, describe, expect, it } from "vitest";
import { setMissionTimeZone } from "../mission/mission-zone.js";
import { formatDateTime, formatDay, formatDayEndingAt, formatWindow } from "./format.js";

describe("dates in the browser, as the server writes them", () => {
  afterEach(() => setMissionTimeZone("UTC"));

  it("names the month in Arabic and keeps the 24-hour clock, in the mission's zone", () => {
    setMissionTimeZone("Africa/Tripoli");
    const at = "2020-01-14T19:00:00Z";
    expect(formatDateTime(at, "en")).toBe("14 Jan 2020, 21:00");
    const ar = formatDateTime(at, "ar");
    expect(ar).toContain("يناير");
    expect(ar).toContain("21:00");
    expect(ar).not.toMatch(/[/م]/);
  });

  it("writes a window on one day with its end's time alone, and across days in full", () => {
    setMissionTimeZone("Africa/Tripoli");
    expect(formatWindow("2020-01-14T19:00:00Z", "2020-01-14T21:30:00Z", "en")).toBe(
      "14 Jan 2020, 21:00 – 23:30",
    );
    expect(formatWindow("2020-01-14T19:00:00Z", "2020-01-14T22:30:00Z", "en")).toBe(
      "14 Jan 2020, 21:00 – 15 Jan 2020, 00:30",
    );
  });

  it("writes a deadline's day as the day it ends, and a mission day as itself", () => {
    setMissionTimeZone("Asia/Aden");
    expect(formatDayEndingAt("2021-01-31T21:00:00Z", "en")).toBe("31 Jan 2021");
    expect(formatDay("2020-12-21", "en")).toBe("21 Dec 2020");
    expect(formatDay("2020-12-21", "ar")).toContain("ديسمبر");
  });
});
