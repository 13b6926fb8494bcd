/**
 * Calendar days in a time zone, for deadlines: "D+90" is day arithmetic on the calendar (not 90 ×
 * 24 hours), and a deadline day ends at the first instant of the next day in the mission's zone.
 * Right in zones with daylight-saving time too (a day there may last 23 or 25 hours, and in a few
 * zones midnight itself is skipped). Pure: Intl only.
 */

/** A calendar day, "YYYY-MM-DD". */
export type CalendarDay = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `s` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDay(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === s;
}

function dayToUtcMs(day: CalendarDay): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`not a calendar day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The day `n` calendar days after `day` (before, when negative). */
export function addDays(day: CalendarDay, n: number): CalendarDay {
  return new Date(dayToUtcMs(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((dayToUtcMs(b) - dayToUtcMs(a)) / DAY_MS);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallTime(at: number, timeZone: string): { day: CalendarDay; ms: number } {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return { day, ms: wall + (at % 1000 >= 0 ? at % 1000 : 1000 + (at % 1000)) };
}

/** The calendar day an instant falls on in `timeZone`. */
export function dayInZone(at: Date, timeZone: string): CalendarDay {
  return wallTime(at.getTime(), timeZone).day;
}

/** The first instant of `day` in `timeZone` (where midnight is skipped, the first that exists). */
export function startOfDayInZone(day: CalendarDay, timeZone: string): Date {
  const midnight = dayToUtcMs(day);
  // The wall clock's offset near that midnight, applied twice (it may change in between).
  let t = midnight;
  for (let i = 0; i < 2; i++) t = midnight - (wallTime(t, timeZone).ms - t);
  if (wallTime(t, timeZone).day === day && wallTime(t - 1, timeZone).day < day) return new Date(t);
  // Midnight does not exist on that day (a transition at 00:00): search for the first instant.
  let lo = midnight - 16 * 3_600_000;
  let hi = midnight + 16 * 3_600_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallTime(mid, timeZone).day >= day) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/**
 * The instant a deadline day is over in `timeZone`: the first instant of the next day. A thing
 * due "by 23 January" is late from this instant on.
 */
export function endOfDayInZone(day: CalendarDay, timeZone: string): Date {
  return startOfDayInZone(addDays(day, 1), timeZone);
}
