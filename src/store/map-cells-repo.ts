/**
 * The map's counted cells (decision 0027, migration 20261210T020000_map_cells.sql): incidents
 * counted per grid cell, category and verification level for each audience, kept by triggers in
 * the transaction of every change. Read per audience only, so no count leaves its viewers.
 */
import { sql } from "kysely";
import type { BBox } from "../domain/geo/geojson.js";
import type { CellCount, CellRange } from "../domain/map-grid.js";
import type { Db } from "./database.js";

/** The zoom levels counted (cfm_map_levels() in the migration); coarser ones are summed. */
const MAP_LEVELS = [3, 4, 5, 6, 7, 8] as const;

/** The finest-needed level kept for a zoom: the first kept at or below it; null past the last. */
export function countedLevelFor(zoom: number): number | null {
  return MAP_LEVELS.find((l) => l >= zoom) ?? null;
}

/**
 * The latest release or embargo instant of any counted incident: the counts hold for a viewer
 * whose clock is at or after it. Null when no counted incident has one.
 */
export async function mapHorizon(db: Db): Promise<Date | null> {
  const { rows } = await sql<{ at: Date | null }>`SELECT at FROM map_horizon`.execute(db);
  const at = rows[0]?.at ?? null;
  return at === null ? null : new Date(at);
}

export interface CountedCellsQuery {
  /** The viewer's audiences (disjoint: their counts add up). */
  audiences: readonly string[];
  /** The level read, and the zoom its cells are summed to (zoom <= level). */
  level: number;
  zoom: number;
  /** The cells of `zoom` to read: all of them lie strictly inside the viewer's box. */
  inner: CellRange;
  /** Only these categories, when given. */
  categories?: readonly string[];
}

/** The incidents not counted yet (a release or embargo instant still to come), in the box. */
export async function uncountedIncidentIds(db: Db, bbox: BBox): Promise<string[]> {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const { rows } = await sql<{ id: string }>`SELECT incident_id AS id FROM map_marks
    WHERE volatile_until IS NOT NULL AND lon BETWEEN ${minLon}::float8 AND ${maxLon}::float8
      AND lat BETWEEN ${minLat}::float8 AND ${maxLat}::float8`.execute(db);
  return rows.map((r) => r.id);
}

/** Counts per cell of `zoom`, by category and by verification level, counted plus pending. */
export async function countedIncidentCells(db: Db, q: CountedCellsQuery): Promise<CellCount[]> {
  const f = 2 ** (q.level - q.zoom);
  // The level's cells inside the range of the zoom's cells.
  const x0 = q.inner.x0 * f;
  const x1 = (q.inner.x1 + 1) * f - 1;
  const y0 = q.inner.y0 * f;
  const y1 = (q.inner.y1 + 1) * f - 1;
  const where = sql`audience IN (${sql.join([...q.audiences])}) AND z = ${q.level}
    AND cx BETWEEN ${x0} AND ${x1} AND cy BETWEEN ${y0} AND ${y1}
    ${q.categories ? sql`AND category IN (${sql.join([...q.categories])})` : sql``}`;
  const { rows } = await sql<{
    cx: number;
    cy: number;
    category: string;
    vlevel: string;
    n: string;
    slon: number;
    slat: number;
  }>`SELECT floor(t.cx / ${f}::float8)::int AS cx, floor(t.cy / ${f}::float8)::int AS cy,
      t.category, t.vlevel, sum(t.n) AS n, sum(t.sum_lon) AS slon, sum(t.sum_lat) AS slat
    FROM (
      SELECT cx, cy, category, vlevel, n, sum_lon, sum_lat FROM map_cells WHERE ${where}
      UNION ALL
      SELECT cx, cy, category, vlevel, n, sum_lon, sum_lat FROM map_cell_deltas WHERE ${where}
    ) t
    GROUP BY 1, 2, t.category, t.vlevel
    HAVING sum(t.n) <> 0`.execute(db);
  return rows.map((r) => ({
    cx: r.cx,
    cy: r.cy,
    values: { category: r.category, verificationLevel: r.vlevel === "" ? null : r.vlevel },
    n: Number(r.n),
    sumLon: Number(r.slon),
    sumLat: Number(r.slat),
  }));
}

/**
 * Runs `fn`'s reads in one snapshot (a read-only repeatable-read transaction), so that counted
 * cells and the live counts beside them agree with each other under concurrent writes.
 */
export function inOneSnapshot<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute((tx) => fn(tx));
}

/** Folds the pending deltas into the counted cells; returns how many deltas were folded. */
export async function compactMapCells(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT cfm_map_compact() AS n`.execute(db);
  return Number(rows[0]!.n);
}

/** Counts again the incidents whose last release or embargo instant has passed since. */
export async function settleMapCells(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT cfm_map_settle() AS n`.execute(db);
  return Number(rows[0]!.n);
}

/**
 * Counts every incident afresh: after rows were written with SQL directly (benchmarks). One
 * statement over every incident, so without the statement timeout.
 */
export async function rebuildMapCells(db: Db): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`SET LOCAL statement_timeout = 0`.execute(tx);
    await sql`SELECT cfm_map_rebuild()`.execute(tx);
  });
}
