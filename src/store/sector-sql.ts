/** The sectors of src/domain/sectors.ts as SQL, for the dashboard's counts and the list filters. */
import { sql, type RawBuilder } from "kysely";
import { SECTOR_BOXES } from "../domain/sectors.js";
import type { Db, Tx } from "./database.js";

/** The same boxes as sectorOf() in src/domain/sectors.ts, as a SQL CASE. */
export function sectorSql(table: "reports" | "incidents"): RawBuilder<string> {
  const lat = sql.ref(`${table}.lat`);
  const lon = sql.ref(`${table}.lon`);
  const whens = SECTOR_BOXES.map(
    (b) =>
      sql`WHEN ${lat} BETWEEN ${sql.lit(b.south)} AND ${sql.lit(b.north)} AND ${lon} BETWEEN ${sql.lit(b.west)} AND ${sql.lit(b.east)} THEN ${sql.lit(b.code)}`,
  );
  return sql<string>`(CASE WHEN ${lat} IS NULL OR ${lon} IS NULL THEN 'unlocated' ${sql.join(whens, sql` `)} ELSE 'other' END)`;
}

/**
 * The codes of the mission's sectors, for checking a team's area. The sectors are the boxes of
 * src/domain/sectors.ts for now; when they become a table, this reads it.
 */
export async function sectorCodes(_db: Db | Tx): Promise<string[]> {
  return SECTOR_BOXES.map((b) => b.code);
}
