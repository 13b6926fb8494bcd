/**
 * Confidential source fields of a report: who the source is and which witnesses it names. They
 * are written at intake into their own table, read only by analysts, reviewers and the chief, and
 * every read that hands them out is an audit entry (`source.read`, subject the report) written
 * before the answer leaves. Everyone else is told which fields were withheld.
 */
import { readsSources, SOURCE_FIELDS, type SourceField } from "../domain/access-rules.js";
import { amendedSources, type AmendmentInput, type ReportInput } from "../domain/reports.js";
import type { Actor } from "../domain/roles.js";
import { insertSources, sourcesOf, type ReportSources } from "../store/sources-repo.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";

/** Stores the source fields given at intake, if any; returns the audited row to record. */
export async function insertReportSources(
  tx: Tx,
  reportId: string,
  input: Pick<ReportInput, "sourceIdentity" | "witnesses">,
  at: Date,
): Promise<{ table: "report_sources"; id: string }[]> {
  const witnesses = input.witnesses ?? [];
  if (!input.sourceIdentity && witnesses.length === 0) return [];
  await insertSources(
    tx,
    reportId,
    { sourceIdentity: input.sourceIdentity ?? null, witnesses },
    at,
  );
  return [{ table: "report_sources", id: reportId }];
}

/**
 * The source fields of an amendment: those the filer names or clears, the rest carried over from
 * the version it replaces (`amendedSources`) — the form a monitor or liaison amends with cannot
 * show the confidential fields, and leaving them out must not lose them. Returns the audited row
 * to record, if any.
 */
export async function amendReportSources(
  tx: Tx,
  fromReportId: string,
  toReportId: string,
  input: Pick<AmendmentInput, "sourceIdentity" | "witnesses" | "clearSources">,
  at: Date,
): Promise<{ table: "report_sources"; id: string }[]> {
  const old = await sourcesOf(tx, fromReportId);
  return insertReportSources(tx, toReportId, amendedSources(old, input), at);
}

export interface SourceRead {
  /** The fields, for a viewer who reads sources; null otherwise. */
  sources: ReportSources | null;
  /** The source fields the report holds that this viewer was not given. */
  redacted: SourceField[];
}

function fieldsHeld(s: ReportSources): SourceField[] {
  return SOURCE_FIELDS.filter((f) =>
    f === "sourceIdentity" ? s.sourceIdentity !== null : s.witnesses.length > 0,
  );
}

/**
 * The source fields of a report the caller may already see. For analysts, reviewers and the chief
 * the read is recorded in the audit chain first; for anyone else nothing is read out.
 */
export async function readReportSources(
  deps: Deps,
  actor: Actor,
  reportId: string,
): Promise<SourceRead> {
  const sources = await sourcesOf(deps.db, reportId);
  if (!sources) return { sources: null, redacted: [] };
  const held = fieldsHeld(sources);
  if (!readsSources(actor)) return { sources: null, redacted: held };
  const at = deps.clock();
  await inTransaction(deps, (tx) =>
    appendAudit(tx, {
      actor,
      action: "source.read",
      subject: `report:${reportId}`,
      at,
      details: { fields: held },
    }),
  );
  return { sources, redacted: [] };
}
