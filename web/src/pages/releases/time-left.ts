/** How long until a deadline, said in the interface language: "in 3 days", "خلال 5 ساعات". */
import { useEffect, useState } from "react";
import { localeOf } from "../../i18n/format.js";
import type { UiLanguage } from "../../i18n/index.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Null once the deadline has passed. Rounded down, so that it never promises more time. */
export function timeUntil(deadlineIso: string, nowMs: number, lang: UiLanguage): string | null {
  const ms = Date.parse(deadlineIso) - nowMs;
  if (!(ms > 0)) return null;
  const rtf = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: "always" });
  if (ms < 2 * HOUR) return rtf.format(Math.max(1, Math.floor(ms / MINUTE)), "minute");
  if (ms < 2 * DAY) return rtf.format(Math.floor(ms / HOUR), "hour");
  return rtf.format(Math.floor(ms / DAY), "day");
}

/** The current time, refreshed every minute while the page is open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
