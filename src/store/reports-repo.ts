/** Reports: rows in, rows out. */
import { sql, type ExpressionBuilder } from "kysely";
import type { Report, ReportCounts, ReportStatus } from "../domain/reports.js";
import type { CategoryCode, Language, SourceKind } from "../domain/taxonomy.js";
import type { ReportScope } from "../services/access.js";
import type { Db, Tx } from "../services/deps.js";
import type { DB, ReportsTable } from "./schema.js";
import type { Selectable } from "kysely";

export type ReportRow = Selectable<ReportsTable>;

export function rowToReport(r: ReportRow): Report {
  return {
    id: r.id,
    trackingId: r.tracking_id,
    version: r.version,
    supersedesId: r.supersedes_id,
    sourceKind: r.source_kind as SourceKind,
    submittedBy: r.submitted_by,
    submitterParty: r.submitter_party,
    allegedParty: r.alleged_party ?? undefined,
    receivedAt: r.received_at,
    occurredFrom: r.occurred_from,
    occurredTo: r.occurred_to,
    datePrecision: r.date_precision,
    location: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : undefined,
    wherePrecision: r.where_precision,
    placeName: r.place_name ?? undefined,
    category: r.category as CategoryCode,
    description: r.description,
    language: r.language as Language,
    counts: r.counts as ReportCounts,
    sourceGrade: r.source_grade ?? undefined,
    status: r.status as ReportStatus,
    incidentId: r.incident_id,
    triageReason: r.triage_reason,
    isDemo: r.is_demo,
  };
}

export function scopeFilter(scope: ReportScope) {
  return (eb: ExpressionBuilder<DB, "reports">) => {
    switch (scope.kind) {
      case "all":
        return eb.val(true);
      case "submittedBy":
        return eb("reports.submitted_by", "=", scope.userId);
      case "party":
        return eb("reports.submitter_party", "=", scope.party);
    }
  };
}

export async function findReport(
  db: Db | Tx,
  id: string,
  scope: ReportScope,
): Promise<ReportRow | undefined> {
  return db
    .selectFrom("reports")
    .selectAll()
    .where("id", "=", id)
    .where(scopeFilter(scope))
    .executeTakeFirst();
}

export async function nextTrackingId(tx: Tx): Promise<string> {
  const { rows } = await sql<{ n: number }>`SELECT nextval('report_tracking_seq') AS n`.execute(tx);
  return `R-${String(rows[0]!.n).padStart(6, "0")}`;
}

export interface ReportFilter {
  occurredFrom?: Date;
  occurredTo?: Date;
  category?: string;
  sourceKind?: string;
  status?: string;
  incidentId?: string;
  /** Cursor: rows strictly before this (received_at, id), newest first. */
  before?: { receivedAt: Date; id: string };
  limit: number;
}

export async function listReports(
  db: Db,
  scope: ReportScope,
  f: ReportFilter,
): Promise<ReportRow[]> {
  let q = db.selectFrom("reports").selectAll().where(scopeFilter(scope));
  // Overlap of the event window with the filter window.
  if (f.occurredFrom) q = q.where("occurred_to", ">=", f.occurredFrom);
  if (f.occurredTo) q = q.where("occurred_from", "<=", f.occurredTo);
  if (f.category) q = q.where("category", "=", f.category);
  if (f.sourceKind) q = q.where("source_kind", "=", f.sourceKind);
  if (f.status) q = q.where("status", "=", f.status);
  if (f.incidentId) q = q.where("incident_id", "=", f.incidentId);
  if (f.before) {
    const b = f.before;
    q = q.where((eb) =>
      eb.or([
        eb("received_at", "<", b.receivedAt),
        eb.and([eb("received_at", "=", b.receivedAt), eb("id", "<", b.id)]),
      ]),
    );
  }
  return q.orderBy("received_at", "desc").orderBy("id", "desc").limit(f.limit).execute();
}
