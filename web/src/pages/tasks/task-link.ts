/**
 * The link between a task and the intake page: "file a report for this task" opens /reports/new
 * with the task and its place in the address; the intake page reads them back to prefill the form
 * and, once the report is received, to offer completing the task citing it.
 */
import type { Task } from "../../api/task-types.js";

export interface TaskLink {
  id: string;
  reference: string;
  place: { placeName?: string; lat?: string; lon?: string };
}

/** The intake page's address for a report filed for this task. */
export function reportLinkFor(task: Pick<Task, "id" | "reference" | "location" | "placeName">) {
  const q = new URLSearchParams({ task: task.id, ref: task.reference });
  if (task.location) {
    q.set("lat", String(task.location.lat));
    q.set("lon", String(task.location.lon));
  }
  if (task.placeName) q.set("place", task.placeName);
  return `/reports/new?${q.toString()}`;
}

/** The task a report is filed for, from the intake page's query string; null when none. */
export function taskLink(query: URLSearchParams): TaskLink | null {
  const id = query.get("task");
  if (!id) return null;
  const lat = query.get("lat");
  const lon = query.get("lon");
  const place = query.get("place");
  return {
    id,
    reference: query.get("ref") ?? "",
    place: {
      ...(place ? { placeName: place } : {}),
      ...(lat && lon ? { lat, lon } : {}),
    },
  };
}

/** Where completing the task citing the report just filed is offered. */
export function completeLinkFor(task: TaskLink, reportId: string): string {
  return `/tasks?${new URLSearchParams({ complete: task.id, report: reportId }).toString()}`;
}
