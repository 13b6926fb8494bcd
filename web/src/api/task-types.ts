/** Tasks as the API presents them (src/http/presenters/tasks.ts). */
import type { TaskAction, TaskKind, TaskPriority, TaskStatus } from "../../../src/domain/tasks.js";
import type { Language, LatLon } from "./types.js";

export type { TaskAction, TaskKind, TaskPriority };

export interface Task {
  id: string;
  reference: string;
  kind: TaskKind;
  instructions: string;
  language: Language;
  placeName: string | null;
  location: LatLon | null;
  priority: TaskPriority;
  dueAt: string;
  status: TaskStatus;
  statusChangedAt: string;
  statusReason: string | null;
  outcome: string | null;
  resultReportId: string | null;
  createdAt: string;
  assignee: { id: string; displayName: string };
  createdBy: { displayName: string; id?: string };
  /** The reference always; id and title only when the reader may read the incident. */
  incident: { reference: string; id: string | null; title: string | null };
  allowedActions: TaskAction[];
}

export interface MyTasks {
  items: Task[];
  counts: Record<TaskStatus, number>;
}

export interface Assignee {
  id: string;
  username: string;
  displayName: string;
}
