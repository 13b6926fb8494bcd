/** What of a report leaves the server, and for whom. */
import type { Report } from "../../domain/reports.js";
import { isCaseRole, type Actor } from "../../domain/roles.js";

export function presentReport(r: Report, viewer: Actor) {
  const mission = isCaseRole(viewer);
  return {
    id: r.id,
    trackingId: r.trackingId,
    version: r.version,
    supersedesId: r.supersedesId,
    sourceKind: r.sourceKind,
    submitterParty: r.submitterParty,
    allegedParty: r.allegedParty ?? null,
    receivedAt: r.receivedAt.toISOString(),
    occurredFrom: r.occurredFrom.toISOString(),
    occurredTo: r.occurredTo.toISOString(),
    datePrecision: r.datePrecision ?? 1,
    location: r.location ?? null,
    wherePrecision: r.wherePrecision ?? 1,
    placeName: r.placeName ?? null,
    category: r.category,
    description: r.description,
    language: r.language,
    counts: r.counts ?? {},
    status: r.status,
    incidentId: r.incidentId,
    isDemo: r.isDemo,
    // Internal handling stays inside the mission.
    ...(mission
      ? {
          submittedBy: r.submittedBy,
          sourceGrade: r.sourceGrade ?? null,
          triageReason: r.triageReason,
        }
      : {}),
  };
}

/** The public form learns only that its report arrived, and under which tracking id. */
export function presentReceipt(r: Report) {
  return {
    id: r.id,
    trackingId: r.trackingId,
    receivedAt: r.receivedAt.toISOString(),
    status: "received",
  };
}
