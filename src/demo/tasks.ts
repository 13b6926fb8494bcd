/**
 * The demo monitor's task list: three tasks on incidents under verification, one in each active or
 * finished state (open, accepted, done), so that "My tasks" shows what the feature is for on a
 * fresh start. Assigned through the services like every other demo record, so the audit chain
 * covers them. They are dated from the later of the scenario's end and the real clock, so that
 * on a real start their due dates lie ahead.
 */
import type { Actor } from "../domain/roles.js";
import type { Deps } from "../services/deps.js";
import { getIncident, type IncidentDetail } from "../services/incident-reads.js";
import { createTask, moveTask } from "../services/tasks.js";
import type { simulatedClock } from "./timeline.js";

const HOUR = 3_600_000;

export async function seedDemoTasks(
  sim: Deps,
  clock: ReturnType<typeof simulatedClock>,
  realNow: Date,
  actors: { analyst: Actor; chief: Actor; monitor: Extract<Actor, { kind: "user" }> },
  incidentIds: Iterable<string>,
): Promise<number> {
  const picked = await incidentsToTask(sim, actors.chief, actors.monitor.userId, incidentIds);
  if (picked.length < 3) return 0;
  const [withReport, second, third] = picked as [Picked, Picked, Picked];
  let t = Math.max(clock().getTime(), realNow.getTime()) + 60_000;
  const at = (ms: number) => {
    t += ms;
    clock.set(new Date(t));
  };
  at(0);
  const place = (p: Picked) => ({
    ...(p.detail.incident.location ? { location: p.detail.incident.location } : {}),
    ...(p.placeName ? { placeName: p.placeName } : {}),
  });

  const done = await createTask(sim, actors.analyst, withReport.detail.incident.id, {
    kind: "site_visit",
    assigneeId: actors.monitor.userId,
    instructions:
      "Visit the reported impact site. Photograph any craters and fragments, note their direction, and ask residents when the firing started.",
    language: "en",
    ...place(withReport),
    priority: "priority",
    dueAt: new Date(t + 48 * HOUR),
  });
  at(2 * HOUR);
  await moveTask(sim, actors.monitor, done.view.task.id, { action: "accept" });
  at(20 * HOUR);
  await moveTask(sim, actors.monitor, done.view.task.id, {
    action: "complete",
    outcome:
      "Two craters in open ground 150 m from the nearest house, fragments consistent with mortar rounds; no casualties reported by residents.",
    ...(withReport.monitorReportId ? { reportId: withReport.monitorReportId } : {}),
  });

  at(HOUR);
  const accepted = await createTask(sim, actors.chief, third.detail.incident.id, {
    kind: "information_request",
    assigneeId: actors.monitor.userId,
    instructions:
      "تواصل مع مستشفى المنطقة واسأل عن عدد الجرحى الذين استقبلهم ليلة الحادثة وأوقات وصولهم، دون جمع أسماء.",
    language: "ar",
    ...place(third),
    priority: "routine",
    dueAt: new Date(t + 72 * HOUR),
  });
  at(3 * HOUR);
  await moveTask(sim, actors.monitor, accepted.view.task.id, { action: "accept" });

  at(HOUR);
  await createTask(sim, actors.analyst, second.detail.incident.id, {
    kind: "site_visit",
    assigneeId: actors.monitor.userId,
    instructions:
      "The reports of this incident disagree on where the fire came from. Look at the impact points for the direction of fire, and note any positions within range on either side.",
    language: "en",
    ...place(second),
    priority: "urgent",
    dueAt: new Date(t + 30 * HOUR),
  });
  return 3;
}

interface Picked {
  detail: IncidentDetail;
  placeName: string | null;
  monitorReportId: string | null;
}

/** Incidents under verification with a place, those holding the monitor's own reports first. */
async function incidentsToTask(
  deps: Deps,
  chief: Actor,
  monitorId: string,
  ids: Iterable<string>,
): Promise<Picked[]> {
  const found: Picked[] = [];
  for (const id of ids) {
    const detail = await getIncident(deps, chief, id);
    if (detail.incident.state !== "under_verification" || !detail.incident.location) continue;
    const own = detail.reports.find((r) => r.submittedBy === monitorId);
    found.push({
      detail,
      placeName: detail.reports.find((r) => r.placeName)?.placeName ?? null,
      monitorReportId: own?.id ?? null,
    });
    if (found.filter((f) => f.monitorReportId).length >= 2 && found.length >= 3) break;
  }
  found.sort((a, b) => Number(!!b.monitorReportId) - Number(!!a.monitorReportId));
  return found.slice(0, 3);
}
