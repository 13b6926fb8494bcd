/**
 * The mission's time zone, as the formatters and the date fields read it. It is the mission's
 * (GET /mission), set once the app knows it and before anything is drawn (MissionProvider); the
 * formatters are called from a hundred places, pages and plain modules alike, so they read it here
 * instead of each caller passing it on. A change of zone redraws the whole app (the provider keys
 * its children by the zone).
 */
import { wallClockOffsetMinutes } from "../time/mission-time.js";

let zone = "UTC";

export function missionTimeZone(): string {
  return zone;
}

/** Sets the zone every formatter uses from now on (an IANA name, e.g. "Asia/Aden"). */
export function setMissionTimeZone(timeZone: string): void {
  zone = timeZone;
}

/**
 * "UTC+3", "UTC+5:30", "UTC-4" or "UTC": the zone's offset at `at` (now by default), as the
 * interface names it beside the zone.
 */
export function utcOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const minutes = wallClockOffsetMinutes(at.getTime(), timeZone);
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "-";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}
