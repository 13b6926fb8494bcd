/**
 * What of a task leaves the server. Tasks are read only by the tasking roles and by the task's own
 * monitor; a monitor gets of the incident only its reference, and its id and title when its own
 * scope lets it read the incident (decision 0007) — never anything else of the case.
 */
import type { Actor } from "../../domain/roles.js";
import { isTaskingRole } from "../../domain/tasks.js";
import type { TaskView } from "../../services/tasks.js";
import type { AssigneeOut, TaskOut } from "../schemas/tasks-responses.js";

export function presentTask(v: TaskView, viewer: Actor): TaskOut {
  const t = v.task;
  const tasker = isTaskingRole(viewer);
  const incidentReadable = tasker || v.incident.readable;
  return {
    id: t.id,
    reference: t.reference,
    kind: t.kind,
    instructions: t.instructions,
    language: t.language,
    placeName: t.placeName,
    location: t.location,
    priority: t.priority,
    dueAt: t.dueAt.toISOString(),
    status: t.status,
    statusChangedAt: t.statusChangedAt.toISOString(),
    statusReason: t.statusReason,
    outcome: t.outcome,
    resultReportId: t.resultReportId,
    createdAt: t.createdAt.toISOString(),
    assignee: { id: t.assigneeId, displayName: v.assigneeName },
    createdBy: { displayName: v.createdByName, ...(tasker ? { id: t.createdBy } : {}) },
    incident: {
      reference: v.incident.reference,
      id: incidentReadable ? v.incident.id : null,
      title: incidentReadable ? v.incident.title : null,
    },
    allowedActions: v.allowedActions,
  };
}

export function presentAssignee(u: {
  id: string;
  username: string;
  displayName: string;
}): AssigneeOut {
  return { id: u.id, username: u.username, displayName: u.displayName };
}
