/** Mission calendar days ("YYYY-MM-DD") for the dashboard: shown, compared and moved. */
import { formatDay as formatZonedDay } from "../../../../src/domain/zoned-format.js";
import { localeOf } from "../../i18n/format.js";
import type { UiLanguage } from "../../i18n/index.js";
import { dayEndIso, isoToWallTime } from "../../time/mission-time.js";
import { missionTimeZone } from "../../mission/mission-zone.js";

function utcOf(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "14 Jan 2020" / "14 يناير 2020" for a calendar day (already a mission day: no zone shift). */
export function formatDay(day: string, lang: UiLanguage): string {
  return formatZonedDay(utcOf(day), lang, "UTC", "short");
}

export function formatMonth(day: string, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(utcOf(day));
}

/** The mission day an instant falls on. */
export function missionDayOf(iso: string): string {
  return isoToWallTime(iso, missionTimeZone()).slice(0, 10);
}

/** The reference instant for a chosen day: its last moment in mission time. */
export function referenceFor(day: string): string | undefined {
  return dayEndIso(day, missionTimeZone()) ?? undefined;
}
