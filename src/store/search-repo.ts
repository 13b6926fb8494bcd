/**
 * Text search over reports and incidents with cfm_normalize() (migration 20261129T094000_search),
 * narrowed by the lists' own scope filters: a search never finds, or counts, a row the viewer
 * could not open. Each query word must occur in the normalised text.
 */
import { sql, type RawBuilder } from "kysely";
import type { IncidentScope, ReportScope } from "../services/access.js";
import type { Db } from "../services/deps.js";
import { incidentScopeFilter, latestVisibleFinding } from "./incidents-repo.js";
import { scopeFilter } from "./reports-repo.js";

function likeAll(text: RawBuilder<string>, words: readonly string[]): RawBuilder<boolean> {
  const conditions = words.map(
    (w) => sql<boolean>`cfm_normalize(${text}) LIKE ${"%" + w.replace(/[\\%_]/g, "\\$&") + "%"}`,
  );
  return sql<boolean>`(${sql.join(conditions, sql` AND `)})`;
}

export interface ReportHitRow {
  id: string;
  tracking_id: string;
  category: string;
  description: string;
  place_name: string | null;
  language: string;
  occurred_from: Date;
}

export function searchReportRows(
  db: Db,
  scope: ReportScope,
  words: readonly string[],
  limit: number,
): Promise<ReportHitRow[]> {
  const text = sql<string>`${sql.ref("reports.description")} || ' ' || coalesce(${sql.ref("reports.place_name")}, '')`;
  return db
    .selectFrom("reports")
    .where(scopeFilter(scope))
    .where("reports.status", "!=", "superseded")
    .where(likeAll(text, words))
    .select([
      "reports.id",
      "reports.tracking_id",
      "reports.category",
      "reports.description",
      "reports.place_name",
      "reports.language",
      "reports.occurred_from",
    ])
    .orderBy("reports.occurred_from", "desc")
    .orderBy("reports.id", "desc")
    .limit(limit)
    .execute();
}

export interface IncidentHitRow {
  id: string;
  reference: string;
  title: string;
  category: string;
  occurred_from: Date;
  public_narrative: string | null;
}

/**
 * Incidents by title and by the public narrative of the finding the viewer may see: the mission
 * the latest version, everyone else only once the incident was released.
 */
export function searchIncidentRows(
  db: Db,
  scope: IncidentScope,
  words: readonly string[],
  limit: number,
): Promise<IncidentHitRow[]> {
  const text = sql<string>`${sql.ref("incidents.title")} || ' ' || coalesce(${sql.ref("lf.public_narrative")}, '')`;
  return db
    .selectFrom("incidents")
    .leftJoinLateral(
      (eb) => latestVisibleFinding(eb, scope).select("findings.public_narrative").as("lf"),
      (join) => join.onTrue(),
    )
    .where(incidentScopeFilter(scope))
    .where(likeAll(text, words))
    .select([
      "incidents.id",
      "incidents.reference",
      "incidents.title",
      "incidents.category",
      "incidents.occurred_from",
      "lf.public_narrative",
    ])
    .orderBy("incidents.occurred_from", "desc")
    .orderBy("incidents.id", "desc")
    .limit(limit)
    .execute();
}
