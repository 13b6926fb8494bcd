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
  /** What must all be found in the normalised text; none finds nothing. */
  terms: readonly SearchTermMatch[];
}

interface SearchTermMatch {
  /** A regular expression found in the normalised text. */
  pattern: string;
  /** A run of letters (a regular expression too) every matching text holds without its long vowels. */
  bare: string | null;
}

/**
 * The stored text `st` matches: each term's pattern in its text and its bare run in its bare
 * text, and the viewer is one of its audiences (null: the mission's own scope, every row). The
 * bare runs and the audiences only narrow what the index returns; the scope and the patterns
 * decide. With `indexed`, only that term is offered to the index (the others are tested on the
 * rows it returns): the index reads the entries of every trigram it is given, and a common word
 * beside a rare one made it read most of the table's ("shelling zeppelin").
 */
function textMatches(
  match: SearchMatch,
  audiences: readonly string[] | null,
  indexed: number | null = null,
): RawBuilder<boolean> {
  if (match.terms.length === 0) return sql<boolean>`false`;
  const conditions = match.terms.flatMap(({ pattern, bare }, i) => {
    const own = [
      sql<boolean>`st.text ~ ${pattern}`,
      ...(bare ? [sql<boolean>`st.bare ~ ${bare}`] : []),
    ];
    // IS TRUE: the same test, which the planner does not match to the index
    return indexed === null || indexed === i ? own : own.map((c) => sql<boolean>`(${c}) IS TRUE`);
  });
  if (audiences) conditions.push(sql<boolean>`st.audiences && ${[...audiences]}::text[]`);
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
 * How search looks for a viewer who reads only some rows (the mission reads every row: one
 * query, the planner's choice between the newest rows and the index), in one object so that a
 * test can move the bounds and see every way give the same rows
 * (src/services/search-older-rows.test.ts).
 */
export const searchTuning = {
  /**
   * How many of the newest rows the viewer's audiences read the first try walks: a word common
   * in what the viewer reads fills a page among them, and the walk stops there.
   */
  newestFirstTry: 2000,
  /** A word the index expects in fewer rows than this is looked up there first. */
  fewMatches: 2000,
  /** More rows than this found by the index: walking the newest rows is the cheaper way. */
  maxCandidates: 20_000,
};

const READERS = {
  reports: { table: "report_search_readers", texts: "report_search_texts", id: "report_id" },
  incidents: {
    table: "incident_search_readers",
    texts: "incident_search_texts",
    id: "incident_id",
  },
} as const;

/**
 * The rows the audiences read (migration 20261214T010000_search_readers), newest first, as
 * `w(id, occurred_from)`: each audience's rows walked backwards along its index and merged in
 * search's own order (newest first, ties by the greater id); a row two audiences read comes
 * twice, one after the other. With a limit, only the `limit` first. Joined to the rows, it lets a
 * search stop at its page's last hit and never pass through rows the viewer may not read.
 */
function readersWalk(
  table: "reports" | "incidents",
  audiences: readonly string[],
  limit: number | null,
) {
  const { table: readers, id } = READERS[table];
  const t = sql.table(readers);
  const bound = limit === null ? sql`` : sql`LIMIT ${limit}`;
  const walks = audiences.map(
    (a) => sql`(SELECT ${sql.ref(`r.${id}`)} AS id, r.occurred_from FROM ${t} r
      WHERE r.audience = ${a} ORDER BY r.occurred_from DESC, ${sql.ref(`r.${id}`)} DESC ${bound})`,
  );
  return sql<{ id: string; occurred_from: Date }>`(${sql.join(walks, sql` UNION ALL `)}
    ORDER BY occurred_from DESC, id DESC ${bound})`;
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
  // each row once (a walk gives a row as often as the viewer's audiences read it)
  return [...new Map(rows.map((r) => [r.id, r])).values()]
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
  const plan = await planMatch(db, "report_search_texts", match, audiences);
  const worded = visible
    .innerJoin("report_search_texts as st", "st.report_id", "reports.id")
    .where(sql<boolean>`NOT ${byLabel}`)
    .where(textMatches(match, audiences, plan.indexed))
    .select(sql<boolean>`false`.as("by_label"));
  const byName = async () => (match.labels.length > 0 ? await named.execute() : []);
  if (!audiences) return ranked([...(await byName()), ...(await worded.execute())], limit);
  const keys = audiences;
  const found = await foundForAudiences(db, "reports", match, keys, plan, limit, {
    // In the walk's order, the list's own: the page stops at its last hit. A row two audiences
    // read comes twice (left out by `ranked`), so a page asks for as many rows per audience.
    walked: (n) =>
      worded
        .innerJoin(readersWalk("reports", keys, n).as("w"), "w.id", "reports.id")
        .clearOrderBy()
        .orderBy("w.occurred_from", "desc")
        .orderBy("w.id", "desc")
        .limit(limit * keys.length)
        .execute(),
    among: (ids) => worded.where("reports.id", "=", anyOf(ids)).execute(),
  });
  return ranked([...(await byName()), ...found], limit);
}

/**
 * The ids of the rows whose stored text holds the words and whose audiences hold the viewer,
 * from the index alone (the planner, weighing a common word, would read the whole table; what a
 * viewer may read of it is often far less), or null when more than `maxCandidates`.
 */
async function candidates(
  db: Db,
  table: "report_search_texts" | "incident_search_texts",
  id: "report_id" | "incident_id",
  match: SearchMatch,
  audiences: readonly string[] | null,
  indexed: number | null,
): Promise<string[] | null> {
  const read = async (tx: Db) => {
    // Inside a caller's transaction the settings would outlive this read: leave them. Index
    // scans off too: weighing a common word, the planner walked the whole primary key to give
    // DISTINCT its order (4.1 s for a liaison's "قصف" over a million reports; 70 ms through GIN).
    if (!db.isTransaction) {
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      await sql`SET LOCAL enable_indexscan = off`.execute(tx);
      await sql`SET LOCAL enable_indexonlyscan = off`.execute(tx);
    }
    const { rows } = await sql<{ id: string }>`SELECT DISTINCT st.${sql.ref(id)} AS id
      FROM ${sql.table(table)} st WHERE ${textMatches(match, audiences, indexed)}
      LIMIT ${searchTuning.maxCandidates + 1}`.execute(tx);
    return rows;
  };
  const rows = db.isTransaction ? await read(db) : await db.transaction().execute(read);
  return rows.length > searchTuning.maxCandidates ? null : rows.map((r) => r.id);
}

function anyOf(ids: readonly string[]) {
  return sql<string>`ANY(${[...ids]}::uuid[])`;
}

/**
 * The rows found by their words for a viewer who reads only some rows, by the cheapest of three
 * ways, each giving the same rows: a word the planner expects in few rows is looked up in the
 * index first; otherwise the newest rows the viewer's audiences read are walked until the page
 * is full (a common word), and only if the first try's rows do not fill it is the index asked (a
 * word rare in what this viewer reads). More than `maxCandidates` there: every row the
 * audiences read is walked, newest first, until the page is full.
 */
async function foundForAudiences<T extends Hit>(
  db: Db,
  table: "reports" | "incidents",
  match: SearchMatch,
  audiences: readonly string[],
  plan: { indexed: number | null; expected: number },
  limit: number,
  ways: {
    walked: (limit: number | null) => Promise<T[]>;
    among: (ids: readonly string[]) => Promise<T[]>;
  },
): Promise<T[]> {
  // no words (labels only), or a viewer no audience admits: nothing found by words
  if (match.terms.length === 0 || audiences.length === 0) return [];
  const { texts, id } = READERS[table];
  if (plan.expected > searchTuning.fewMatches) {
    const newest = await ways.walked(searchTuning.newestFirstTry);
    // Nothing older can come before a full page of the newest.
    if (new Set(newest.map((r) => r.id)).size >= limit) return newest;
  }
  const ids = await candidates(db, texts, id, match, audiences, plan.indexed);
  return ids === null ? ways.walked(null) : ways.among(ids);
}

/**
 * Which term the index is given (the one the planner expects in the fewest rows, when there are
 * several), and how many rows it expects that term to find among the audiences' (Infinity when
 * not asked: the mission's one-word searches, which need neither).
 */
async function planMatch(
  db: Db,
  texts: "report_search_texts" | "incident_search_texts",
  match: SearchMatch,
  audiences: readonly string[] | null,
): Promise<{ indexed: number | null; expected: number }> {
  if (match.terms.length === 0 || (match.terms.length === 1 && !audiences)) {
    return { indexed: null, expected: Infinity };
  }
  const expected = await Promise.all(
    match.terms.map((term) => expectedRows(db, texts, { ...match, terms: [term] }, audiences)),
  );
  const fewest = expected.indexOf(Math.min(...expected));
  return { indexed: match.terms.length > 1 ? fewest : null, expected: expected[fewest]! };
}

/** How many rows the planner expects the index to return for the words and the audiences. */
async function expectedRows(
  db: Db,
  texts: "report_search_texts" | "incident_search_texts",
  match: SearchMatch,
  audiences: readonly string[] | null,
): Promise<number> {
  const { rows } = await sql<{ "QUERY PLAN": unknown }>`EXPLAIN (FORMAT JSON)
    SELECT 1 FROM ${sql.table(texts)} st WHERE ${textMatches(match, audiences)}`.execute(db);
  // Both drivers parse the JSON; an answer of another shape leaves the estimate unknown.
  const plan = rows[0]?.["QUERY PLAN"] as [{ Plan?: { "Plan Rows"?: unknown } }] | undefined;
  const estimate = plan?.[0]?.Plan?.["Plan Rows"];
  return typeof estimate === "number" ? estimate : Infinity;
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
  const plan = await planMatch(db, "incident_search_texts", match, audiences);
  const worded = visible
    .where(sql<boolean>`NOT ${byLabel}`)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("incident_search_texts as st")
          .select("st.version")
          .whereRef("st.incident_id", "=", "incidents.id")
          .where(sql<boolean>`st.version = coalesce(lf.version, 0)`)
          .where(textMatches(match, audiences, plan.indexed)),
      ),
    )
    .select(sql<boolean>`false`.as("by_label"));
  const byName = async () => (match.labels.length > 0 ? await named.execute() : []);
  if (!audiences) return ranked([...(await byName()), ...(await worded.execute())], limit);
  const keys = audiences;
  const found = await foundForAudiences(db, "incidents", match, keys, plan, limit, {
    // In the walk's order, the list's own: the page stops at its last hit. A row two audiences
    // read comes twice (left out by `ranked`), so a page asks for as many rows per audience.
    walked: (n) =>
      worded
        .innerJoin(readersWalk("incidents", keys, n).as("w"), "w.id", "incidents.id")
        .clearOrderBy()
        .orderBy("w.occurred_from", "desc")
        .orderBy("w.id", "desc")
        .limit(limit * keys.length)
        .execute(),
    among: (ids) => worded.where("incidents.id", "=", anyOf(ids)).execute(),
  });
  return ranked([...(await byName()), ...found], limit);
}
