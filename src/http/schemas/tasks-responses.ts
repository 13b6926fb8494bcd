/** Response schemas for tasks: what src/http/presenters/tasks.ts returns. */
import { z } from "zod";
import { TASK_KINDS, TASK_PRIORITIES, TASK_STATUSES } from "../../domain/tasks.js";
import { LANGUAGES } from "../../domain/taxonomy.js";
import { isoTime, latLon, listOf, recordId } from "./responses.js";

export const Task = z.object({
  id: recordId,
  reference: z.string().describe("The task's reference, e.g. TSK-2020-0001"),
  kind: z.enum(TASK_KINDS),
  instructions: z.string(),
  language: z.enum(LANGUAGES).describe("Language of the instructions"),
  placeName: z.string().nullable(),
  location: latLon.nullable(),
  priority: z.enum(TASK_PRIORITIES),
  dueAt: isoTime,
  status: z.enum(TASK_STATUSES),
  statusChangedAt: isoTime,
  statusReason: z.string().nullable().describe("Why it was declined or cancelled"),
  outcome: z.string().nullable().describe("The result of a done task"),
  resultReportId: recordId.nullable().describe("The report the monitor filed as its result"),
  createdAt: isoTime,
  assignee: z.object({ id: recordId, displayName: z.string() }).describe("The monitor"),
  createdBy: z.object({
    displayName: z.string(),
    id: recordId.optional().describe("Tasking roles only"),
  }),
  incident: z
    .object({
      reference: z.string(),
      id: recordId.nullable(),
      title: z.string().nullable(),
    })
    .describe("Its reference always; id and title only when the reader may read the incident"),
  allowedActions: z
    .array(z.enum(["accept", "decline", "complete", "cancel"]))
    .describe("What this reader may do with the task now: exactly what the server would accept"),
});
export type TaskOut = z.input<typeof Task>;

export const TaskList = listOf(Task);

const count = z.number().int();

export const MyTasks = TaskList.extend({
  counts: z
    .object({ open: count, accepted: count, done: count, declined: count, cancelled: count })
    .describe("The caller's tasks per status"),
});

const Assignee = z.object({ id: recordId, username: z.string(), displayName: z.string() });
export type AssigneeOut = z.input<typeof Assignee>;
export const AssigneeList = listOf(Assignee);
