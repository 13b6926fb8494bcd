/**
 * Map data: located reports and incidents in a bounding box, as points or counted per grid cell
 * (GROUP BY floor(lon / cell), floor(lat / cell): plain SQL that runs on PGlite and PostgreSQL).
 * The caller's scope is applied in the same WHERE as everything else, so points, cells and counts
 * agree with the list endpoints.
 */
import { sql, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from "kysely";
import type { CellCount, CellRange } from "../domain/map-grid.js";
import type { BBox } from "../domain/geo/geojson.js";
import type { IncidentScope, ReportScope } from "../domain/scopes.js";
import type { Db } from "./database.js";
import {
  incidentMatches,
  incidentScopeFilter,
  latestVisibleFinding,
  type IncidentMatch,
} from "./incidents-repo.js";
import { reportMatches, scopeFilter, type ReportMatch } from "./reports-repo.js";
import type { DB } from "./schema.js";
import type { CaseState } from "../domain/workflow.js";
import type { ReportStatus } from "../domain/reports.js";
import type { CategoryCode, SourceKind } from "../domain/taxonomy.js";

/** The list endpoints' filters, within a bounding box. */
export interface ReportMapFilter extends ReportMatch {
  bbox: BBox;
}

export interface IncidentMapFilter extends IncidentMatch {
  bbox: BBox;
}

function inBox(table: "reports" | "incidents", [minLon, minLat, maxLon, maxLat]: BBox) {
  // Written as the partial GiST index is (point(lon, lat) WHERE lat IS NOT NULL).
  return sql<boolean>`point(${sql.ref(`${table}.lon`)}, ${sql.ref(`${table}.lat`)})
    <@ box(point(${minLon}::float8, ${minLat}::float8), point(${maxLon}::float8, ${maxLat}::float8))`;
}

function reportsWhere(db: Db, scope: ReportScope, f: ReportMapFilter) {
  return db
    .selectFrom("reports")
    .where(scopeFilter(scope))
    .where("reports.lat", "is not", null)
    .where(inBox("reports", f.bbox))
    .where(reportMatches(f));
}

function incidentsWhere(db: Db, scope: IncidentScope, f: IncidentMapFilter) {
  return db
    .selectFrom("incidents")
    .where(incidentScopeFilter(scope))
    .where("incidents.lat", "is not", null)
    .where(inBox("incidents", f.bbox))
    .where(incidentMatches(f));
}

/** The verification level of the latest finding of the incident the viewer may see. */
function visibleLevel(eb: ExpressionBuilder<DB, "incidents">, scope: IncidentScope) {
  return latestVisibleFinding(eb, scope).select("findings.verification_level");
}

export interface ReportPointRow {
  id: string;
  tracking_id: string;
  category: CategoryCode;
  status: ReportStatus;
  source_kind: SourceKind;
  submitter_party: string | null;
  occurred_from: Date;
  occurred_to: Date;
  lat: number;
  lon: number;
  where_precision: number;
  location_source: string;
  verification_level: string | null;
}

/** Up to `limit` located reports in the window, newest event first. */
export async function reportPoints(
  db: Db,
  scope: ReportScope,
  f: ReportMapFilter,
  limit: number,
  /** The viewer's incident scope: whose findings' levels it may see (findingVisibleTo). */
  findings: IncidentScope,
): Promise<ReportPointRow[]> {
  const rows = await reportsWhere(db, scope, f)
    .leftJoin("incidents", "incidents.id", "reports.incident_id")
    .select([
      "reports.id",
      "reports.tracking_id",
      "reports.category",
      "reports.status",
      "reports.source_kind",
      "reports.submitter_party",
      "reports.occurred_from",
      "reports.occurred_to",
      "reports.lat",
      "reports.lon",
      "reports.where_precision",
      "reports.location_source",
    ])
    .select((eb) => visibleLevel(eb, findings).as("verification_level"))
    .orderBy("reports.occurred_from", "desc")
    .orderBy("reports.id")
    .limit(limit)
    .execute();
  return rows as ReportPointRow[];
}

export interface IncidentPointRow {
  id: string;
  reference: string;
  title: string;
  title_generated: boolean;
  category: CategoryCode;
  state: CaseState;
  occurred_from: Date;
  occurred_to: Date;
  lat: number;
  lon: number;
  verification_level: string | null;
}

export async function incidentPoints(
  db: Db,
  scope: IncidentScope,
  f: IncidentMapFilter,
  limit: number,
): Promise<IncidentPointRow[]> {
  const rows = await incidentsWhere(db, scope, f)
    .select([
      "incidents.id",
      "incidents.reference",
      "incidents.title",
      "incidents.title_generated",
      "incidents.category",
      "incidents.state",
      "incidents.occurred_from",
      "incidents.occurred_to",
      "incidents.lat",
      "incidents.lon",
    ])
    .select((eb) => visibleLevel(eb, scope).as("verification_level"))
    .orderBy("incidents.occurred_from", "desc")
    .orderBy("incidents.id")
    .limit(limit)
    .execute();
  return rows as IncidentPointRow[];
}

/** Counts per grid cell of located reports, broken down by category and by status. */
export function reportCells(
  db: Db,
  scope: ReportScope,
  f: ReportMapFilter,
  cellDeg: number,
): Promise<CellCount[]> {
  const inner = reportsWhere(db, scope, f).select((eb) => [
    cellExpr("reports.lon", cellDeg).as("cx"),
    cellExpr("reports.lat", cellDeg).as("cy"),
    eb.ref("reports.lon").as("lon"),
    eb.ref("reports.lat").as("lat"),
    eb.ref("reports.category").as("a"),
    eb.ref("reports.status").as("b"),
  ]);
  return countCells(db, inner, ["category", "status"]);
}

/**
 * Which rows of the box a live count reads beside the counted cells (decision 0027): those
 * outside the inner cells, or the inner cells' incidents not counted yet (an instant to come).
 */
export type LivePart =
  | {
      kind: "border";
      inner: CellRange;
      /** The box's parts outside the inner cells (borderStrips), for the spatial index. */
      strips: readonly BBox[];
    }
  | {
      kind: "uncountedInner";
      inner: CellRange;
      /** The incidents not counted yet (uncountedIncidentIds), not empty. */
      ids: readonly string[];
    };

function inCells(cellDeg: number, r: CellRange) {
  return sql<SqlBool>`(floor(incidents.lon / ${cellDeg}::float8)::int BETWEEN ${r.x0} AND ${r.x1}
    AND floor(incidents.lat / ${cellDeg}::float8)::int BETWEEN ${r.y0} AND ${r.y1})`;
}

function livePart(part: LivePart, cellDeg: number) {
  if (part.kind === "border") {
    return sql<SqlBool>`((${sql.join(
      part.strips.map((b) => inBox("incidents", b)),
      sql` OR `,
    )}) AND NOT ${inCells(cellDeg, part.inner)})`;
  }
  return sql<SqlBool>`(incidents.id = ANY(${[...part.ids]}::uuid[])
    AND ${inCells(cellDeg, part.inner)})`;
}

/**
 * Counts per grid cell of located incidents, by category and by visible verification level; of
 * one part of the box only when `part` says.
 */
export function incidentCells(
  db: Db,
  scope: IncidentScope,
  f: IncidentMapFilter,
  cellDeg: number,
  part?: LivePart,
): Promise<CellCount[]> {
  const rows = part
    ? incidentsWhere(db, scope, f).where(livePart(part, cellDeg))
    : incidentsWhere(db, scope, f);
  const inner = rows.select((eb) => [
    cellExpr("incidents.lon", cellDeg).as("cx"),
    cellExpr("incidents.lat", cellDeg).as("cy"),
    eb.ref("incidents.lon").as("lon"),
    eb.ref("incidents.lat").as("lat"),
    eb.ref("incidents.category").as("a"),
    visibleLevel(eb, scope).as("b"),
  ]);
  return countCells(db, inner, ["category", "verificationLevel"]);
}

function cellExpr(column: string, cellDeg: number) {
  return sql<number>`floor(${sql.ref(column)} / ${cellDeg}::float8)::int`;
}

interface CellSource {
  cx: number;
  cy: number;
  lon: number | null;
  lat: number | null;
  a: string | null;
  b: string | null;
}

/** One pass over the rows, grouped by cell and by both breakdown values. */
async function countCells<T extends keyof DB>(
  db: Db,
  inner: SelectQueryBuilder<DB, T, CellSource>,
  [a, b]: [string, string],
): Promise<CellCount[]> {
  const { rows } = await sql<{
    cx: number;
    cy: number;
    a: string | null;
    b: string | null;
    n: number;
    slon: number;
    slat: number;
  }>`SELECT t.cx, t.cy, t.a, t.b, count(*)::int AS n, sum(t.lon) AS slon, sum(t.lat) AS slat
    FROM (${inner}) t
    GROUP BY t.cx, t.cy, t.a, t.b`.execute(db);
  return rows.map((r) => ({
    cx: r.cx,
    cy: r.cy,
    values: { [a]: r.a, [b]: r.b },
    n: r.n,
    sumLon: Number(r.slon),
    sumLat: Number(r.slat),
  }));
}

/** How many located reports the view holds, counting no further than `limit`. */
export async function countReportsUpTo(
  db: Db,
  scope: ReportScope,
  f: ReportMapFilter,
  limit: number,
): Promise<number> {
  return countUpTo(db, reportsWhere(db, scope, f).select("reports.id").limit(limit));
}

export async function countIncidentsUpTo(
  db: Db,
  scope: IncidentScope,
  f: IncidentMapFilter,
  limit: number,
): Promise<number> {
  return countUpTo(db, incidentsWhere(db, scope, f).select("incidents.id").limit(limit));
}

// Stops reading at the limit: a view over a million rows is known to be "too many" at once.
async function countUpTo<T extends keyof DB>(
  db: Db,
  q: SelectQueryBuilder<DB, T, { id: string }>,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${q}) t`.execute(db);
  return rows[0]!.n;
}

/** When the located records the scope holds happened: the earliest end and the latest start. */
export interface TimeExtentRow {
  first: Date | null;
  latest: Date | null;
}

export async function reportTimeExtent(db: Db, scope: ReportScope): Promise<TimeExtentRow> {
  const row = await db
    .selectFrom("reports")
    .where(scopeFilter(scope))
    .where("reports.lat", "is not", null)
    .select((eb) => [
      eb.fn.min("reports.occurred_to").as("first"),
      eb.fn.max("reports.occurred_from").as("latest"),
    ])
    .executeTakeFirstOrThrow();
  return { first: dateOrNull(row.first), latest: dateOrNull(row.latest) };
}

export async function incidentTimeExtent(db: Db, scope: IncidentScope): Promise<TimeExtentRow> {
  const row = await db
    .selectFrom("incidents")
    .where(incidentScopeFilter(scope))
    .where("incidents.lat", "is not", null)
    .select((eb) => [
      eb.fn.min("incidents.occurred_to").as("first"),
      eb.fn.max("incidents.occurred_from").as("latest"),
    ])
    .executeTakeFirstOrThrow();
  return { first: dateOrNull(row.first), latest: dateOrNull(row.latest) };
}

const dateOrNull = (v: Date | string | null) => (v === null ? null : new Date(v));
