import { describe, expect, it } from "vitest";
import { wallTimeToIso } from "./mission-time.js";
import {
  isCalendarDay,
  parseTypedDateTime,
  parseTypedDay,
  showWallTime,
  westernDigits,
} from "./typed-time.js";

describe("a date and time typed in the app's own field", () => {
  it("reads year-month-day hour:minute with a space or a T", () => {
    const ok = { kind: "ok", value: "2020-01-14T21:00" };
    expect(parseTypedDateTime("2020-01-14 21:00")).toEqual(ok);
    expect(parseTypedDateTime("2020-01-14T21:00")).toEqual(ok);
    expect(parseTypedDateTime("  2020-1-14   21:00 ")).toEqual(ok);
    expect(parseTypedDateTime("2020/01/14 21:00")).toEqual(ok);
  });

  it("reads Arabic-Indic and Persian digits as typed on an Arabic keyboard", () => {
    expect(parseTypedDateTime("٢٠٢٠-٠١-١٤ ٢١:٠٠")).toEqual({
      kind: "ok",
      value: "2020-01-14T21:00",
    });
    expect(parseTypedDay("۲۰۲۰-۰۱-۱۴")).toEqual({ kind: "ok", value: "2020-01-14" });
    // Direction marks pasted from an Arabic document are not part of the date.
    expect(parseTypedDay("\u200f2020-01-14\u200f")).toEqual({ kind: "ok", value: "2020-01-14" });
    expect(westernDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
  });

  it("is empty when nothing (or only spaces) is typed", () => {
    expect(parseTypedDateTime("")).toEqual({ kind: "empty" });
    expect(parseTypedDateTime("   ")).toEqual({ kind: "empty" });
    expect(parseTypedDay("")).toEqual({ kind: "empty" });
  });

  it("refuses a day that is not on the calendar", () => {
    const noDay = { kind: "invalid", problem: "date" };
    expect(parseTypedDateTime("2020-02-30 10:00")).toEqual(noDay);
    expect(parseTypedDateTime("2019-02-29 10:00")).toEqual(noDay);
    expect(parseTypedDateTime("2020-13-01 10:00")).toEqual(noDay);
    expect(parseTypedDay("2020-04-31")).toEqual(noDay);
    expect(parseTypedDay("2020-00-10")).toEqual(noDay);
    // A leap day is a day.
    expect(parseTypedDay("2020-02-29")).toEqual({ kind: "ok", value: "2020-02-29" });
  });

  it("refuses a time that is not on the clock", () => {
    expect(parseTypedDateTime("2020-01-14 24:00")).toEqual({ kind: "invalid", problem: "time" });
    expect(parseTypedDateTime("2020-01-14 21:60")).toEqual({ kind: "invalid", problem: "time" });
  });

  it("refuses another order or a missing part rather than guess", () => {
    for (const text of ["14/01/2020 21:00", "01/14/2020", "2020-01-14", "21:00", "2020-01-14 9pm"])
      expect(parseTypedDateTime(text)).toEqual({ kind: "invalid", problem: "format" });
    expect(parseTypedDay("14/01/2020")).toEqual({ kind: "invalid", problem: "format" });
    expect(parseTypedDay("2020-01-14 21:00")).toEqual({ kind: "invalid", problem: "format" });
  });

  it("shows a value with a space and knows a real calendar day", () => {
    expect(showWallTime("2020-01-14T21:00")).toBe("2020-01-14 21:00");
    expect(isCalendarDay("2020-01-14")).toBe(true);
    expect(isCalendarDay("2020-02-30")).toBe(false);
    expect(isCalendarDay("2020-1-14")).toBe(false);
    expect(isCalendarDay("")).toBe(false);
  });
});

describe("a wall time handed to the API conversion", () => {
  it("is refused when it is not on the calendar, instead of rolling over", () => {
    expect(wallTimeToIso("2020-02-30T10:00", "Africa/Tripoli")).toBeNull();
    expect(wallTimeToIso("2020-01-14T24:00", "Africa/Tripoli")).toBeNull();
    expect(wallTimeToIso("2020-02-29T10:00", "Africa/Tripoli")).toBe("2020-02-29T08:00:00.000Z");
  });
});
