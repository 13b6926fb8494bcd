/**
 * Text search over reports and incidents with cfm_normalize() (migration 20261129T094000_search),
 * narrowed by the lists' own scope filters: a search never finds, or counts, a row the viewer
 * could not open. A row is found by its label (tracking id, reference), or when each term's
 * pattern (src/domain/search-query.ts) is found in its normalised text.
 */
import { sql, type RawBuilder } from "kysely";
import type { IncidentScope, ReportScope } from "../domain/scopes.js";
import type { Db } from "./database.js";
import { incidentScopeFilter, latestVisibleFinding } from "./incidents-repo.js";
import { scopeFilter } from "./reports-repo.js";

export interface SearchMatch {
  /** Tracking ids or references that find their record whatever its text. */
  labels: readonly string[];
  /** Regular expressions that must all be found in the normalised text; none finds nothing. */
  patterns: readonly string[];
}

function textMatches(text: RawBuilder<string>, patterns: readonly string[]): RawBuilder<boolean> {
  if (patterns.length === 0) return sql<boolean>`false`;
  const conditions = patterns.map((p) => sql<boolean>`cfm_normalize(${text}) ~ ${p}`);
  return sql<boolean>`(${sql.join(conditions, sql` AND `)})`;
}

// Also with no labels: a constant would not do as an ORDER BY key.
function labelIn(column: string, labels: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} = ANY(${[...labels]}::text[])`;
}

export interface ReportHitRow {
  id: string;
  tracking_id: string;
  category: string;
  description: string;
  place_name: string | null;
  language: string;
  occurred_from: Date;
  /** Found by its tracking id. */
  by_label: boolean;
}

/** Reports found by label first, then the newest. */
export function searchReportRows(
  db: Db,
  scope: ReportScope,
  match: SearchMatch,
  limit: number,
): Promise<ReportHitRow[]> {
  const text = sql<string>`${sql.ref("reports.description")} || ' ' || coalesce(${sql.ref("reports.place_name")}, '')`;
  const byLabel = labelIn("reports.tracking_id", match.labels);
  return db
    .selectFrom("reports")
    .where(scopeFilter(scope))
    .where("reports.status", "!=", "superseded")
    .where(sql<boolean>`(${byLabel} OR ${textMatches(text, match.patterns)})`)
    .select([
      "reports.id",
      "reports.tracking_id",
      "reports.category",
      "reports.description",
      "reports.place_name",
      "reports.language",
      "reports.occurred_from",
      byLabel.as("by_label"),
    ])
    .orderBy(byLabel, "desc")
    .orderBy("reports.occurred_from", "desc")
    .orderBy("reports.id", "desc")
    .limit(limit)
    .execute();
}

export interface IncidentHitRow {
  id: string;
  reference: string;
  title: string;
  title_generated: boolean;
  category: string;
  occurred_from: Date;
  /** English, then Arabic. */
  public_narrative: string | null;
  public_narrative_ar: string | null;
  /** Found by its reference. */
  by_label: boolean;
}

/**
 * Incidents by title and by the public narrative, in either language, of the finding the viewer
 * may see: the mission the latest version, everyone else only once the incident was released. The
 * restricted narratives are never searched: a match would tell a reader what they cannot read.
 */
export function searchIncidentRows(
  db: Db,
  scope: IncidentScope,
  match: SearchMatch,
  limit: number,
): Promise<IncidentHitRow[]> {
  const text = sql<string>`${sql.ref("incidents.title")} || ' ' || coalesce(${sql.ref("lf.public_narrative")}, '') || ' ' || coalesce(${sql.ref("lf.public_narrative_ar")}, '')`;
  const byLabel = labelIn("incidents.reference", match.labels);
  return db
    .selectFrom("incidents")
    .leftJoinLateral(
      (eb) =>
        latestVisibleFinding(eb, scope)
          .select(["findings.public_narrative", "findings.public_narrative_ar"])
          .as("lf"),
      (join) => join.onTrue(),
    )
    .where(incidentScopeFilter(scope))
    .where(sql<boolean>`(${byLabel} OR ${textMatches(text, match.patterns)})`)
    .select([
      "incidents.id",
      "incidents.reference",
      "incidents.title",
      "incidents.title_generated",
      "incidents.category",
      "incidents.occurred_from",
      "lf.public_narrative",
      "lf.public_narrative_ar",
      byLabel.as("by_label"),
    ])
    .orderBy(byLabel, "desc")
    .orderBy("incidents.occurred_from", "desc")
    .orderBy("incidents.id", "desc")
    .limit(limit)
    .execute();
}
