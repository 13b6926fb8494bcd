/**
 * Dates and numbers for the interface. Every time is shown in the mission's time zone (GET
 * /mission, web/src/mission/mission-zone.ts) whatever the browser's own zone, and in the interface language's one locale (`localeOf`).
 */
import { localeOf } from "../../../src/domain/interface-language.js";
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

function dateTimeFormat(lang: UiLanguage, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormatIn(missionTimeZone(), lang, opts);
}

export function formatDateTime(iso: string, lang: UiLanguage): string {
  return dateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** The day an instant ends (a deadline day's end is its next midnight): "31 Jan 2021". */
export function formatDayEndingAt(iso: string, lang: UiLanguage): string {
  return dateTimeFormat(lang, { dateStyle: "medium" }).format(new Date(Date.parse(iso) - 1));
}

/** An event window: "14 Jan 2020, 21:00 – 23:30", or two full dates when the days differ. */
export function formatWindow(fromIso: string, toIso: string, lang: UiLanguage): string {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  const day = dateTimeFormat(lang, { dateStyle: "medium" });
  const full = dateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
  if (from.getTime() === to.getTime()) return full.format(from);
  if (day.format(from) === day.format(to)) {
    const time = dateTimeFormat(lang, { timeStyle: "short" });
    return `${full.format(from)} – ${time.format(to)}`;
  }
  return `${full.format(from)} – ${full.format(to)}`;
}

export function formatNumber(n: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
}

/** A mission day ("2020-12-21") as "21 Dec 2020" (its midday, so no zone shifts it). */
export function formatDay(day: string, lang: UiLanguage): string {
  return dateTimeFormat(lang, { dateStyle: "medium" }).format(new Date(`${day}T12:00:00Z`));
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
