/** Incidents and findings: rows in, rows out. */
import { sql, type ExpressionBuilder, type Selectable } from "kysely";
import type { Finding, Incident } from "../domain/incidents.js";
import type { CaseState } from "../domain/workflow.js";
import { RELEASED_STATES } from "../domain/workflow.js";
import type { IncidentScope } from "../services/access.js";
import type { Db, Tx } from "../services/deps.js";
import type { DB, FindingsTable, IncidentsTable } from "./schema.js";
import type { CategoryCode } from "../domain/taxonomy.js";

export type IncidentRow = Selectable<IncidentsTable>;
export type FindingRow = Selectable<FindingsTable>;

export function rowToIncident(r: IncidentRow): Incident {
  return {
    id: r.id,
    reference: r.reference,
    state: r.state as CaseState,
    title: r.title,
    category: r.category as CategoryCode,
    occurredFrom: r.occurred_from,
    occurredTo: r.occurred_to,
    location: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    concernedParties: r.concerned_parties,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    releasedAt: r.released_at,
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
    draftedBy: r.drafted_by,
    createdAt: r.created_at,
  };
}

/** A released incident: its finding went to the parties (it may since have been closed). */
const released = (eb: ExpressionBuilder<DB, "incidents">) =>
  eb("incidents.released_at", "is not", null);

export function incidentScopeFilter(scope: IncidentScope) {
  return (eb: ExpressionBuilder<DB, "incidents">) => {
    switch (scope.kind) {
      case "all":
        return eb.val(true);
      case "released":
        return released(eb);
      case "withReportsBy":
        return eb.exists(
          eb
            .selectFrom("reports")
            .select("reports.id")
            .whereRef("reports.incident_id", "=", "incidents.id")
            .where("reports.submitted_by", "=", scope.userId),
        );
      case "releasedOrOwnParty":
        return eb.or([
          released(eb),
          eb.exists(
            eb
              .selectFrom("reports")
              .select("reports.id")
              .whereRef("reports.incident_id", "=", "incidents.id")
              .where("reports.submitter_party", "=", scope.party),
          ),
        ]);
    }
  };
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
  return `INC-${String(rows[0]!.n).padStart(5, "0")}`;
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

export interface IncidentFilter {
  state?: string;
  category?: string;
  occurredFrom?: Date;
  occurredTo?: Date;
  before?: { updatedAt: Date; id: string };
  limit: number;
}

export function listIncidentRows(db: Db, scope: IncidentScope, f: IncidentFilter) {
  let q = db.selectFrom("incidents").selectAll().where(incidentScopeFilter(scope));
  if (f.state) q = q.where("state", "=", f.state);
  if (f.category) q = q.where("category", "=", f.category);
  if (f.occurredFrom) q = q.where("occurred_to", ">=", f.occurredFrom);
  if (f.occurredTo) q = q.where("occurred_from", "<=", f.occurredTo);
  if (f.before) {
    const b = f.before;
    q = q.where((eb) =>
      eb.or([
        eb("updated_at", "<", b.updatedAt),
        eb.and([eb("updated_at", "=", b.updatedAt), eb("id", "<", b.id)]),
      ]),
    );
  }
  return q.orderBy("updated_at", "desc").orderBy("id", "desc").limit(f.limit).execute();
}

export { RELEASED_STATES };
