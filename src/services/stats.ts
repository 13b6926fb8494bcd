/**
 * The dashboard: reports and incidents (and incidents found to be violations) today, in the last
 * 7 and the last 30 days, by category, party side, sector and verification level, and a daily
 * trend since the agreement entered into force.
 *
 * Everything is counted inside the viewer's scope (access.ts), in SQL, with the lists' own scope
 * filters: a party liaison's dashboard counts its own party's complaints and what it may see of
 * incidents, never the other party's submissions. "Today" is the mission's calendar day
 * (its time zone, a mission setting) at the reference instant, which defaults to the service clock.
 *
 * Conventions: an event counts on the day it began (occurred_from). Reports replaced by an
 * amendment or closed as out of scope are not counted. The side of a report is the party it
 * accuses; the side of an incident is the party its visible finding attributes it to ("none" when
 * there is none). A report's verification level is that of its incident's visible finding.
 */
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import {
  countIncidents,
  countReports,
  DIMENSIONS,
  firstEntryIntoForce,
  incidentsPerDay,
  latestEvent,
  reportsPerDay,
  type CountRow,
  type Dimension,
  type IncidentCountRow,
  type WindowDays,
} from "../store/stats-repo.js";
import {
  incidentScopeFor,
  reportScopeFor,
  requireUser,
  type IncidentScope,
  type ReportScope,
} from "./access.js";
import type { Deps } from "./deps.js";
import { missionTimeZone } from "./mission.js";

type WindowName = "today" | "last7" | "last30";
const WINDOWS: readonly WindowName[] = ["today", "last7", "last30"];

interface Counts {
  reports: number;
  incidents: number;
  /** Incidents whose visible finding is a violation (attributed or not). */
  violations: number;
}

interface BreakdownRow extends Counts {
  key: string;
}

interface WindowStats {
  /** First and last mission day of the window (inclusive). */
  from: string;
  to: string;
  totals: Counts;
  byCategory: BreakdownRow[];
  bySide: BreakdownRow[];
  bySector: BreakdownRow[];
  byVerificationLevel: BreakdownRow[];
}

export interface DashboardStats {
  reference: { at: Date; day: string; timeZone: string };
  /** False for a role that reads incidents but not reports (the report counts are then 0). */
  includesReports: boolean;
  /** The latest event the viewer may see, to offer as a reference when now is too late. */
  latestEventAt: Date | null;
  entryIntoForce: Date | null;
  windows: Record<WindowName, WindowStats>;
  trend: { day: string; reports: number; incidents: number }[];
}

/** The mission calendar day ("YYYY-MM-DD") at an instant. */
function missionDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Days from `from` to `to` inclusive; empty when `from` is after `to`. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const FIELD_OF: Record<Dimension, keyof Omit<WindowStats, "from" | "to" | "totals">> = {
  category: "byCategory",
  side: "bySide",
  sector: "bySector",
  verificationLevel: "byVerificationLevel",
};

function scopesFor(
  actor: Actor,
  now: Date,
): { reports: ReportScope | null; incidents: IncidentScope } {
  requireUser(actor);
  let incidents: IncidentScope;
  try {
    incidents = incidentScopeFor(actor, now);
  } catch (err) {
    if (err instanceof DomainError && err.code === "forbidden") {
      throw new DomainError("forbidden", `The ${actor.role} role has no dashboard.`);
    }
    throw err;
  }
  let reports: ReportScope | null = null;
  try {
    reports = reportScopeFor(actor, now);
  } catch (err) {
    if (!(err instanceof DomainError && err.code === "forbidden")) throw err;
  }
  return { reports, incidents };
}

function merge(
  reportRows: CountRow[],
  incidentRows: IncidentCountRow[],
  window: WindowName,
): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  const row = (key: string) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, reports: 0, incidents: 0, violations: 0 }));
    return r;
  };
  for (const r of reportRows) if (r[window] > 0) row(r.key).reports = r[window];
  for (const r of incidentRows) {
    if (r[window] === 0) continue;
    const v =
      window === "today" ? r.violationsToday : window === "last7" ? r.violations7 : r.violations30;
    Object.assign(row(r.key), { incidents: r[window], violations: v });
  }
  return [...rows.values()].sort((a, b) =>
    a.key === "none" ? 1 : b.key === "none" ? -1 : a.key.localeCompare(b.key),
  );
}

function total(rows: BreakdownRow[]): Counts {
  return rows.reduce(
    (t, r) => ({
      reports: t.reports + r.reports,
      incidents: t.incidents + r.incidents,
      violations: t.violations + r.violations,
    }),
    { reports: 0, incidents: 0, violations: 0 },
  );
}

export async function dashboardStats(
  deps: Deps,
  actor: Actor,
  input: { at?: Date } = {},
): Promise<DashboardStats> {
  // Embargoes and release instants are judged on the service clock, like every other read.
  const scopes = scopesFor(actor, deps.clock());
  const at = input.at ?? deps.clock();
  const timeZone = await missionTimeZone(deps);
  const today = missionDay(at, timeZone);
  const days: WindowDays = {
    d30: addDays(today, -29),
    d7: addDays(today, -6),
    today,
    tomorrow: addDays(today, 1),
    timeZone,
  };

  const reportCounts = scopes.reports
    ? await countReports(deps.db, scopes.reports, scopes.incidents, days)
    : null;
  const incidentCounts = await countIncidents(deps.db, scopes.incidents, days);
  const perDimension = DIMENSIONS.map((dimension) => ({
    dimension,
    reports: reportCounts?.[dimension] ?? [],
    incidents: incidentCounts[dimension],
  }));
  const windows = {} as Record<WindowName, WindowStats>;
  for (const w of WINDOWS) {
    const stats = {
      from: w === "today" ? days.today : w === "last7" ? days.d7 : days.d30,
      to: days.today,
    } as WindowStats;
    for (const d of perDimension) stats[FIELD_OF[d.dimension]] = merge(d.reports, d.incidents, w);
    stats.totals = total(stats.byCategory);
    windows[w] = stats;
  }

  const entry = await firstEntryIntoForce(deps.db);
  const trendFrom = entry ? missionDay(entry, timeZone) : days.d30;
  const [reportDays, incidentDays] = await Promise.all([
    scopes.reports ? reportsPerDay(deps.db, scopes.reports, trendFrom, today, timeZone) : [],
    incidentsPerDay(deps.db, scopes.incidents, trendFrom, today, timeZone),
  ]);
  const byDay = (rows: { day: string; n: number }[]) => new Map(rows.map((r) => [r.day, r.n]));
  const r = byDay(reportDays);
  const i = byDay(incidentDays);
  const trend = daysBetween(trendFrom, today).map((day) => ({
    day,
    reports: r.get(day) ?? 0,
    incidents: i.get(day) ?? 0,
  }));

  return {
    reference: { at, day: today, timeZone },
    includesReports: scopes.reports !== null,
    latestEventAt: await latestEvent(deps.db, scopes.reports, scopes.incidents),
    entryIntoForce: entry,
    windows,
    trend,
  };
}
