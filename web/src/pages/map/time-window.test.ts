import { beforeAll, describe, expect, it } from "vitest";
import { setMissionTimeZone } from "../../mission/mission-zone.js";
import {
  addDays,
  linesDay,
  readMapTime,
  windowDays,
  windowQuery,
  withFrom,
  withSpan,
  withTo,
  writeMapTime,
  type MapTime,
} from "./time-window.js";

const q = (s: string) => new URLSearchParams(s);

// The fixtures are the Libya demo's: times typed and shown in Tripoli (UTC+2).
beforeAll(() => setMissionTimeZone("Africa/Tripoli"));

describe("the map's time window", () => {
  it("reads the URL's choice and writes it back, keeping other parameters", () => {
    const t = readMapTime(q("focus=abc&span=7d&to=2020-08-01&at=2020-06-01"));
    expect(t).toEqual({ span: "7d", to: "2020-08-01", from: null, at: "2020-06-01" });
    expect(writeMapTime(q("focus=abc&span=day"), t)).toBe(
      "focus=abc&span=7d&to=2020-08-01&at=2020-06-01",
    );
  });

  it("ignores a malformed or inconsistent URL: the defaults apply", () => {
    expect(readMapTime(q("span=year&to=2020-13-45&at=yesterday"))).toEqual({
      span: "30d",
      to: null,
      from: null,
      at: null,
    });
    // a custom window whose start follows its end
    expect(readMapTime(q("span=custom&from=2020-02-01&to=2020-01-01")).span).toBe("30d");
  });

  it("counts the end day in: 7 days to 1 August start on 26 July", () => {
    const t: MapTime = { span: "7d", to: "2020-08-01", from: null, at: null };
    expect(windowDays({ ...t, to: "2020-08-01" })).toEqual({
      from: "2020-07-26",
      to: "2020-08-01",
    });
    expect(windowDays({ ...t, span: "day", to: "2020-08-01" }).from).toBe("2020-08-01");
    expect(addDays("2020-03-01", -1)).toBe("2020-02-29");
  });

  it("asks for the events overlapping the window's days in Libya time, nothing for 'all'", () => {
    const t: MapTime = { span: "day", to: "2020-01-14", from: null, at: null };
    expect(windowQuery(t)).toEqual({
      occurredFrom: "2020-01-13T22:00:00.000Z",
      occurredTo: "2020-01-14T21:59:59.999Z",
    });
    expect(windowQuery({ ...t, span: "all" })).toEqual({});
    expect(windowQuery({ ...t, to: null })).toEqual({});
  });

  it("draws the lines as on the window's end unless a day is chosen apart", () => {
    const t: MapTime = { span: "30d", to: "2020-12-21", from: null, at: null };
    expect(linesDay(t)).toBe("2020-12-21");
    expect(linesDay({ ...t, at: "2020-02-01" })).toBe("2020-02-01");
    // the lines' day equal to the end is not written: it follows the end when the end moves
    expect(writeMapTime(q(""), { ...t, at: "2020-12-21" })).toBe("span=30d&to=2020-12-21");
  });

  it("moves between quick choices and a custom window", () => {
    const t: MapTime = { span: "7d", to: "2020-08-01", from: null, at: null };
    const custom = withFrom(t, "2020-07-01");
    expect(custom).toMatchObject({ span: "custom", from: "2020-07-01", to: "2020-08-01" });
    expect(withTo(custom, "2020-06-01")).toMatchObject({ from: "2020-06-01", to: "2020-06-01" });
    expect(withFrom(t, "2020-09-01")).toMatchObject({ from: "2020-09-01", to: "2020-09-01" });
    expect(withSpan(custom, "all")).toMatchObject({ span: "all", from: null, to: "2020-08-01" });
  });
});
