/**
 * The map's time window: which days of events the points show, and the day the lines are drawn
 * as on. Kept in the URL (`?span=7d&to=2020-12-21&at=…`) so that a link reproduces the view.
 * The window ends on `to` (by default the latest day with data the viewer may see, not today:
 * the demo ends in 2020); the lines follow that end unless a day is chosen apart (`at`).
 */
import { dayEndIso, dayStartIso } from "../../time/mission-time.js";
import { missionTimeZone } from "../../mission/mission-zone.js";

const SPANS = ["day", "7d", "30d", "all", "custom"] as const;
export type Span = (typeof SPANS)[number];

/** The quick choices and how many days each covers (the end day included). */
export const QUICK_SPANS: readonly [Exclude<Span, "custom">, number | null][] = [
  ["day", 1],
  ["7d", 7],
  ["30d", 30],
  ["all", null],
];

const DEFAULT_SPAN: Span = "30d";

export interface MapTime {
  span: Span;
  /** The window's last day; null until the latest day with data is known. */
  to: string | null;
  /** The window's first day, for a custom window. */
  from: string | null;
  /** The day the lines are drawn as on, when chosen apart from the window's end. */
  at: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(s: string | null | undefined): s is string {
  return !!s && DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

/** The URL's choice; anything malformed is ignored (the defaults apply). */
export function readMapTime(query: URLSearchParams): MapTime {
  const span = query.get("span");
  const to = query.get("to");
  const from = query.get("from");
  const at = query.get("at");
  const t: MapTime = {
    span: (SPANS as readonly string[]).includes(span ?? "") ? (span as Span) : DEFAULT_SPAN,
    to: isDay(to) ? to : null,
    from: isDay(from) ? from : null,
    at: isDay(at) ? at : null,
  };
  if (t.span === "custom" && (!t.from || !t.to || t.from > t.to)) {
    return { ...t, span: DEFAULT_SPAN, from: null };
  }
  return t.span === "custom" ? t : { ...t, from: null };
}

/** The URL parameters of a choice (others in `query` kept). */
export function writeMapTime(query: URLSearchParams, t: MapTime): string {
  const q = new URLSearchParams(query);
  for (const k of ["span", "to", "from", "at"]) q.delete(k);
  q.set("span", t.span);
  if (t.to) q.set("to", t.to);
  if (t.span === "custom" && t.from) q.set("from", t.from);
  if (t.at && t.at !== t.to) q.set("at", t.at);
  return q.toString();
}

/** "2020-12-21" plus n days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The first and last day of the window; `from` is null for "all". */
export function windowDays(t: MapTime & { to: string }): { from: string | null; to: string } {
  if (t.span === "custom") return { from: t.from, to: t.to };
  const days = QUICK_SPANS.find(([s]) => s === t.span)?.[1] ?? null;
  return { from: days === null ? null : addDays(t.to, 1 - days), to: t.to };
}

/** The points' filter: events overlapping the window's days in mission time; none for "all". */
export function windowQuery(t: MapTime): { occurredFrom?: string; occurredTo?: string } {
  if (!t.to || t.span === "all") return {};
  const { from, to } = windowDays({ ...t, to: t.to });
  return {
    ...(from ? { occurredFrom: dayStartIso(from, missionTimeZone()) ?? undefined } : {}),
    occurredTo: dayEndIso(to, missionTimeZone()) ?? undefined,
  };
}

/** The day the lines are drawn as on: the chosen one, or the window's end. */
export function linesDay(t: MapTime): string | null {
  return t.at ?? t.to;
}

/** A quick choice moved to: the same end day, the custom start dropped. */
export function withSpan(t: MapTime, span: Exclude<Span, "custom">): MapTime {
  return { ...t, span, from: null };
}

/** A start day typed: a custom window (the end moves along when it would precede the start). */
export function withFrom(t: MapTime, from: string): MapTime {
  const to = t.to && t.to >= from ? t.to : from;
  return { ...t, span: "custom", from, to };
}

/** An end day typed: a custom window keeps its start unless it would follow the end. */
export function withTo(t: MapTime, to: string): MapTime {
  if (t.span === "custom" && t.from && t.from > to) return { ...t, from: to, to };
  return { ...t, to };
}
