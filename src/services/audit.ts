/**
 * The audit log for its readers: reading a page of it, exporting it and verifying the chain.
 * Appending to the chain, row hashes and verification are persistence (store/audit-repo.ts);
 * their names are exported here too, for the services that write audit entries.
 */
import { EXPORT_ROW_CAP } from "../domain/csv.js";
import { AUDIT_READERS, type Actor } from "../domain/roles.js";
import type { AuditSlice } from "../domain/audit-slice.js";
import {
  auditSlice,
  listAudit,
  subjectLabels,
  subjectNamed,
  type AuditEntryView,
  type AuditListOptions,
} from "../store/audit-repo.js";
import { verifyAudit, type VerifyResult } from "../store/audit-verify.js";
import { requireRole } from "./access.js";
import type { Deps } from "./deps.js";
import { exportTooLarge } from "./exports.js";
import { missionTimeZone } from "./mission.js";

export {
  appendAudit,
  appendAuditAlone,
  appendAuditMany,
  listAudit,
  PRIMARY_KEY,
  type AuditEntryView,
  type AuditInput,
  type AuditListOptions,
} from "../store/audit-repo.js";
export { verifyAudit, type VerifyOptions, type VerifyResult } from "../store/audit-verify.js";

/** A page of the whole audit log, for its readers. */
export async function readAuditLog(
  deps: Deps,
  actor: Actor,
  opts: AuditListOptions,
): Promise<AuditEntryView[]> {
  requireRole(actor, AUDIT_READERS, "read the audit log");
  const typed = opts.subject?.trim();
  // A subject typed as a reference, tracking number or username names one; nothing by that name
  // leaves the filter as typed, which matches no entry.
  const subject = typed
    ? /^[a-z_]+:/.test(typed)
      ? typed
      : ((await subjectNamed(deps.db, typed)) ?? typed)
    : undefined;
  // An actor typed as a username is that user's.
  const by = opts.actor?.trim();
  const who = by && !by.includes(":") && by !== "public" ? `user:${by}` : by;
  const entries = await listAudit(deps.db, {
    ...opts,
    subject,
    actor: who || undefined,
    action: opts.action?.trim() || undefined,
  });
  return subjectLabels(deps.db, entries);
}

/** Recomputes the chain and checks every audited row, for the log's readers. */
export async function verifyAuditFor(
  deps: Deps,
  actor: Actor,
): Promise<Pick<VerifyResult, "ok" | "entries" | "rowsChecked" | "problem">> {
  requireRole(actor, AUDIT_READERS, "verify the audit log");
  const { ok, entries, rowsChecked, problem } = await verifyAudit(deps.db);
  return { ok, entries, rowsChecked, problem };
}

/** Every entry matching the filters, newest first, for the log's readers (CSV export). */
export async function exportAuditLog(
  deps: Deps,
  actor: Actor,
  filters: Pick<AuditListOptions, "subject" | "actor" | "action" | "from" | "to">,
  cap = EXPORT_ROW_CAP,
): Promise<{ entries: AuditEntryView[]; timeZone: string }> {
  const entries = await readAuditLog(deps, actor, { ...filters, order: "desc", limit: cap + 1 });
  if (entries.length > cap) throw exportTooLarge("audit entries", cap);
  return { entries, timeZone: await missionTimeZone(deps) };
}

/**
 * The entries of a time range with what is needed to check them offline (the entry before, the
 * head), for the log's readers. Every entry of the run is included, whoever wrote it: a filtered
 * list could not be checked link by link.
 */
export async function exportAuditSlice(
  deps: Deps,
  actor: Actor,
  range: { from?: Date; to?: Date },
  cap = EXPORT_ROW_CAP,
): Promise<AuditSlice> {
  requireRole(actor, AUDIT_READERS, "export the audit log");
  const slice = await auditSlice(deps.db, range, cap);
  if (!slice) throw exportTooLarge("audit entries", cap);
  return { ...slice, exportedAt: deps.clock().toISOString() };
}
