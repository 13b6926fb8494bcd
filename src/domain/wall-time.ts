/**
 * Converting between the wall-clock time a person types (in the mission's time zone, whatever
 * the browser's zone is) and the UTC instants the API speaks. Pure; no DST assumptions.
 */

const partsFormat = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormat.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading in `timeZone` at `utcMs`, expressed as if it were a UTC time. */
function wallClockMs(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

/** How far `timeZone`'s clocks are ahead of UTC at `utcMs`, in minutes (negative: behind). */
export function wallClockOffsetMinutes(utcMs: number, timeZone: string): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  return Math.round((wallClockMs(whole, timeZone) - whole) / 60_000);
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2020-01-14T21:00" typed in Aden (UTC+3) → "2020-01-14T18:00:00.000Z". Null if malformed or not on
 * the calendar ("2020-02-30T10:00" is not 1 March).
 */
export function wallTimeToIso(wall: string, timeZone: string): string | null {
  const m = WALL_TIME.exec(wall);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const asUtc = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, s ? +s : 0);
  if (Number.isNaN(asUtc)) return null;
  // Date.UTC rolls an impossible reading over (30 February → 1 March, 24:00 → next day).
  if (new Date(asUtc).toISOString().slice(0, 19) !== `${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}`)
    return null;
  // First guess with the offset at that instant, then correct once for an offset change.
  let utc = asUtc - (wallClockMs(asUtc, timeZone) - asUtc);
  utc = asUtc - (wallClockMs(utc, timeZone) - utc);
  return new Date(utc).toISOString();
}

/** An instant → the "YYYY-MM-DDTHH:mm" a datetime-local input shows in `timeZone`. */
export function isoToWallTime(iso: string, timeZone: string): string {
  const wall = new Date(wallClockMs(new Date(iso).getTime(), timeZone));
  return wall.toISOString().slice(0, 16);
}

/** The first instant of a calendar day ("YYYY-MM-DD") in `timeZone`. */
export function dayStartIso(day: string, timeZone: string): string | null {
  return wallTimeToIso(`${day}T00:00`, timeZone);
}

/** The last millisecond of a calendar day in `timeZone`. */
export function dayEndIso(day: string, timeZone: string): string | null {
  const start = wallTimeToIso(`${day}T00:00`, timeZone);
  if (!start) return null;
  const next = new Date(new Date(start).getTime() + 36 * 3600_000).toISOString();
  const nextDay = isoToWallTime(next, timeZone).slice(0, 10);
  const nextStart = wallTimeToIso(`${nextDay}T00:00`, timeZone);
  return nextStart ? new Date(new Date(nextStart).getTime() - 1).toISOString() : null;
}
