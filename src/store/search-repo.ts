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
  /** Runs of letters (regular expressions too) every matching text holds without its long vowels. */
  bares: readonly string[];
}

/**
 * The stored text `st` matches: each pattern in its text and each bare run in its bare text, and
 * the viewer is one of its audiences (null: the mission's own scope, every row). The bare runs
 * and the audiences only narrow what the index returns; the scope and the patterns decide.
 */
function textMatches(match: SearchMatch, audiences: readonly string[] | null): RawBuilder<boolean> {
  if (match.patterns.length === 0) return sql<boolean>`false`;
  const conditions = [
    ...match.patterns.map((p) => sql<boolean>`st.text ~ ${p}`),
    ...match.bares.map((b) => sql<boolean>`st.bare ~ ${b}`),
    ...(audiences ? [sql<boolean>`st.audiences && ${[...audiences]}::text[]`] : []),
  ];
  return sql<boolean>`(${sql.join(conditions, sql` AND `)})`;
}

/** The audiences (migration 20261211T020000_search_prefilter) a report scope reads. */
export function reportAudiences(scope: ReportScope): readonly string[] | null {
  switch (scope.kind) {
    case "all":
      return null;
    case "intake":
      return ["intake", `u:${scope.userId}`];
    case "submittedBy":
      return [`u:${scope.userId}`];
    case "party":
      return [`u:${scope.userId}`, "public", `p:${scope.party}`];
  }
}

/** The audiences an incident scope reads. */
export function incidentAudiences(scope: IncidentScope): readonly string[] | null {
  switch (scope.kind) {
    case "all":
      return null;
    case "intake":
      return ["intake"];
    case "withReportsBy":
      return [`u:${scope.userId}`];
    case "releasedOrOwnParty":
      return [`p:${scope.party}`, "released-public"];
    case "released":
      return ["released"];
    case "public":
      return ["public"];
  }
}

/**
 * How many of the newest rows the first try reads, for a viewer who reads only some rows. A word
 * common in what the viewer reads fills a page among them; otherwise the second try starts from
 * the index of the words and the audiences, which returns only the rows holding the word that
 * the viewer may read. A viewer who reads every row (the mission: no audiences) needs no such
 * bound: a common word fills the page from the newest rows, a rare one is found by the index in
 * one scan, whichever the planner picks — with the bound, a rare word was looked up in the index
 * twice (once in each try).
 */
const NEWEST_FIRST_TRY = 2000;

/** Rows at or after the `NEWEST_FIRST_TRY`-th newest of `table` (all of them when fewer). */
function amongNewest(table: "reports" | "incidents"): RawBuilder<boolean> {
  const t = sql.table(table);
  const at = sql.ref(`${table}.occurred_from`);
  return sql<boolean>`${at} >= coalesce((SELECT n.occurred_from FROM ${t} n
    ORDER BY n.occurred_from DESC, n.id DESC OFFSET ${NEWEST_FIRST_TRY - 1} LIMIT 1),
    '-infinity'::timestamptz)`;
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
  const audiences = reportAudiences(scope);
  const worded = visible
    .innerJoin("report_search_texts as st", "st.report_id", "reports.id")
    .where(sql<boolean>`NOT ${byLabel}`)
    .where(textMatches(match, audiences))
    .select(sql<boolean>`false`.as("by_label"));
  const rows = await db
    .selectFrom(named.as("named"))
    .selectAll()
    .unionAll(
      db
        .selectFrom((audiences ? worded.where(amongNewest("reports")) : worded).as("worded"))
        .selectAll(),
    )
    .execute();
  if (!audiences || !needsSecondTry(rows, match, limit)) return ranked(rows, limit);
  const ids = await candidates(db, "report_search_texts", "report_id", match, audiences);
  const found = await (
    ids === null ? worded : worded.where("reports.id", "=", anyOf(ids))
  ).execute();
  return ranked([...rows.filter((r) => r.by_label), ...found], limit);
}

/** More rows than this found by the index: walking the newest rows is the cheaper way. */
const MAX_CANDIDATES = 20_000;

/**
 * The ids of the rows whose stored text holds the words and whose audiences hold the viewer,
 * from the index alone (the planner, weighing a common word, would read the whole table; what a
 * viewer may read of it is often far less), or null when more than MAX_CANDIDATES.
 */
async function candidates(
  db: Db,
  table: "report_search_texts" | "incident_search_texts",
  id: "report_id" | "incident_id",
  match: SearchMatch,
  audiences: readonly string[] | null,
): Promise<string[] | null> {
  const read = async (tx: Db) => {
    // Inside a caller's transaction the setting would outlive this read: leave it.
    if (!db.isTransaction) await sql`SET LOCAL enable_seqscan = off`.execute(tx);
    const { rows } = await sql<{ id: string }>`SELECT DISTINCT st.${sql.ref(id)} AS id
      FROM ${sql.table(table)} st WHERE ${textMatches(match, audiences)}
      LIMIT ${MAX_CANDIDATES + 1}`.execute(tx);
    return rows;
  };
  const rows = db.isTransaction ? await read(db) : await db.transaction().execute(read);
  return rows.length > MAX_CANDIDATES ? null : rows.map((r) => r.id);
}

function anyOf(ids: readonly string[]) {
  return sql<string>`ANY(${[...ids]}::uuid[])`;
}

/**
 * The first try read the newest rows only: unless it filled the page with rows found by their
 * words (nothing older can come before them), the second try looks at every row.
 */
function needsSecondTry(rows: readonly Hit[], match: SearchMatch, limit: number): boolean {
  return match.patterns.length > 0 && rows.filter((r) => !r.by_label).length < limit;
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
  const audiences = incidentAudiences(scope);
  const worded = visible
    .where(sql<boolean>`NOT ${byLabel}`)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("incident_search_texts as st")
          .select("st.version")
          .whereRef("st.incident_id", "=", "incidents.id")
          .where(sql<boolean>`st.version = coalesce(lf.version, 0)`)
          .where(textMatches(match, audiences)),
      ),
    )
    .select(sql<boolean>`false`.as("by_label"));
  const rows = await db
    .selectFrom(named.as("named"))
    .selectAll()
    .unionAll(
      db
        .selectFrom((audiences ? worded.where(amongNewest("incidents")) : worded).as("worded"))
        .selectAll(),
    )
    .execute();
  if (!audiences || !needsSecondTry(rows, match, limit)) return ranked(rows, limit);
  // Any version's text holding the words: the incidents to weigh; which version the viewer
  // reads is then decided for each, as in the first try.
  const ids = await candidates(db, "incident_search_texts", "incident_id", match, audiences);
  const found = await (
    ids === null ? worded : worded.where("incidents.id", "=", anyOf(ids))
  ).execute();
  return ranked([...rows.filter((r) => r.by_label), ...found], limit);
}
