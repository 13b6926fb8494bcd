/**
 * A record's sector in SQL, for the dashboard's counts and the list filters: the first sector
 * (in the profile's order) whose polygon holds the point, "other", or "unlocated". The polygons
 * are the mission's (sector_parts, written with the sectors); planar, as sectorOf() in
 * src/domain/sectors.ts is, and a test checks that both give the same answer.
 */
import { sql, type RawBuilder } from "kysely";

export function sectorSql(table: "reports" | "incidents"): RawBuilder<string> {
  const lat = sql.ref(`${table}.lat`);
  const lon = sql.ref(`${table}.lon`);
  return sql<string>`(CASE WHEN ${lat} IS NULL OR ${lon} IS NULL THEN 'unlocated' ELSE coalesce((
    SELECT sp.sector_code FROM sector_parts sp
    WHERE sp.outer_ring @> point(${lon}, ${lat})
      AND NOT EXISTS (SELECT 1 FROM unnest(sp.holes) AS h(ring) WHERE h.ring @> point(${lon}, ${lat}))
    ORDER BY sp.position, sp.part LIMIT 1), 'other') END)`;
}
