/**
 * Tasks: what a case role asks a monitor to do for an incident under verification (domain.md
 * §3.2, "field team tasked") — go and look at a place, or find out something specific. Pure:
 * the kinds, the status machine and who may move a task along it.
 *
 *   open ──accept──▶ accepted ──complete──▶ done
 *    │                  │
 *    ├──decline─────────┴──▶ declined   (the assignee, with a reason)
 *    └──cancel──────────┴──▶ cancelled  (a tasking role, with a reason)
 */
import { DomainError } from "./errors.js";
import type { Actor, Role } from "./roles.js";
import type { Language } from "./taxonomy.js";

export const TASK_KINDS = ["site_visit", "information_request"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ["open", "accepted", "done", "declined", "cancelled"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ["routine", "priority", "urgent"] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** The statuses in which a task still asks something of its monitor. */
const ACTIVE_TASK_STATUSES: readonly TaskStatus[] = ["open", "accepted"];

/** The roles that assign, list and cancel tasks: those that run verification (the case roles). */
export const TASKING_ROLES: readonly Role[] = ["analyst", "reviewer", "chief"];

/** The role a task may be assigned to. */
export const ASSIGNEE_ROLE: Role = "monitor";

export function isTaskingRole(actor: Actor): boolean {
  return actor.kind === "user" && TASKING_ROLES.includes(actor.role);
}

export interface Task {
  id: string;
  reference: string;
  incidentId: string;
  kind: TaskKind;
  instructions: string;
  language: Language;
  placeName: string | null;
  location: { lat: number; lon: number } | null;
  priority: TaskPriority;
  dueAt: Date;
  assigneeId: string;
  createdBy: string;
  createdAt: Date;
  status: TaskStatus;
  statusChangedAt: Date;
  statusChangedBy: string;
  /** Why it was declined or cancelled. */
  statusReason: string | null;
  /** The result of a done task. */
  outcome: string | null;
  resultReportId: string | null;
}

export type TaskAction = "accept" | "decline" | "complete" | "cancel";

/** Who acts on the task: its assignee, a tasking role, or anyone else. */
export type TaskActorRelation = "assignee" | "tasker" | "other";

interface TaskMove {
  action: TaskAction;
  from: readonly TaskStatus[];
  to: TaskStatus;
  by: TaskActorRelation;
}

const TASK_MOVES: readonly TaskMove[] = [
  { action: "accept", from: ["open"], to: "accepted", by: "assignee" },
  { action: "decline", from: ["open", "accepted"], to: "declined", by: "assignee" },
  { action: "complete", from: ["accepted"], to: "done", by: "assignee" },
  { action: "cancel", from: ["open", "accepted"], to: "cancelled", by: "tasker" },
];

/** The status an action leads to from `status`, by this actor; throws when it may not happen. */
export function nextTaskStatus(
  status: TaskStatus,
  action: TaskAction,
  by: TaskActorRelation,
): TaskStatus {
  const move = TASK_MOVES.find((m) => m.action === action)!;
  if (move.by !== by) {
    throw new DomainError(
      "forbidden",
      move.by === "assignee"
        ? `Only the monitor the task is assigned to may ${action} it.`
        : `Only an analyst, a reviewer or the chief may ${action} a task.`,
      { action },
    );
  }
  if (!move.from.includes(status)) {
    throw new DomainError(
      "task_transition_not_allowed",
      `A task that is "${status}" cannot be ${PAST[action]}; it must be ${move.from.join(" or ")}.`,
      { status, action, allowedFrom: move.from },
    );
  }
  return move.to;
}

const PAST: Record<TaskAction, string> = {
  accept: "accepted",
  decline: "declined",
  complete: "completed",
  cancel: "cancelled",
};

/** The actions open to this actor on a task in `status` (what the pages offer). */
export function allowedTaskActions(status: TaskStatus, by: TaskActorRelation): TaskAction[] {
  return TASK_MOVES.filter((m) => m.by === by && m.from.includes(status)).map((m) => m.action);
}

/** A site visit needs somewhere to go: a point, a place name, or both. */
export function checkTaskPlace(
  kind: TaskKind,
  placeName: string | null,
  location: { lat: number; lon: number } | null,
): void {
  if (kind === "site_visit" && !placeName && !location) {
    throw new DomainError(
      "validation_failed",
      "A site visit needs a place: give a point on the map, a place name, or both.",
      { field: "location" },
    );
  }
}

/** A due date in the past asks the impossible. */
export function checkDueAt(dueAt: Date, now: Date): void {
  if (dueAt.getTime() <= now.getTime()) {
    throw new DomainError("validation_failed", "The due date must be in the future.", {
      field: "dueAt",
    });
  }
}

/** Whether an active task is past its due date at `now`. */
export function isOverdue(t: Pick<Task, "status" | "dueAt">, now: Date): boolean {
  return ACTIVE_TASK_STATUSES.includes(t.status) && t.dueAt.getTime() < now.getTime();
}
