/**
 * Dates and numbers for the interface. Every time is shown in the mission's time zone (GET
 * /mission, web/src/mission/mission-zone.ts) whatever the browser's own zone, and in the interface language's one locale (`localeOf`).
 */
import { localeOf } from "../../../src/domain/interface-language.js";
import {
  formatClock,
  formatDay as formatZonedDay,
  formatInstant,
} from "../../../src/domain/zoned-format.js";
import { missionTimeZone } from "../mission/mission-zone.js";
import { wallTimeToIso } from "../time/mission-time.js";
import type { UiLanguage } from "./index.js";

/**
 * The one locale each interface language formats with (src/domain/interface-language.ts): digits
 * are Western (0-9) in both; nothing is left to the browser's own language.
 */
export { localeOf };

const cache = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormatIn(
  timeZone: string,
  lang: UiLanguage,
  opts: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${timeZone}|${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), { ...opts, timeZone });
    cache.set(key, f);
  }
  return f;
}

/** "14 Jan 2020, 21:00" / "14 يناير 2020، 21:00" (src/domain/zoned-format.ts, as the server writes). */
export function formatDateTime(iso: string, lang: UiLanguage): string {
  return formatInstant(iso, lang, missionTimeZone());
}

/** The day an instant ends (a deadline day's end is its next midnight): "31 Jan 2021". */
export function formatDayEndingAt(iso: string, lang: UiLanguage): string {
  return formatZonedDay(new Date(Date.parse(iso) - 1), lang, missionTimeZone(), "short");
}

/** An event window: "14 Jan 2020, 21:00 – 23:30", or two full dates when the days differ. */
export function formatWindow(fromIso: string, toIso: string, lang: UiLanguage): string {
  const zone = missionTimeZone();
  const full = (iso: string) => formatInstant(iso, lang, zone);
  if (fromIso === toIso || Date.parse(fromIso) === Date.parse(toIso)) return full(fromIso);
  const day = (iso: string) => formatZonedDay(iso, lang, zone, "short");
  if (day(fromIso) === day(toIso)) return `${full(fromIso)} – ${formatClock(toIso, lang, zone)}`;
  return `${full(fromIso)} – ${full(toIso)}`;
}

export function formatNumber(n: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
}

/** A mission day ("2020-12-21") as "21 Dec 2020" (its midday, so no zone shifts it). */
export function formatDay(day: string, lang: UiLanguage): string {
  return formatZonedDay(`${day}T12:00:00Z`, lang, missionTimeZone(), "short");
}

/** A mission wall time "2020-01-14T21:00" in full: "Tuesday, 14 January 2020 at 21:00". */
export function formatWallTimeLong(wall: string, timeZone: string, lang: UiLanguage): string {
  const iso = wallTimeToIso(wall, timeZone);
  if (!iso) return wall;
  const f = dateTimeFormatIn(timeZone, lang, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return f.format(new Date(iso));
}

/** A calendar day "2020-01-14" in full: "Tuesday, 14 January 2020" (no zone shift). */
export function formatDayLong(day: string, lang: UiLanguage): string {
  const f = dateTimeFormatIn("UTC", lang, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return f.format(new Date(`${day}T00:00:00Z`));
}

/** The month of a calendar day "2021-01-14": "January 2021" (no zone shift). */
export function formatMonth(day: string, lang: UiLanguage): string {
  const f = dateTimeFormatIn("UTC", lang, { month: "long", year: "numeric" });
  return f.format(new Date(`${day}T12:00:00Z`));
}
