/**
 * Dashboard counts, computed in SQL with GROUP BY and narrowed by the same scope filters as the
 * lists (scopeFilter, incidentScopeFilter), so a count never includes a row the viewer could not
 * open. Days are calendar days in the mission's time zone.
 */
import {
  sql,
  type AliasedExpression,
  type AliasedRawBuilder,
  type ExpressionBuilder,
  type RawBuilder,
  type SelectQueryBuilder,
} from "kysely";
import type { IncidentScope, ReportScope } from "../domain/scopes.js";
import type { Db } from "./database.js";
import { incidentScopeFilter, latestVisibleFinding } from "./incidents-repo.js";
import { scopeFilter } from "./reports-repo.js";
import { sectorSql } from "./sector-sql.js";

export { sectorSql };
import type { DB } from "./schema.js";

/** Reports that are not counted: replaced by an amendment, or closed as not a ceasefire matter. */
const NOT_COUNTED_STATUSES = ["superseded", "out_of_scope"];
const VIOLATION_OUTCOMES = ["violation_attributed", "violation_unattributed"];

/** The first instant of a mission calendar day ("YYYY-MM-DD") in the mission's time zone. */
function dayStart(day: string, timeZone: string): RawBuilder<Date> {
  return sql<Date>`(${day}::date::timestamp AT TIME ZONE ${timeZone})`;
}

/** The mission-time day of a timestamp, as a date (cheap to group by; see dayText). */
function localDay(column: string, timeZone: string): RawBuilder<string> {
  // The zone as a literal, so the SELECT and GROUP BY expressions are equal. It is the mission's
  // setting, checked to be an IANA name (src/domain/mission.ts) before it was stored.
  if (!/^[A-Za-z0-9_/+-]+$/.test(timeZone)) throw new Error(`not a time zone: ${timeZone}`);
  return sql<string>`(${sql.ref(column)} AT TIME ZONE ${sql.lit(timeZone)})::date`;
}

/** A grouped day as "YYYY-MM-DD" text, formatted once per day rather than once per row. */
function dayText(column: string, timeZone: string): RawBuilder<string> {
  return sql<string>`(${localDay(column, timeZone)})::text`;
}

export interface WindowDays {
  /** First day of the 30-day window. */
  d30: string;
  /** First day of the 7-day window. */
  d7: string;
  today: string;
  /** The day after `today`: the windows end at its first instant. */
  tomorrow: string;
  /** The mission's time zone, in which the days are calendar days. */
  timeZone: string;
}

export type Dimension = "category" | "side" | "sector" | "verificationLevel";
export const DIMENSIONS: readonly Dimension[] = ["category", "side", "sector", "verificationLevel"];

export interface CountRow {
  key: string;
  today: number;
  last7: number;
  last30: number;
}

export interface IncidentCountRow extends CountRow {
  violationsToday: number;
  violations7: number;
  violations30: number;
}

type IncidentsWithFinding = SelectQueryBuilder<
  DB & { lf: { verification_level: string; outcome: string; attributed_party: string | null } },
  "incidents" | "lf",
  object
>;

/**
 * Incidents with their latest finding as the viewer may see it: the mission sees the latest
 * version; everyone else only once the incident was released (as getIncident shows it).
 */
function incidentsWithVisibleFinding(db: Db, scope: IncidentScope): IncidentsWithFinding {
  return db
    .selectFrom("incidents")
    .leftJoinLateral(
      (eb) =>
        latestVisibleFinding(eb, scope)
          .select(["findings.verification_level", "findings.outcome", "findings.attributed_party"])
          .as("lf"),
      (join) => join.onTrue(),
    )
    .where(incidentScopeFilter(scope));
}

function reportKey(
  dimension: Dimension,
  incidentScope: IncidentScope,
): (eb: ExpressionBuilder<DB, "reports">) => RawBuilder<string> {
  return (eb) => {
    switch (dimension) {
      case "category":
        return sql<string>`${sql.ref("reports.category")}`;
      case "side":
        return sql<string>`coalesce(${sql.ref("reports.alleged_party")}, 'none')`;
      case "sector":
        return sectorSql("reports");
      case "verificationLevel": {
        // The level of the report's incident, when the viewer may see that incident's finding.
        const level = eb
          .selectFrom("incidents")
          .leftJoinLateral(
            (sub) =>
              latestVisibleFinding(sub, incidentScope)
                .select("findings.verification_level")
                .as("lf"),
            (join) => join.onTrue(),
          )
          .select("lf.verification_level")
          .whereRef("incidents.id", "=", "reports.incident_id")
          .where(incidentScopeFilter(incidentScope))
          .limit(1);
        return sql<string>`coalesce((${level}), 'none')`;
      }
    }
  };
}

function incidentKey(dimension: Dimension): RawBuilder<string> {
  switch (dimension) {
    case "category":
      return sql<string>`${sql.ref("incidents.category")}`;
    case "side":
      return sql<string>`coalesce(${sql.ref("lf.attributed_party")}, 'none')`;
    case "sector":
      return sectorSql("incidents");
    case "verificationLevel":
      return sql<string>`coalesce(${sql.ref("lf.verification_level")}, 'none')`;
  }
}

/** Rows of one dimension each: every breakdown of a table from a single scan. */
export type ByDimension<R> = Record<Dimension, R[]>;

/**
 * Groups the window's rows by every dimension at once (GROUPING SETS): one scan of the table
 * instead of one per dimension. `keys` are the dimension expressions, selected as columns named
 * after the dimensions; `counts` the aggregates.
 */
async function groupedByDimension<R extends CountRow>(
  db: Db,
  base: { as(alias: "b"): AliasedExpression<unknown, "b"> },
  counts: (ts: RawBuilder<Date>) => AliasedRawBuilder<number, string>[],
): Promise<ByDimension<R>> {
  const dim = (d: Dimension) => sql.ref(`b.${d}`);
  const rows = await db
    .selectFrom(base.as("b") as never)
    .select([
      sql<Dimension>`CASE ${sql.join(
        DIMENSIONS.map((d) => sql`WHEN grouping(${dim(d)}) = 0 THEN ${sql.lit(d)}`),
        sql` `,
      )} END`.as("dimension"),
      sql<string>`coalesce(${sql.join(DIMENSIONS.map(dim))})`.as("key"),
      ...counts(sql<Date>`b.at`),
    ] as never)
    .groupBy(sql`GROUPING SETS (${sql.join(DIMENSIONS.map((d) => sql`(${dim(d)})`))})` as never)
    .execute();
  const out = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as R[]])) as ByDimension<R>;
  for (const r of rows as unknown as (R & { dimension: Dimension })[]) {
    const { dimension, ...row } = r;
    out[dimension].push(row as unknown as R);
  }
  return out;
}

const windowCounts = (days: WindowDays) => (at: RawBuilder<Date>) => [
  sql<number>`count(*) FILTER (WHERE ${at} >= ${dayStart(days.today, days.timeZone)})`.as("today"),
  sql<number>`count(*) FILTER (WHERE ${at} >= ${dayStart(days.d7, days.timeZone)})`.as("last7"),
  sql<number>`count(*)`.as("last30"),
];

export async function countReports(
  db: Db,
  scope: ReportScope,
  incidentScope: IncidentScope,
  days: WindowDays,
): Promise<ByDimension<CountRow>> {
  const base = db
    .selectFrom("reports")
    .where(scopeFilter(scope))
    .where("reports.status", "not in", NOT_COUNTED_STATUSES)
    .where("reports.occurred_from", ">=", dayStart(days.d30, days.timeZone))
    .where("reports.occurred_from", "<", dayStart(days.tomorrow, days.timeZone))
    .select((eb) => [
      ...DIMENSIONS.map((d) => reportKey(d, incidentScope)(eb).as(d)),
      sql<Date>`${sql.ref("reports.occurred_from")}`.as("at"),
    ]);
  return groupedByDimension<CountRow>(db, base, windowCounts(days));
}

export async function countIncidents(
  db: Db,
  scope: IncidentScope,
  days: WindowDays,
): Promise<ByDimension<IncidentCountRow>> {
  const violation = sql<boolean>`${sql.ref("lf.outcome")} IN (${sql.join(VIOLATION_OUTCOMES)})`;
  const base = incidentsWithVisibleFinding(db, scope)
    .where("incidents.occurred_from", ">=", dayStart(days.d30, days.timeZone))
    .where("incidents.occurred_from", "<", dayStart(days.tomorrow, days.timeZone))
    .select([
      ...DIMENSIONS.map((d) => incidentKey(d).as(d)),
      sql<Date>`${sql.ref("incidents.occurred_from")}`.as("at"),
      sql<boolean>`coalesce(${violation}, false)`.as("violation"),
    ]);
  return groupedByDimension<IncidentCountRow>(db, base, (at) => [
    ...windowCounts(days)(at),
    sql<number>`count(*) FILTER (WHERE b.violation AND ${at} >= ${dayStart(days.today, days.timeZone)})`.as(
      "violationsToday",
    ),
    sql<number>`count(*) FILTER (WHERE b.violation AND ${at} >= ${dayStart(days.d7, days.timeZone)})`.as(
      "violations7",
    ),
    sql<number>`count(*) FILTER (WHERE b.violation)`.as("violations30"),
  ]);
}

export interface DayCount {
  day: string;
  n: number;
}

/** Reports per mission day from `from` through `to` (inclusive). */
export async function reportsPerDay(
  db: Db,
  scope: ReportScope,
  from: string,
  to: string,
  timeZone: string,
): Promise<DayCount[]> {
  return db
    .selectFrom("reports")
    .where(scopeFilter(scope))
    .where("reports.status", "not in", NOT_COUNTED_STATUSES)
    .where("reports.occurred_from", ">=", dayStart(from, timeZone))
    .where("reports.occurred_from", "<", sql<Date>`${dayStart(to, timeZone)} + interval '1 day'`)
    .select([dayText("reports.occurred_from", timeZone).as("day"), sql<number>`count(*)`.as("n")])
    .groupBy(localDay("reports.occurred_from", timeZone))
    .execute();
}

export async function incidentsPerDay(
  db: Db,
  scope: IncidentScope,
  from: string,
  to: string,
  timeZone: string,
): Promise<DayCount[]> {
  return db
    .selectFrom("incidents")
    .where(incidentScopeFilter(scope))
    .where("incidents.occurred_from", ">=", dayStart(from, timeZone))
    .where("incidents.occurred_from", "<", sql<Date>`${dayStart(to, timeZone)} + interval '1 day'`)
    .select([dayText("incidents.occurred_from", timeZone).as("day"), sql<number>`count(*)`.as("n")])
    .groupBy(localDay("incidents.occurred_from", timeZone))
    .execute();
}

/** When the latest visible event happened: the reference a dashboard can offer instead of now. */
export async function latestEvent(
  db: Db,
  scope: ReportScope | null,
  incidentScope: IncidentScope,
): Promise<Date | null> {
  const incident = await db
    .selectFrom("incidents")
    .where(incidentScopeFilter(incidentScope))
    .select((eb) => eb.fn.max("incidents.occurred_from").as("at"))
    .executeTakeFirst();
  let latest = incident?.at ? new Date(incident.at) : null;
  if (scope) {
    const report = await db
      .selectFrom("reports")
      .where(scopeFilter(scope))
      .where("reports.status", "not in", NOT_COUNTED_STATUSES)
      .select((eb) => eb.fn.max("reports.occurred_from").as("at"))
      .executeTakeFirst();
    const at = report?.at ? new Date(report.at) : null;
    if (at && (!latest || at > latest)) latest = at;
  }
  return latest;
}

/** The earliest entry into force of any agreement: day D of the trend chart. */
export async function firstEntryIntoForce(db: Db): Promise<Date | null> {
  const row = await db
    .selectFrom("agreements")
    .select((eb) => eb.fn.min("entry_into_force").as("at"))
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}
