/**
 * Dates and instants written by the server (the portal, report products, e-mail subjects, made-up
 * titles), in a reader's language and the mission's time zone, with the interface language's one
 * locale (docs/language.md). Named parts, not date styles: the Arabic "medium" style is all digits
 * and slashes in some ICU data, and every writer must write the same day the same way.
 */
import { localeOf, type InterfaceLanguage } from "./interface-language.js";

type Month = "long" | "short";

const formats = new Map<string, Intl.DateTimeFormat>();

/** The 24-hour clock in both languages: "21:00", never "9:00 م". */
const CLOCK = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

function formatter(
  lang: InterfaceLanguage,
  timeZone: string,
  month: Month | null,
  time: boolean,
): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${month}|${time}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), {
      ...(month ? { day: "numeric", month, year: "numeric" } : {}),
      ...(time ? CLOCK : {}),
      timeZone,
    });
    formats.set(key, f);
  }
  return f;
}

/** "14 January 2020" / "14 يناير 2020" (or "14 Jan 2020" with a short month). */
export function formatDay(
  at: Date | string,
  lang: InterfaceLanguage,
  timeZone: string,
  month: Month = "long",
): string {
  return formatter(lang, timeZone, month, false).format(new Date(at));
}

/** "14 Jan 2020, 21:30" / "14 يناير 2020، 21:30". */
export function formatInstant(
  at: Date | string,
  lang: InterfaceLanguage,
  timeZone: string,
  month: Month = "short",
): string {
  return formatter(lang, timeZone, month, true).format(new Date(at));
}

/** "21:00", the time of day alone. */
export function formatClock(at: Date | string, lang: InterfaceLanguage, timeZone: string): string {
  return formatter(lang, timeZone, null, true).format(new Date(at));
}
