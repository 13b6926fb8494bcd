/**
 * Text search over reports and incidents, narrowed by the lists' own scope filters: a search
 * never finds, or counts, a row the viewer could not open. A row is found by its label (tracking
 * id, reference), or when each term's pattern (src/domain/search-query.ts) is found in its
 * normalised text, read from the stored texts of migration 20261210T010000_search_text (kept by
 * triggers, trigram-indexed; decision 0028). The rows found by label and those found by their
 * words are two queries, each newest first with its own limit, so that a common word is served
 * by walking the newest rows (or the trigram index for a rare one) instead of sorting every match.
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
  const conditions = patterns.map((p) => sql<boolean>`${text} ~ ${p}`);
  return sql<boolean>`(${sql.join(conditions, sql` AND `)})`;
}

function labelIn(column: string, labels: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} = ANY(${[...labels]}::text[])`;
}

interface Hit {
  id: string;
  occurred_from: Date;
  by_label: boolean;
}

/** Found by label first, then newest first (ties: the greater id, as PostgreSQL orders uuids). */
function ranked<T extends Hit>(rows: T[], limit: number): T[] {
  const key = (r: T) => [r.by_label ? 0 : 1, -r.occurred_from.getTime()] as const;
  return [...rows]
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      return ka[0] - kb[0] || ka[1] - kb[1] || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
    })
    .slice(0, limit);
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
export async function searchReportRows(
  db: Db,
  scope: ReportScope,
  match: SearchMatch,
  limit: number,
): Promise<ReportHitRow[]> {
  const byLabel = labelIn("reports.tracking_id", match.labels);
  const visible = db
    .selectFrom("reports")
    .where(scopeFilter(scope))
    .where("reports.status", "!=", "superseded")
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
    .limit(limit);
  const named = visible.where(byLabel).select(sql<boolean>`true`.as("by_label"));
  const worded = visible
    .innerJoin("report_search_texts as st", "st.report_id", "reports.id")
    .where(sql<boolean>`NOT ${byLabel}`)
    .where(textMatches(sql<string>`${sql.ref("st.text")}`, match.patterns))
    .select(sql<boolean>`false`.as("by_label"));
  const rows = await db
    .selectFrom(named.as("named"))
    .selectAll()
    .unionAll(db.selectFrom(worded.as("worded")).selectAll())
    .execute();
  return ranked(rows, limit);
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
 * The stored text matched is the one of that finding's version (0: the title alone, when the
 * viewer may see no finding).
 */
export async function searchIncidentRows(
  db: Db,
  scope: IncidentScope,
  match: SearchMatch,
  limit: number,
): Promise<IncidentHitRow[]> {
  const byLabel = labelIn("incidents.reference", match.labels);
  const visible = db
    .selectFrom("incidents")
    .leftJoinLateral(
      (eb) =>
        latestVisibleFinding(eb, scope)
          .select(["findings.version", "findings.public_narrative", "findings.public_narrative_ar"])
          .as("lf"),
      (join) => join.onTrue(),
    )
    .where(incidentScopeFilter(scope))
    .select([
      "incidents.id",
      "incidents.reference",
      "incidents.title",
      "incidents.title_generated",
      "incidents.category",
      "incidents.occurred_from",
      "lf.public_narrative",
      "lf.public_narrative_ar",
    ])
    .orderBy("incidents.occurred_from", "desc")
    .orderBy("incidents.id", "desc")
    .limit(limit);
  const named = visible.where(byLabel).select(sql<boolean>`true`.as("by_label"));
  const worded = visible
    .where(sql<boolean>`NOT ${byLabel}`)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("incident_search_texts as st")
          .select("st.version")
          .whereRef("st.incident_id", "=", "incidents.id")
          .where(sql<boolean>`st.version = coalesce(lf.version, 0)`)
          .where(textMatches(sql<string>`${sql.ref("st.text")}`, match.patterns)),
      ),
    )
    .select(sql<boolean>`false`.as("by_label"));
  const rows = await db
    .selectFrom(named.as("named"))
    .selectAll()
    .unionAll(db.selectFrom(worded.as("worded")).selectAll())
    .execute();
  return ranked(rows, limit);
}
