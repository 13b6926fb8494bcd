/**
 * Reading a date or a date and time as a person types it in a plain text field (our own field,
 * not the browser's date widget, which speaks the browser's language instead of the app's).
 * Year first, so the order never depends on a locale: "2020-01-14 21:00" or "2020-01-14T21:00";
 * Arabic-Indic and Persian digits from an Arabic keyboard are read as Western digits.
 * Pure; the result is the wall-time string the pages pass to `wallTimeToIso` ("YYYY-MM-DDTHH:mm")
 * or a calendar day ("YYYY-MM-DD").
 */

export type TypedTime =
  | { kind: "empty" }
  | { kind: "ok"; value: string }
  /** "format": not year-month-day (hour:minute); "date": no such day; "time": no such time. */
  | { kind: "invalid"; problem: "format" | "date" | "time" };

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits → 0-9; direction marks and tatweel dropped. */
export function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u0640]/g, "");
}

const DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_TIME = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s*[T\s,،]\s*)(\d{1,2})[:.٫](\d{2})$/i;

const pad = (n: number) => String(n).padStart(2, "0");

function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function clean(text: string): string {
  return westernDigits(text).trim().replace(/\s+/g, " ");
}

/** A calendar day typed as year-month-day → "YYYY-MM-DD". */
export function parseTypedDay(text: string): TypedTime {
  const s = clean(text);
  if (s === "") return { kind: "empty" };
  const m = DAY.exec(s);
  if (!m) return { kind: "invalid", problem: "format" };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!realDay(y, mo, d)) return { kind: "invalid", problem: "date" };
  return { kind: "ok", value: `${m[1]}-${pad(mo)}-${pad(d)}` };
}

/** A wall time typed as year-month-day hour:minute (24-hour) → "YYYY-MM-DDTHH:mm". */
export function parseTypedDateTime(text: string): TypedTime {
  const s = clean(text);
  if (s === "") return { kind: "empty" };
  const m = DAY_TIME.exec(s);
  if (!m) return { kind: "invalid", problem: "format" };
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!realDay(y, mo, d)) return { kind: "invalid", problem: "date" };
  if (h > 23 || mi > 59) return { kind: "invalid", problem: "time" };
  return { kind: "ok", value: `${m[1]}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}` };
}

/** "2020-01-14T21:00" → "2020-01-14 21:00", the form the field shows a value in. */
export function showWallTime(value: string): string {
  return value.replace("T", " ");
}

/** Whether a string is a real calendar day "YYYY-MM-DD" (what a day field hands its page). */
export function isCalendarDay(value: string): boolean {
  const r = parseTypedDay(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && r.kind === "ok" && r.value === value;
}
