/**
 * Rows that may describe the same event as a report: untriaged reports and open incidents in a
 * time window, of one category family, inside a box around the report (or without coordinates).
 * The caller's scope narrows both, as every read does.
 */
import { sql } from "kysely";
import type { IncidentScope, ReportScope } from "../domain/scopes.js";
import type { Db } from "./database.js";
import { incidentScopeFilter, type IncidentRow } from "./incidents-repo.js";
import { scopeFilter, type ReportRow } from "./reports-repo.js";

export interface CandidateWindow {
  from: Date;
  to: Date;
  /** The category family's letter: A, B … */
  family: string;
  /** [minLon, minLat, maxLon, maxLat] around a located report; null: anywhere. */
  box: [number, number, number, number] | null;
  /** Rows read per kind, at most. */
  limit: number;
}

export function candidateReportRows(
  db: Db,
  scope: ReportScope,
  subject: { id: string },
  w: CandidateWindow,
): Promise<ReportRow[]> {
  return db
    .selectFrom("reports")
    .selectAll()
    .where(scopeFilter(scope))
    .where("id", "<>", subject.id)
    .where("status", "=", "received")
    .where("occurred_to", ">=", w.from)
    .where("occurred_from", "<=", w.to)
    .where("category", "like", `${w.family}%`)
    .where(nearOrUnlocated("reports", w.box))
    .limit(w.limit)
    .execute();
}

export type CandidateIncidentRow = IncidentRow & { place_names: string[] | null };

export function candidateIncidentRows(
  db: Db,
  scope: IncidentScope,
  exceptId: string | null,
  w: CandidateWindow,
): Promise<CandidateIncidentRow[]> {
  let q = db
    .selectFrom("incidents")
    .selectAll()
    // The place names of its reports, to match a report that has none but a name.
    .select(
      sql<string[] | null>`(SELECT array_agg(DISTINCT r.place_name) FROM reports r
        WHERE r.incident_id = incidents.id AND r.place_name IS NOT NULL)`.as("place_names"),
    )
    .where(incidentScopeFilter(scope))
    .where("state", "<>", "closed")
    .where("occurred_to", ">=", w.from)
    .where("occurred_from", "<=", w.to)
    .where("category", "like", `${w.family}%`)
    .where(nearOrUnlocated("incidents", w.box));
  if (exceptId) q = q.where("id", "<>", exceptId);
  return q.limit(w.limit).execute();
}

function nearOrUnlocated(table: "reports" | "incidents", box: CandidateWindow["box"]) {
  if (!box) return sql<boolean>`true`;
  const [minLon, minLat, maxLon, maxLat] = box;
  return sql<boolean>`(${sql.ref(`${table}.lat`)} IS NULL OR
    point(${sql.ref(`${table}.lon`)}, ${sql.ref(`${table}.lat`)})
      <@ box(point(${minLon}::float8, ${minLat}::float8), point(${maxLon}::float8, ${maxLat}::float8)))`;
}
