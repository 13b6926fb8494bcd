/**
 * Reports: reading and amending them, closing one as out of scope. Filing one is intake
 * (intake.ts), re-exported here.
 */
import { DomainError } from "../domain/errors.js";
import {
  checkReportTimes,
  isAmenderOf,
  type AmendmentInput,
  type Report,
} from "../domain/reports.js";
import { TRIAGE_ROLES, type Actor } from "../domain/roles.js";
import type { Classification } from "../domain/access-rules.js";
import {
  findReport,
  insertReports,
  listReports as listReportRows,
  rowToReport,
  setReportTriaged,
  supersedeReport,
  type Inserted,
  type ReportFilter,
} from "../store/reports-repo.js";
import { reportScopeFor, requireRole, type ReportScope } from "./access.js";
import { appendAudit } from "./audit.js";
import { decodeCursor, pageOf, type Page } from "./cursor.js";
import { inTransaction, type Deps } from "./deps.js";
import { withGeo } from "./geo-evaluations.js";
import { requirePartiesExist } from "./parties.js";
import { requireSector } from "./mission.js";
import { locateReport } from "./places.js";
import { amendReportSources } from "./sources.js";

export { createReport } from "./intake.js";

export async function getReport(deps: Deps, actor: Actor, id: string): Promise<Report> {
  const row = await findReport(deps.db, id, reportScopeFor(actor, deps.clock()));
  if (!row) throw reportNotFound(id);
  const [report] = await withGeo(deps.db, "report", [rowToReport(row)]);
  return report!;
}

export function reportNotFound(id: string): DomainError {
  return new DomainError("report_not_found", `There is no report with id ${id}.`);
}

export type ReportPage = Page<Report>;

export async function listReports(
  deps: Deps,
  actor: Actor,
  filter: Omit<ReportFilter, "before"> & { cursor?: string },
): Promise<ReportPage> {
  const scope: ReportScope = reportScopeFor(actor, deps.clock());
  await requireSector(deps, filter.sector);
  const pos = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  const before = pos && { receivedAt: pos.at, id: pos.id };
  const rows = await listReportRows(deps.db, scope, { ...filter, before, limit: filter.limit + 1 });
  // A list answers what a list shows: no report's geo evaluation (about 4 kB each), which the
  // report's own page reads (GET /reports/{id}).
  return pageOf(
    rows,
    filter.limit,
    (page) => page.map(rowToReport),
    (r) => ({ at: r.receivedAt, id: r.id }),
  );
}

/** An amendment is a new version linked to the old; the old one is marked superseded. */
export async function amendReport(
  deps: Deps,
  actor: Actor,
  id: string,
  amendment: AmendmentInput,
): Promise<Report> {
  const { clearSources, ...input } = amendment;
  const receivedAt = deps.clock();
  checkReportTimes(input, receivedAt);
  // The amended place name is looked up inside the transaction, in a gazetteer read before it.
  await deps.geography.refresh();
  return inTransaction(deps, async (tx) => {
    const old = await findReport(tx, id, reportScopeFor(actor, receivedAt));
    if (!old) throw reportNotFound(id);
    const submitter = { submittedBy: old.submitted_by, submitterParty: old.submitter_party };
    if (!isAmenderOf(actor, submitter))
      throw new DomainError("forbidden", "Only the submitter or intake may amend a report.");
    if (old.status === "superseded") {
      throw new DomainError(
        "report_superseded",
        "This report has already been amended; amend its latest version.",
      );
    }
    if (input.sourceKind !== old.source_kind) {
      throw new DomainError(
        "validation_failed",
        "An amendment keeps the source kind of the report.",
        { field: "sourceKind" },
      );
    }
    await requirePartiesExist(deps, tx, [input.allegedParty]);
    const [{ report: next }] = (await insertReports(deps, tx, [
      {
        actor,
        input,
        extra: {
          receivedAt,
          submitterParty: old.submitter_party,
          isDemo: old.is_demo,
          supersedes: { id: old.id, version: old.version },
          located: locateReport(deps, input),
          // An amendment is another version of the same report: it keeps its access attributes.
          access: {
            classification: old.classification as Classification,
            concernedParties: old.concerned_parties,
            embargoUntil: old.embargo_until,
          },
        },
      },
    ])) as [Inserted];
    const sources = await amendReportSources(
      tx,
      old.id,
      next.id,
      { ...input, clearSources },
      receivedAt,
    );
    // The new version takes the old one's place in triage.
    await supersedeReport(tx, old, next.id);
    await appendAudit(tx, {
      actor,
      action: "report.amended",
      subject: `report:${next.id}`,
      at: receivedAt,
      rows: [{ table: "reports", id: old.id }, { table: "reports", id: next.id }, ...sources],
      details: {
        supersedes: old.id,
        version: next.version,
        ...(clearSources?.length ? { sourcesCleared: clearSources } : {}),
      },
    });
    return {
      ...next,
      status: old.status as Report["status"],
      incidentId: old.incident_id,
      triageReason: old.triage_reason,
    };
  });
}

export async function closeReportOutOfScope(
  deps: Deps,
  actor: Actor,
  id: string,
  reason: string,
): Promise<Report> {
  requireRole(actor, TRIAGE_ROLES, "triage reports");
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const old = await findReport(tx, id, reportScopeFor(actor, now));
    if (!old) throw reportNotFound(id);
    if (old.status !== "received") {
      throw new DomainError(
        "report_already_triaged",
        `This report was already triaged (status "${old.status}").`,
      );
    }
    const row = await setReportTriaged(tx, id, {
      status: "out_of_scope",
      reason,
      triagedBy: actor.kind === "user" ? actor.userId : null,
      at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "report.closed_out_of_scope",
      subject: `report:${id}`,
      at: now,
      rows: [{ table: "reports", id }],
      details: { reason },
    });
    return rowToReport(row);
  });
}
