/** What of an incident and its findings leaves the server, and for whom. */
import type { Finding, Incident } from "../../domain/incidents.js";
import { isCaseRole, type Actor } from "../../domain/roles.js";
import type { IncidentDetail } from "../../services/incidents.js";
import { presentReport } from "./reports.js";

export function presentIncident(i: Incident, viewer: Actor) {
  const mission = isCaseRole(viewer);
  return {
    id: i.id,
    reference: i.reference,
    state: i.state,
    title: i.title,
    category: i.category,
    occurredFrom: i.occurredFrom.toISOString(),
    occurredTo: i.occurredTo.toISOString(),
    location: i.location,
    concernedParties: i.concernedParties,
    releasedAt: i.releasedAt?.toISOString() ?? null,
    updatedAt: i.updatedAt.toISOString(),
    ...(mission ? { createdBy: i.createdBy, createdAt: i.createdAt.toISOString() } : {}),
  };
}

export function presentFinding(f: Finding, viewer: Actor) {
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
    createdAt: f.createdAt.toISOString(),
    // Source grading and who drafted it are internal deliberation.
    ...(mission ? { sourceGrades: f.sourceGrades, draftedBy: f.draftedBy } : {}),
  };
}

export function presentIncidentDetail(d: IncidentDetail, viewer: Actor) {
  return {
    ...presentIncident(d.incident, viewer),
    reports: d.reports.map((r) => presentReport(r, viewer)),
    findings: d.findings.map((f) => presentFinding(f, viewer)),
    allowedTransitions: d.allowedTransitions,
  };
}
