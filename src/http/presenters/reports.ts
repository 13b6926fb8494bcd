/** What of a report leaves the server, and for whom. */
import type { Report } from "../../domain/reports.js";
import { isCaseRole, type Actor } from "../../domain/roles.js";
import type {
  ReceiptStatusOut,
  ReportOut,
  ReportReceiptOut,
} from "../schemas/reports-responses.js";
import type { ReceiptStatus } from "../../services/receipts.js";
import { presentGeoField } from "./geo.js";

export function presentReport(r: Report, viewer: Actor): ReportOut {
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
    // "gazetteer": located from placeName; "ambiguous"/"unresolved": no coordinates (decision 0005).
    locationResolution: r.locationResolution,
    category: r.category,
    description: r.description,
    language: r.language,
    counts: r.counts ?? {},
    status: r.status,
    incidentId: r.incidentId,
    isDemo: r.isDemo,
    // Who may read it (decision 0007).
    classification: r.classification,
    concernedParties: r.concernedParties,
    embargoUntil: r.embargoUntil?.toISOString() ?? null,
    // The stored geo evaluation, or why there is none (decision 0004).
    ...presentGeoField(r.geo),
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
export function presentReceipt(r: Report, receiptCode: string): ReportReceiptOut {
  return {
    id: r.id,
    trackingId: r.trackingId,
    receiptCode,
    receivedAt: r.receivedAt.toISOString(),
    status: "received",
  };
}

/** The status a receipt opens: as the service gives it, times as ISO text. */
export function presentReceiptStatus(s: ReceiptStatus): ReceiptStatusOut {
  return {
    trackingId: s.trackingId,
    receivedAt: s.receivedAt.toISOString(),
    state: s.state,
    publishedIncidentId: s.publishedIncidentId,
  };
}
