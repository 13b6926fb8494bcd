/** Incidents and findings: rows in, rows out. */
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Selectable,
  type SqlBool,
} from "kysely";
import type { Classification, ReleaseAudience } from "../domain/access-rules.js";
import type { Finding, Incident } from "../domain/incidents.js";
import { statesMatching, type CaseState, type StateGroup } from "../domain/workflow.js";
import { incidentReferenceOf } from "../domain/record-labels.js";
import type { IncidentScope } from "../domain/scopes.js";
import type { Db, Tx } from "./database.js";
import type { DB, FindingsTable, IncidentsTable } from "./schema.js";
import { geoFilterOn, hasGeoFilter, type GeoFilter } from "./geo-repo.js";
import { embargoPassed, inArea, leavesMission } from "./access-sql.js";
import { categoriesMatching, type CategoryCode, type CategoryGroup } from "../domain/taxonomy.js";
import type { IncidentSort, SortOrder } from "../domain/incidents.js";
import { sectorSql } from "./sector-sql.js";

export type IncidentRow = Selectable<IncidentsTable>;
export type FindingRow = Selectable<FindingsTable>;

export function rowToIncident(r: IncidentRow): Incident {
  return {
    id: r.id,
    reference: r.reference,
    state: r.state as CaseState,
    title: r.title,
    titleGenerated: r.title_generated,
    category: r.category as CategoryCode,
    occurredFrom: r.occurred_from,
    occurredTo: r.occurred_to,
    location: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    concernedParties: r.concerned_parties,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    releasedAt: r.released_at,
    classification: r.classification as Classification,
    embargoUntil: r.embargo_until,
  };
}

export function rowToFinding(r: FindingRow): Finding {
  return {
    id: r.id,
    incidentId: r.incident_id,
    version: r.version,
    outcome: r.outcome as Finding["outcome"],
    verificationLevel: r.verification_level as Finding["verificationLevel"],
    attributionLevel: r.attribution_level as Finding["attributionLevel"],
    attributedParty: r.attributed_party,
    provisions: r.provisions,
    severity: r.severity as Finding["severity"],
    standardOfProof: r.standard_of_proof as Finding["standardOfProof"],
    sourceGrades: r.source_grades as Finding["sourceGrades"],
    publicNarrative: r.public_narrative,
    restrictedNarrative: r.restricted_narrative,
    publicNarrativeAr: r.public_narrative_ar,
    restrictedNarrativeAr: r.restricted_narrative_ar,
    authoritativeLanguage: r.authoritative_language as Finding["authoritativeLanguage"],
    draftedBy: r.drafted_by,
    createdAt: r.created_at,
    classification: r.classification as Classification,
    concernedParties: r.concerned_parties,
    embargoUntil: r.embargo_until,
  };
}

/**
 * What the access checks need to know of an incident's reports and releases, kept on its row so
 * that a scope tests the row alone (decision 0007, "Cost of the checks"): the parties that filed
 * any of its reports (any status, superseded versions too), sorted bytewise (the same on both
 * engines), the users who filed them, and the earliest release instant to the parties and to
 * the public. SET expressions
 * correlated on `incidents.id`: every write that attaches a report to an incident or releases it
 * recomputes them (reports only ever join an incident, and an amendment keeps the party; releases
 * are append-only), in its transaction and before its audit entry records the incident row.
 */
function visibilityColumns() {
  const earliest = (audience: ReleaseAudience) =>
    sql<Date | null>`(SELECT min(rel.release_at) FROM releases rel
      WHERE rel.incident_id = incidents.id AND rel.audience = ${audience})`;
  return {
    report_parties: sql<string[]>`ARRAY(SELECT DISTINCT r.submitter_party COLLATE "C"
      FROM reports r WHERE r.incident_id = incidents.id AND r.submitter_party IS NOT NULL
      ORDER BY 1)`,
    report_submitters: sql<string[]>`ARRAY(SELECT DISTINCT r.submitted_by
      FROM reports r WHERE r.incident_id = incidents.id AND r.submitted_by IS NOT NULL
      ORDER BY 1)`,
    parties_release_at: earliest("parties"),
    public_release_at: earliest("public"),
  };
}

/**
 * Recomputes the incident's visibility columns (visibilityColumns) after its reports or releases
 * changed, inside the caller's transaction and before its audit entry; nothing else changes.
 */
export async function refreshIncidentVisibility(db: Db | Tx, incidentId: string): Promise<void> {
  await db.updateTable("incidents").set(visibilityColumns()).where("id", "=", incidentId).execute();
}

/** The same for every incident: for rows written with SQL directly (benchmarks, tests). */
export async function refreshAllIncidentVisibility(db: Db | Tx): Promise<void> {
  await db.updateTable("incidents").set(visibilityColumns()).execute();
}

/**
 * Which releases a scope reads: the mission all of them (scheduled ones too); outside the mission
 * only those whose instant has passed, sent to an audience the viewer belongs to, of an incident
 * still classified for the parties or the public and not under embargo.
 */
export function releaseScopeFilter(scope: IncidentScope) {
  return (eb: ExpressionBuilder<DB, "releases" | "incidents">) => {
    switch (scope.kind) {
      case "all":
        return scope.area ? inArea("incidents", scope.area) : eb.val(true);
      case "intake":
        return eb("incidents.classification", "<>", "confidential_source");
      case "withReportsBy":
        return eb.val(false);
      case "releasedOrOwnParty":
      case "released":
      case "public": {
        const audience =
          scope.kind === "public"
            ? eb("releases.audience", "=", "public")
            : scope.kind === "released"
              ? eb("releases.audience", "in", ["parties", "public"])
              : eb.or([
                  eb("releases.audience", "=", "public"),
                  eb.and([
                    eb("releases.audience", "=", "parties"),
                    sql<SqlBool>`${scope.party} = ANY(incidents.concerned_parties)`,
                  ]),
                ]);
        return eb.and([
          eb("releases.release_at", "<=", scope.now),
          audience,
          scope.kind === "public"
            ? eb("incidents.classification", "=", "public")
            : leavesMission("incidents"),
          embargoPassed("incidents", scope.now),
        ]);
      }
    }
  };
}

/**
 * Which findings of an incident a scope may see, as a condition on `findings` (correlated to
 * `incidents`): the case roles every version; everyone else only a version released to them by
 * now (releaseScopeFilter; a monitor, what was released to the parties or the public). So a
 * release scheduled for later shows nothing before its instant, and a newer draft nothing until
 * it is released in turn. The map, the dashboard and search take the latest finding so allowed.
 */
function findingVisibleTo(scope: IncidentScope) {
  // An area-narrowed scope reaches a finding through its incident, already narrowed.
  return (eb: ExpressionBuilder<DB, "findings" | "incidents">) => {
    if (scope.kind === "all" || scope.kind === "intake") return eb.val(true);
    const reads: IncidentScope =
      scope.kind === "withReportsBy" ? { kind: "released", now: scope.now } : scope;
    return eb.exists(
      eb
        .selectFrom("releases")
        .select("releases.id")
        .whereRef("releases.finding_id", "=", "findings.id")
        .where(releaseScopeFilter(reads)),
    );
  };
}

/** The latest finding of the incident that `scope` may see (findingVisibleTo), for a lateral join. */
export function latestVisibleFinding(eb: ExpressionBuilder<DB, "incidents">, scope: IncidentScope) {
  return eb
    .selectFrom("findings")
    .whereRef("findings.incident_id", "=", "incidents.id")
    .where(findingVisibleTo(scope))
    .orderBy("findings.version", "desc")
    .limit(1);
}

/** The one place where an incident scope (src/domain/scopes.ts) becomes SQL. */
export function incidentScopeFilter(scope: IncidentScope) {
  const area = "area" in scope ? scope.area : undefined;
  if (!area) return baseIncidentFilter(scope);
  return (eb: ExpressionBuilder<DB, "incidents">) =>
    eb.and([baseIncidentFilter(scope)(eb), inArea("incidents", area)]);
}

function baseIncidentFilter(scope: IncidentScope) {
  return (eb: ExpressionBuilder<DB, "incidents">) => {
    switch (scope.kind) {
      case "all":
        return eb.val(true);
      case "intake":
        return eb("incidents.classification", "<>", "confidential_source");
      // A monitor: the incidents holding its own reports (report_submitters, visibilityColumns).
      case "withReportsBy":
        return eb.and([
          eb("incidents.classification", "<>", "confidential_source"),
          sql<SqlBool>`${scope.userId}::uuid = ANY(incidents.report_submitters)`,
        ]);
      // Tests of the row alone, on its visibility columns (visibilityColumns): "released to the
      // public (the parties) by now" is "its earliest such release is at or before now", which
      // has the meaning of the EXISTS over the releases that it replaces.
      case "releasedOrOwnParty": {
        const P = scope.party;
        return eb.or([
          // Its own complaints and their status.
          sql<SqlBool>`${P} = ANY(incidents.report_parties)`,
          eb.and([
            leavesMission("incidents"),
            embargoPassed("incidents", scope.now),
            eb.or([
              eb("incidents.public_release_at", "<=", scope.now),
              eb.and([
                sql<SqlBool>`${P} = ANY(incidents.concerned_parties)`,
                eb.or([
                  eb("incidents.parties_release_at", "<=", scope.now),
                  // The right of reply: a draft concerning the party waits for its answer.
                  eb("incidents.state", "=", "right_of_reply"),
                ]),
              ]),
            ]),
          ]),
        ]);
      }
      case "released":
        return eb.and([
          leavesMission("incidents"),
          embargoPassed("incidents", scope.now),
          eb.or([
            eb("incidents.public_release_at", "<=", scope.now),
            eb("incidents.parties_release_at", "<=", scope.now),
          ]),
        ]);
      case "public":
        return eb.and([
          eb("incidents.classification", "=", "public"),
          embargoPassed("incidents", scope.now),
          eb("incidents.public_release_at", "<=", scope.now),
        ]);
    }
  };
}

/** How many incidents the scope reads. */
export async function countIncidentsIn(db: Db, scope: IncidentScope): Promise<number> {
  const row = await db
    .selectFrom("incidents")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where(incidentScopeFilter(scope))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findIncident(db: Db | Tx, id: string, scope: IncidentScope, lock = false) {
  let q = db
    .selectFrom("incidents")
    .selectAll()
    .where("id", "=", id)
    .where(incidentScopeFilter(scope));
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function nextIncidentReference(tx: Tx): Promise<string> {
  const { rows } = await sql<{ n: number }>`SELECT nextval('incident_reference_seq') AS n`.execute(
    tx,
  );
  return incidentReferenceOf(rows[0]!.n);
}

export function latestFinding(db: Db | Tx, incidentId: string) {
  return db
    .selectFrom("findings")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

export function findingsOf(db: Db | Tx, incidentId: string) {
  return db
    .selectFrom("findings")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("version")
    .execute();
}

/** What a reader may filter incidents by: the list, its export and the map share it. */
export interface IncidentMatch {
  /** A case state or a group of states (STATE_GROUPS). */
  state?: CaseState | StateGroup;
  /** A taxonomy code or a family (CATEGORY_GROUPS). */
  category?: CategoryCode | CategoryGroup;
  /** Incidents concerning this party. */
  party?: string;
  /** Sector codes of the mission, "other" or "unlocated": in any of them. */
  sector?: readonly string[];
  occurredFrom?: Date;
  occurredTo?: Date;
  /** Spatial filters on the stored geo evaluation (decision 0004). */
  geo?: GeoFilter;
}

/** The filters as one condition on `incidents` (the event window overlaps the filter window). */
export function incidentMatches(f: IncidentMatch) {
  return (eb: ExpressionBuilder<DB, "incidents">) => {
    const c: Expression<SqlBool>[] = [];
    if (f.state) c.push(eb("incidents.state", "in", statesMatching(f.state)));
    if (f.category) c.push(eb("incidents.category", "in", categoriesMatching(f.category)));
    if (f.party) c.push(sql<SqlBool>`${f.party} = ANY(incidents.concerned_parties)`);
    if (f.sector && f.sector.length > 0)
      c.push(sql<SqlBool>`${sectorSql("incidents")} IN (${sql.join(f.sector)})`);
    if (f.occurredFrom) c.push(eb("incidents.occurred_to", ">=", f.occurredFrom));
    if (f.occurredTo) c.push(eb("incidents.occurred_from", "<=", f.occurredTo));
    if (hasGeoFilter(f.geo)) c.push(geoFilterOn("incident", "incidents", f.geo));
    return eb.and(c);
  };
}

const SORT_COLUMN = {
  occurred: "incidents.occurred_from",
  updated: "incidents.updated_at",
  reference: "incidents.reference",
} as const satisfies Record<IncidentSort, string>;

/** A position in a sorted list: the sort key of the last row read, and its id to break ties. */
interface SortPosition {
  key: Date | string;
  id: string;
}

export interface IncidentFilter extends IncidentMatch {
  /** Newest event first when absent. */
  sort?: IncidentSort;
  order?: SortOrder;
  after?: SortPosition;
  limit: number;
}

/** The sort key of a row, as `after` takes it. */
export function sortKeyOf(sort: IncidentSort, i: Incident): Date | string {
  return sort === "occurred" ? i.occurredFrom : sort === "updated" ? i.updatedAt : i.reference;
}

/** Rows the scope may see, matching, in (key, id) order, strictly after `after`. */
function sortedIncidents(db: Db, scope: IncidentScope, f: IncidentFilter) {
  const column = SORT_COLUMN[f.sort ?? "occurred"];
  const order = f.order ?? "desc";
  let q = db.selectFrom("incidents").where(incidentScopeFilter(scope)).where(incidentMatches(f));
  if (f.after) {
    const a = f.after;
    q = q.where((eb) =>
      eb(
        eb.refTuple(column, "incidents.id"),
        order === "desc" ? "<" : ">",
        eb.tuple(a.key as never, a.id),
      ),
    );
  }
  return q.orderBy(column, order).orderBy("incidents.id", order).limit(f.limit);
}

export function listIncidentRows(db: Db, scope: IncidentScope, f: IncidentFilter) {
  return sortedIncidents(db, scope, f).selectAll("incidents").execute();
}

/**
 * Rows for an export: the list's rows with the verification level of the latest finding the
 * scope may see (findingVisibleTo), null when it may see none.
 */
export function exportIncidentRows(db: Db, scope: IncidentScope, f: IncidentFilter) {
  return sortedIncidents(db, scope, f)
    .selectAll("incidents")
    .select((eb) =>
      latestVisibleFinding(eb, scope)
        .select("findings.verification_level")
        .as("visible_verification_level"),
    )
    .execute();
}

/** Inserts a new incident; returns its row. */
export function insertIncident(tx: Tx, values: Insertable<IncidentsTable>): Promise<IncidentRow> {
  return tx.insertInto("incidents").values(values).returningAll().executeTakeFirstOrThrow();
}

/**
 * Widens an incident by a merged report (window, location, parties), with its visibility columns
 * recomputed for the access checks before the audit entry; returns the row.
 */
export function widenIncident(
  tx: Tx,
  id: string,
  w: { from: Date; to: Date; lat: number | null; lon: number | null; parties: string[]; at: Date },
): Promise<IncidentRow> {
  return tx
    .updateTable("incidents")
    .set({
      ...visibilityColumns(),
      occurred_from: w.from,
      occurred_to: w.to,
      lat: w.lat,
      lon: w.lon,
      concerned_parties: w.parties,
      updated_at: w.at,
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Moves an incident to `state`, with its visibility columns recomputed (a release just written
 * counts) before the audit entry.
 */
export async function setIncidentState(
  tx: Tx,
  id: string,
  s: { state: CaseState; at: Date; releasedAt: Date | null },
): Promise<void> {
  await tx
    .updateTable("incidents")
    .set({ ...visibilityColumns(), state: s.state, updated_at: s.at, released_at: s.releasedAt })
    .where("id", "=", id)
    .execute();
}

/** Sets who may read an incident outside the mission; returns its row. */
export function reclassifyIncident(
  tx: Tx,
  id: string,
  c: {
    classification: Classification;
    concernedParties: string[];
    embargoUntil: Date | null;
    at: Date;
  },
): Promise<IncidentRow> {
  return tx
    .updateTable("incidents")
    .set({
      classification: c.classification,
      concerned_parties: c.concernedParties,
      embargo_until: c.embargoUntil,
      updated_at: c.at,
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Marks an incident as changed at `at` (e.g. a finding drafted). */
export async function touchIncident(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.updateTable("incidents").set({ updated_at: at }).where("id", "=", id).execute();
}

/** Inserts a finding version; returns its row. */
export function insertFinding(tx: Tx, values: Insertable<FindingsTable>): Promise<FindingRow> {
  return tx.insertInto("findings").values(values).returningAll().executeTakeFirstOrThrow();
}
