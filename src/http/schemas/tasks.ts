/** Request schemas of the tasks routes. */
import { z } from "zod";
import { TASK_KINDS, TASK_PRIORITIES, TASK_STATUSES } from "../../domain/tasks.js";
import { LANGUAGES } from "../../domain/taxonomy.js";
import { isoDateTime, text, uuid } from "./common.js";

export const CreateTaskBody = z.strictObject({
  kind: z
    .enum(TASK_KINDS)
    .describe("site_visit: go and look at a place; information_request: find something out"),
  assigneeId: uuid.describe("The monitor asked to do it (GET /monitors lists them)"),
  instructions: text(5000).describe("What to check or find out, in Arabic or English"),
  language: z.enum(LANGUAGES).describe("Language of the instructions"),
  placeName: text(200).optional().describe("Where to go, by name"),
  location: z
    .strictObject({
      lat: z.number().min(-90).max(90).describe("Latitude, WGS84 degrees"),
      lon: z.number().min(-180).max(180).describe("Longitude, WGS84 degrees"),
    })
    .optional()
    .describe("Where to go, as a point (a site visit needs this or placeName)"),
  priority: z.enum(TASK_PRIORITIES).default("routine").describe("How urgent the task is"),
  dueAt: isoDateTime.describe("When the result is due"),
});

const statusList = z
  .string()
  .max(100)
  .transform((s) => s.split(",").filter(Boolean))
  .pipe(z.array(z.enum(TASK_STATUSES)).max(TASK_STATUSES.length));

export const MyTasksQuery = z.strictObject({
  status: statusList
    .optional()
    .describe("Only tasks in these statuses, comma-separated (e.g. open,accepted)"),
  limit: z.coerce.number().int().min(1).max(200).default(100).describe("At most this many (1–200)"),
});

export const DeclineTaskBody = z.strictObject({
  reason: text(2000).describe("Why the monitor cannot do it"),
});

export const CancelTaskBody = z.strictObject({
  reason: text(2000).describe("Why the task is no longer needed"),
});

export const CompleteTaskBody = z.strictObject({
  outcome: text(2000).describe("A short note of what was found or done"),
  reportId: uuid.optional().describe("The report the monitor filed from the visit"),
});
