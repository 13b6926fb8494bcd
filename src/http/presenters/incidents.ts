/** What of an incident and its findings leaves the server, and for whom. */
import type { SubjectGeoSummary } from "../../domain/geo/evaluation-record.js";
import type { Finding, Incident } from "../../domain/incidents.js";
import { isCaseRole, type Actor } from "../../domain/roles.js";
import type { IncidentDetail } from "../../services/incidents.js";
import type {
  FindingOut,
  IncidentDetailOut,
  IncidentListItemOut,
  IncidentOut,
} from "../schemas/incidents-responses.js";
import { presentCitedProvision } from "./agreements.js";
import { presentGeoField } from "./geo.js";
import { presentReport } from "./reports.js";
import { presentReleaseSummary, presentReply } from "./releases.js";

export function presentIncident(i: Incident, viewer: Actor): IncidentOut {
  const mission = isCaseRole(viewer);
  return {
    id: i.id,
    reference: i.reference,
    state: i.state,
    title: i.title,
    // A made-up title is composed again in the reader's language by the web app.
    titleGenerated: i.titleGenerated,
    category: i.category,
    occurredFrom: i.occurredFrom.toISOString(),
    occurredTo: i.occurredTo.toISOString(),
    location: i.location,
    concernedParties: i.concernedParties,
    releasedAt: i.releasedAt?.toISOString() ?? null,
    updatedAt: i.updatedAt.toISOString(),
    classification: i.classification,
    embargoUntil: i.embargoUntil?.toISOString() ?? null,
    // The stored geo evaluation, or why there is none (decision 0004).
    ...presentGeoField(i.geo),
    ...(mission ? { createdBy: i.createdBy, createdAt: i.createdAt.toISOString() } : {}),
  };
}

/** An incident in a list: what the list shows of its geo evaluation (decision 0029). */
export function presentIncidentListItem(
  i: Incident & { geoSummary: SubjectGeoSummary },
  viewer: Actor,
): IncidentListItemOut {
  const { geoSummary, ...incident } = i;
  return {
    ...presentIncident(incident, viewer),
    geo: geoSummary.status === "evaluated" ? geoSummary.summary : null,
    geoStatus: geoSummary.status,
  };
}

export function presentFinding(f: Finding, viewer: Actor): FindingOut {
  const mission = isCaseRole(viewer);
  return {
    id: f.id,
    version: f.version,
    outcome: f.outcome,
    verificationLevel: f.verificationLevel,
    attributionLevel: f.attributionLevel,
    attributedParty: f.attributedParty,
    provisions: f.provisions,
    severity: f.severity,
    standardOfProof: f.standardOfProof,
    publicNarrative: f.publicNarrative,
    restrictedNarrative: f.restrictedNarrative,
    publicNarrativeAr: f.publicNarrativeAr,
    restrictedNarrativeAr: f.restrictedNarrativeAr,
    authoritativeLanguage: f.authoritativeLanguage,
    createdAt: f.createdAt.toISOString(),
    classification: f.classification,
    concernedParties: f.concernedParties,
    embargoUntil: f.embargoUntil?.toISOString() ?? null,
    // Source grading and who drafted it are internal deliberation.
    ...(mission ? { sourceGrades: f.sourceGrades, draftedBy: f.draftedBy } : {}),
  };
}

/**
 * The incident page. The mission reads every finding version; anyone else reads the finding as
 * released to it — the snapshot of the latest release it may see, identical for every recipient.
 */
export function presentIncidentDetail(d: IncidentDetail, viewer: Actor): IncidentDetailOut {
  const mission = isCaseRole(viewer);
  const released = d.releases[0];
  return {
    ...presentIncident(d.incident, viewer),
    reports: d.reports.map((r) => presentReport(r, viewer)),
    findings: mission
      ? d.findings.map((f) => presentFinding(f, viewer))
      : released
        ? [released.content.finding]
        : [],
    releases: d.releases.map(presentReleaseSummary),
    replies: d.replies.map(presentReply),
    replyWindow: d.replyWindow
      ? {
          opensAt: d.replyWindow.opensAt.toISOString(),
          closesAt: d.replyWindow.closesAt.toISOString(),
          findingVersion: d.replyWindow.findingVersion,
        }
      : null,
    allowedTransitions: d.allowedTransitions,
    citedProvisions: d.citedProvisions.map(presentCitedProvision),
    breachOf: d.breachOf
      ? {
          id: d.breachOf.id,
          reference: d.breachOf.reference,
          title: d.breachOf.title,
          status: d.breachOf.status,
        }
      : null,
  };
}
