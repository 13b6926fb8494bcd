/**
 * Tasks: an analyst, reviewer or the chief asks a monitor to visit a site or gather information
 * for an incident; the monitor accepts, declines or completes it, citing the report filed from
 * the visit. Tasks are internal deliberation: only the tasking roles and the task's own monitor
 * read them, never the parties or the joint commission. A monitor reads of the incident only what
 * its own scope already allows (decision 0007): the task carries what it needs to act — the place,
 * the instructions, the references.
 */
import { randomUUID } from "node:crypto";
import { canonicalJson, sha256Hex } from "../domain/audit-chain.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import {
  allowedTaskActions,
  ASSIGNEE_ROLE,
  checkDueAt,
  checkTaskPlace,
  isTaskingRole,
  nextTaskStatus,
  TASK_STATUSES,
  TASKING_ROLES,
  type Task,
  type TaskAction,
  type TaskActorRelation,
  type TaskKind,
  type TaskPriority,
  type TaskStatus,
} from "../domain/tasks.js";
import type { Language } from "../domain/taxonomy.js";
import { findIncident } from "../store/incidents-repo.js";
import { findReport } from "../store/reports-repo.js";
import {
  activeUsersWithRole,
  displayNames,
  findTask,
  findTaskByIdempotencyKey,
  findUserForTask,
  incidentsForTasks,
  insertTask,
  nextTaskReference,
  rowToTask,
  taskCountsOfAssignee,
  tasksOfAssignee,
  tasksOfIncident,
  updateTask,
  type TaskRow,
} from "../store/tasks-repo.js";
import { incidentScopeFor, reportScopeFor, requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { incidentNotFound } from "./incidents.js";
import { notifyTaskAssigned } from "./notification-events.js";

type User = Extract<Actor, { kind: "user" }>;

export interface NewTask {
  kind: TaskKind;
  assigneeId: string;
  instructions: string;
  language: Language;
  placeName?: string;
  location?: { lat: number; lon: number };
  priority: TaskPriority;
  dueAt: Date;
}

/** A task as its reader gets it: the incident as far as the reader may read it, and names. */
export interface TaskView {
  task: Task;
  /** The incident's reference always; its title only when the reader may read the incident. */
  incident: { id: string; reference: string; title: string | null; readable: boolean };
  assigneeName: string;
  createdByName: string;
  /** What this reader may do with the task now: exactly what the server would accept. */
  allowedActions: TaskAction[];
}

function taskNotFound(id: string): DomainError {
  return new DomainError("task_not_found", `No task ${id} is visible to you.`, { id });
}

function relationOf(actor: User, t: { assignee_id: string }): TaskActorRelation {
  if (t.assignee_id === actor.userId) return "assignee";
  return isTaskingRole(actor) ? "tasker" : "other";
}

/** A task is read by the tasking roles and by its own monitor; to anyone else it does not exist. */
function mayRead(actor: User, t: { assignee_id: string }): boolean {
  return relationOf(actor, t) !== "other";
}

async function viewsOf(deps: Deps, actor: User, rows: TaskRow[]): Promise<TaskView[]> {
  const scope = incidentScopeFor(actor, deps.clock());
  const incidents = await incidentsForTasks(
    deps.db,
    [...new Set(rows.map((r) => r.incident_id))],
    scope,
  );
  const names = await displayNames(deps.db, [
    ...new Set(rows.flatMap((r) => [r.assignee_id, r.created_by])),
  ]);
  return rows.map((r) => {
    const i = incidents.get(r.incident_id);
    return {
      task: rowToTask(r),
      incident: {
        id: r.incident_id,
        reference: i?.reference ?? "",
        title: i?.title ?? null,
        readable: i?.title !== null && i !== undefined,
      },
      assigneeName: names.get(r.assignee_id) ?? "",
      createdByName: names.get(r.created_by) ?? "",
      allowedActions: allowedTaskActions(r.status as TaskStatus, relationOf(actor, r)),
    };
  });
}

async function viewOf(deps: Deps, actor: User, row: TaskRow): Promise<TaskView> {
  return (await viewsOf(deps, actor, [row]))[0]!;
}

/** The monitors a task may be assigned to. */
export async function listAssignees(deps: Deps, actor: Actor) {
  requireRole(actor, TASKING_ROLES, "assign tasks");
  return (await activeUsersWithRole(deps.db, ASSIGNEE_ROLE)).map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
  }));
}

export async function createTask(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: NewTask,
  opts: { idempotencyKey?: string } = {},
): Promise<{ view: TaskView; replayed: boolean }> {
  requireRole(actor, TASKING_ROLES, "assign tasks");
  requireUser(actor);
  const now = deps.clock();
  const requestHash = opts.idempotencyKey
    ? sha256Hex(canonicalJson({ incidentId, ...input, dueAt: input.dueAt.toISOString() }))
    : null;
  const attempt = () =>
    inTransaction(deps, async (tx) => {
      const incident = await findIncident(tx, incidentId, incidentScopeFor(actor, now));
      if (!incident) throw incidentNotFound(incidentId);
      if (opts.idempotencyKey) {
        const prior = await findTaskByIdempotencyKey(tx, actor.userId, opts.idempotencyKey);
        if (prior) return { row: replayOf(prior, requestHash!), replayed: true };
      }
      await checkAssignee(tx, input.assigneeId);
      checkTaskPlace(input.kind, input.placeName ?? null, input.location ?? null);
      checkDueAt(input.dueAt, now);
      const row = await insertTask(tx, {
        id: randomUUID(),
        reference: await nextTaskReference(tx),
        incident_id: incident.id,
        kind: input.kind,
        instructions: input.instructions,
        language: input.language,
        place_name: input.placeName ?? null,
        lat: input.location?.lat ?? null,
        lon: input.location?.lon ?? null,
        priority: input.priority,
        due_at: input.dueAt,
        assignee_id: input.assigneeId,
        created_by: actor.userId,
        created_at: now,
        status: "open",
        status_changed_at: now,
        status_changed_by: actor.userId,
        idempotency_key: opts.idempotencyKey ?? null,
        request_hash: requestHash,
      });
      await appendAudit(tx, {
        actor,
        action: "task.created",
        subject: `task:${row.id}`,
        at: now,
        rows: [{ table: "tasks", id: row.id }],
        details: {
          incidentId: incident.id,
          kind: row.kind,
          assigneeId: row.assignee_id,
          dueAt: row.due_at.toISOString(),
        },
      });
      await notifyTaskAssigned(tx, now, rowToTask(row), incident);
      return { row, replayed: false };
    });
  let out: { row: TaskRow; replayed: boolean };
  try {
    out = await attempt();
  } catch (err) {
    // Two tries with one key at once: the loser finds the winner's task.
    if (!(opts.idempotencyKey && isUniqueViolation(err))) throw err;
    out = await attempt();
  }
  return { view: await viewOf(deps, actor, out.row), replayed: out.replayed };
}

function replayOf(prior: TaskRow, requestHash: string): TaskRow {
  if (prior.request_hash !== requestHash) {
    throw new DomainError(
      "idempotency_key_reused",
      "This Idempotency-Key was already used for a different task. Use a new key for a new task.",
    );
  }
  return prior;
}

async function checkAssignee(tx: Tx, id: string): Promise<void> {
  const user = await findUserForTask(tx, id);
  if (!user || user.disabled_at) {
    throw new DomainError("assignee_not_found", `No active user ${id} to assign the task to.`, {
      field: "assigneeId",
    });
  }
  if (user.role !== ASSIGNEE_ROLE) {
    throw new DomainError(
      "assignee_not_monitor",
      `Tasks are assigned to monitors; ${user.display_name} is ${user.role === "analyst" ? "an" : "a"} ${user.role}.`,
      { field: "assigneeId", role: user.role },
    );
  }
}

/** The caller's own tasks (a monitor's list), with how many are in each status. */
export async function listMyTasks(
  deps: Deps,
  actor: Actor,
  f: { status?: TaskStatus[]; limit: number },
): Promise<{ items: TaskView[]; counts: Record<TaskStatus, number> }> {
  requireRole(actor, [ASSIGNEE_ROLE], "have tasks");
  requireUser(actor);
  const rows = await tasksOfAssignee(deps.db, actor.userId, { statuses: f.status, limit: f.limit });
  const counts = await taskCountsOfAssignee(deps.db, actor.userId);
  return {
    items: await viewsOf(deps, actor, rows),
    counts: Object.fromEntries(TASK_STATUSES.map((s) => [s, counts.get(s) ?? 0])) as Record<
      TaskStatus,
      number
    >,
  };
}

/** An incident's tasks, for the roles that assign them. */
export async function listIncidentTasks(
  deps: Deps,
  actor: Actor,
  incidentId: string,
): Promise<TaskView[]> {
  requireRole(actor, TASKING_ROLES, "read an incident's tasks");
  requireUser(actor);
  const incident = await findIncident(deps.db, incidentId, incidentScopeFor(actor, deps.clock()));
  if (!incident) throw incidentNotFound(incidentId);
  return viewsOf(deps, actor, await tasksOfIncident(deps.db, incident.id));
}

export async function getTask(deps: Deps, actor: Actor, id: string): Promise<TaskView> {
  requireUser(actor);
  const row = await findTask(deps.db, id);
  if (!row || !mayRead(actor, row)) throw taskNotFound(id);
  return viewOf(deps, actor, row);
}

export type TaskMoveInput =
  | { action: "accept" }
  | { action: "decline"; reason: string }
  | { action: "complete"; outcome: string; reportId?: string }
  | { action: "cancel"; reason: string };

/**
 * Moves a task along its status machine. Sending the same move again (a retry after a lost
 * answer) changes nothing and answers the task as it is.
 */
export async function moveTask(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TaskMoveInput,
): Promise<TaskView> {
  requireUser(actor);
  const now = deps.clock();
  const row = await inTransaction(deps, async (tx) => {
    const task = await findTask(tx, id, true);
    if (!task || !mayRead(actor, task)) throw taskNotFound(id);
    if (isRepeat(task, input, actor)) return task;
    const to = nextTaskStatus(task.status as TaskStatus, input.action, relationOf(actor, task));
    if (input.action === "complete" && input.reportId) {
      // A report the monitor may not read is, to it, one that does not exist.
      const report = await findReport(tx, input.reportId, reportScopeFor(actor, now));
      if (!report) {
        throw new DomainError(
          "task_report_not_found",
          `No report ${input.reportId} of yours to cite; cite a report you filed.`,
          { field: "reportId" },
        );
      }
    }
    const updated = await updateTask(tx, task.id, {
      status: to,
      status_changed_at: now,
      status_changed_by: actor.userId,
      status_reason:
        input.action === "decline" || input.action === "cancel" ? input.reason : task.status_reason,
      outcome: input.action === "complete" ? input.outcome : task.outcome,
      result_report_id:
        input.action === "complete" ? (input.reportId ?? null) : task.result_report_id,
    });
    await appendAudit(tx, {
      actor,
      action: `task.${to}`,
      subject: `task:${task.id}`,
      at: now,
      rows: [{ table: "tasks", id: task.id }],
      details: {
        incidentId: task.incident_id,
        from: task.status,
        ...(input.action === "decline" || input.action === "cancel"
          ? { reason: input.reason }
          : {}),
        ...(input.action === "complete"
          ? { outcome: input.outcome, reportId: input.reportId ?? null }
          : {}),
      },
    });
    return updated;
  });
  return viewOf(deps, actor, row);
}

const TARGET: Record<TaskMoveInput["action"], TaskStatus> = {
  accept: "accepted",
  decline: "declined",
  complete: "done",
  cancel: "cancelled",
};

/** The same move by the same person, already made. */
function isRepeat(task: TaskRow, input: TaskMoveInput, actor: User): boolean {
  if (task.status !== TARGET[input.action] || task.status_changed_by !== actor.userId) return false;
  switch (input.action) {
    case "accept":
      return true;
    case "decline":
    case "cancel":
      return task.status_reason === input.reason;
    case "complete":
      return task.outcome === input.outcome && task.result_report_id === (input.reportId ?? null);
  }
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "23505";
}
