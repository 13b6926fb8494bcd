/**
 * One incident's own history, read from the audit log: who opened it, merged reports into it,
 * drafted each finding version and moved it through the workflow, with the notes and reasons —
 * and, for those who may read the incident's tasks, each task's life (assigned, accepted,
 * declined, done, cancelled).
 *
 * The whole log is for the auditor and the chief (GET /audit). This is the scoped read the case
 * roles need on the case page: only entries whose subject is this incident or one of its tasks,
 * and only for the mission's case roles, because notes and reasons are internal deliberation.
 * Task entries follow the tasks service's own rule: the tasking roles read them; intake, which
 * reads the case but not its tasks, does not get them here either.
 */
import type { Json } from "../domain/audit-chain.js";
import { CASE_ROLES, type Actor } from "../domain/roles.js";
import { isTaskingRole, type TaskKind } from "../domain/tasks.js";
import { findIncident } from "../store/incidents-repo.js";
import { displayNames, tasksOfIncident } from "../store/tasks-repo.js";
import { incidentScopeFor, requireRole } from "./access.js";
import { listAudit } from "./audit.js";
import type { Deps } from "./deps.js";
import { incidentNotFound } from "./incidents.js";

export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  /** The facts recorded with the entry: the audit log writes an object ({} for none). */
  details: { [key: string]: Json };
  /** The entry's hash in the audit chain, to look it up there. */
  hash: string;
  /** For a task's entry: which task, and to whom it is assigned. */
  task?: { id: string; reference: string; kind: TaskKind; assigneeName: string };
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
  const tasks = isTaskingRole(actor) ? await tasksOfIncident(deps.db, incident.id) : [];
  const names = await displayNames(deps.db, [...new Set(tasks.map((t) => t.assignee_id))]);
  const taskBySubject = new Map(
    tasks.map((t) => [
      `task:${t.id}`,
      {
        id: t.id,
        reference: t.reference,
        kind: t.kind as TaskKind,
        assigneeName: names.get(t.assignee_id) ?? "",
      },
    ]),
  );
  const entries = await listAudit(deps.db, {
    subjects: [`incident:${incident.id}`, ...taskBySubject.keys()],
    limit: MAX_ENTRIES,
  });
  return entries.map((e) => {
    const task = taskBySubject.get(e.subject);
    return {
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      action: e.action,
      details: detailsOf(e.data),
      hash: e.hash,
      ...(task ? { task } : {}),
    };
  });
}

/** The facts recorded with the entry, without the row hashes. */
function detailsOf(data: Json): { [key: string]: Json } {
  const details = isObject(data) ? data.details : undefined;
  return isObject(details) ? details : {};
}

function isObject(j: Json | undefined): j is { [key: string]: Json } {
  return j !== null && typeof j === "object" && !Array.isArray(j);
}
