/**
 * SQL pieces of the per-record access rules (decision 0007), shared by the scope filters of the
 * repositories. Columns are always qualified with their table, so the pieces hold in joins.
 */
import { sql, type Expression, type SqlBool } from "kysely";
import { sectorSql } from "./sector-sql.js";

type AccessTable = "reports" | "incidents" | "findings" | "evidence_items";

/** The record's embargo, if any, has passed at `now`. */
export function embargoPassed(table: AccessTable, now: Date): Expression<SqlBool> {
  const col = sql.ref(`${table}.embargo_until`);
  return sql<SqlBool>`(${col} IS NULL OR ${col} <= ${now})`;
}

/**
 * A party may read the record: classified public, or classified parties and concerning it; and
 * not under embargo.
 */
export function partyMayRead(table: AccessTable, party: string, now: Date): Expression<SqlBool> {
  const cls = sql.ref(`${table}.classification`);
  const concerned = sql.ref(`${table}.concerned_parties`);
  return sql<SqlBool>`((${cls} = 'public' OR (${cls} = 'parties' AND ${party} = ANY(${concerned})))
    AND ${embargoPassed(table, now)})`;
}

/** Classified for the parties or the public: may leave the mission at all. */
export function leavesMission(table: AccessTable): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(`${table}.classification`)} IN ('public', 'parties')`;
}

/**
 * Located in one of these sectors (a team's need-to-know, src/services/access.ts): an unlocated
 * record, or one in no sector, is outside every area.
 */
export function inArea(
  table: "reports" | "incidents",
  sectors: readonly string[],
): Expression<SqlBool> {
  if (sectors.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`${sectorSql(table)} IN (${sql.join([...sectors])})`;
}
