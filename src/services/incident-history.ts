/**
 * One incident's own history, read from the audit log: who opened it, merged reports into it,
 * drafted each finding version and moved it through the workflow, with the notes and reasons.
 *
 * The whole log is for the auditor and the chief (GET /audit). This is the scoped read the case
 * roles need on the case page: only entries whose subject is this incident, and only for the
 * mission's case roles, because notes and reasons are internal deliberation.
 */
import type { Json } from "../domain/audit-chain.js";
import { CASE_ROLES, type Actor } from "../domain/roles.js";
import { findIncident } from "../store/incidents-repo.js";
import { incidentScopeFor, requireRole } from "./access.js";
import { listAudit } from "./audit.js";
import type { Deps } from "./deps.js";
import { incidentNotFound } from "./incidents.js";

export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: Json;
  /** The entry's hash in the audit chain, to look it up there. */
  hash: string;
}

/** Enough for any real case; the log for a case is a few dozen entries. */
const MAX_ENTRIES = 1000;

export async function incidentHistory(
  deps: Deps,
  actor: Actor,
  incidentId: string,
): Promise<HistoryEntry[]> {
  requireRole(actor, CASE_ROLES, "read an incident's history");
  // The caller's own scope: intake, for one, does not see confidential-source cases (decision 0007).
  const incident = await findIncident(deps.db, incidentId, incidentScopeFor(actor, deps.clock()));
  if (!incident) throw incidentNotFound(incidentId);
  const entries = await listAudit(deps.db, {
    subject: `incident:${incident.id}`,
    limit: MAX_ENTRIES,
  });
  return entries.map((e) => ({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    details: detailsOf(e.data),
    hash: e.hash,
  }));
}

/** The facts recorded with the entry, without the row hashes. */
function detailsOf(data: Json): Json {
  if (data && typeof data === "object" && !Array.isArray(data) && "details" in data) {
    return data.details ?? {};
  }
  return {};
}
