/** Triage: opening an incident from untriaged reports, merging a duplicate report into one. */
import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import type { Incident } from "../domain/incidents.js";
import { TRIAGE_ROLES, type Actor } from "../domain/roles.js";
import type { ReportScope } from "../domain/scopes.js";
import type { CategoryCode } from "../domain/taxonomy.js";
import { geoOfNewRecord } from "../domain/geo/evaluation-record.js";
import {
  findIncident,
  insertIncident,
  nextIncidentReference,
  refreshIncidentVisibility,
  rowToIncident,
  widenIncident,
} from "../store/incidents-repo.js";
import {
  lockReports,
  mergeReportInto,
  putReportsInIncident,
  type ReportRow,
} from "../store/reports-repo.js";
import { incidentScopeFor, reportScopeFor, requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { incidentNotFound } from "./incident-reads.js";
import { reportNotFound } from "./reports.js";

function unionWindow(rows: { occurred_from: Date; occurred_to: Date }[]) {
  return {
    from: new Date(Math.min(...rows.map((r) => r.occurred_from.getTime()))),
    to: new Date(Math.max(...rows.map((r) => r.occurred_to.getTime()))),
  };
}

function partiesOf(rows: ReportRow[], existing: string[] = []): string[] {
  const set = new Set(existing);
  for (const r of rows) {
    if (r.submitter_party) set.add(r.submitter_party);
    if (r.alleged_party) set.add(r.alleged_party);
  }
  return [...set].sort();
}

/** The reports, locked, if the caller may see them all and none is triaged yet. */
async function untriagedReports(tx: Tx, ids: string[], scope: ReportScope): Promise<ReportRow[]> {
  const rows = await lockReports(tx, ids, scope);
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw reportNotFound(id);
    if (row.status !== "received") {
      throw new DomainError(
        "report_already_triaged",
        `Report ${row.tracking_id} was already triaged (status "${row.status}").`,
        { reportId: id, status: row.status },
      );
    }
  }
  return rows;
}

export interface CreateIncidentInput {
  reportIds: string[];
  title?: string;
  category?: CategoryCode;
  /**
   * false: a made-up title leaves out the place typed in the first report (whose words may say
   * what some readers of the incident may not read: the breach of a commitment names it there).
   */
  placeInTitle?: boolean;
}

/** Opens an incident from one or more untriaged reports. */
export async function createIncident(
  deps: Deps,
  actor: Actor,
  input: CreateIncidentInput,
): Promise<Incident> {
  requireRole(actor, TRIAGE_ROLES, "open incidents");
  requireUser(actor);
  const now = deps.clock();
  const ids = [...new Set(input.reportIds)];
  return inTransaction(deps, async (tx) => {
    const reports = await untriagedReports(tx, ids, reportScopeFor(actor, now));
    const first = reports.find((r) => r.id === ids[0])!;
    const located = reports.find((r) => r.lat !== null);
    const window = unionWindow(reports);
    const id = randomUUID();
    const reference = await nextIncidentReference(tx);
    const row = await insertIncident(tx, {
      id,
      reference,
      state: "received",
      title:
        input.title ??
        `${input.category ?? first.category} ${input.placeInTitle === false ? "" : (first.place_name ?? "")}`.trim(),
      title_generated: input.title === undefined,
      category: input.category ?? first.category,
      occurred_from: window.from,
      occurred_to: window.to,
      lat: located?.lat ?? null,
      lon: located?.lon ?? null,
      concerned_parties: partiesOf(reports),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await putReportsInIncident(tx, ids, { incidentId: id, triagedBy: actor.userId, at: now });
    // Its reports' parties, for the access checks, before the audit entry records the row.
    await refreshIncidentVisibility(tx, id);
    await appendAudit(tx, {
      actor,
      action: "incident.opened",
      subject: `incident:${id}`,
      at: now,
      rows: [{ table: "incidents", id }, ...ids.map((r) => ({ table: "reports" as const, id: r }))],
      details: { reference, reportIds: ids },
    });
    const incident = rowToIncident(row);
    return { ...incident, geo: geoOfNewRecord(incident.location) };
  });
}

/** Merges a duplicate report into an existing incident, with a reason. */
export async function mergeReport(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  reportId: string,
  reason: string,
): Promise<Incident> {
  requireRole(actor, TRIAGE_ROLES, "merge reports");
  requireUser(actor);
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const incident = await findIncident(tx, incidentId, incidentScopeFor(actor, now), true);
    if (!incident) throw incidentNotFound(incidentId);
    if (incident.state === "closed") {
      throw new DomainError(
        "conflict",
        "This incident is closed; reopen it before merging reports into it.",
      );
    }
    const [report] = await untriagedReports(tx, [reportId], reportScopeFor(actor, now));
    const window = unionWindow([incident, report!]);
    await mergeReportInto(tx, reportId, {
      incidentId,
      reason,
      triagedBy: actor.userId,
      at: now,
    });
    // With the merged report's party, for the access checks, before the audit entry.
    const row = await widenIncident(tx, incidentId, {
      from: window.from,
      to: window.to,
      lat: incident.lat ?? report!.lat,
      lon: incident.lon ?? report!.lon,
      parties: partiesOf([report!], incident.concerned_parties),
      at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "report.merged",
      subject: `incident:${incidentId}`,
      at: now,
      rows: [
        { table: "incidents", id: incidentId },
        { table: "reports", id: reportId },
      ],
      details: { reportId, reason },
    });
    return rowToIncident(row);
  });
}
