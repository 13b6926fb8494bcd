/**
 * The incident use cases, one module each: triage (incident-triage.ts), the case workflow
 * (incident-workflow.ts), findings (findings.ts) and reads (incident-reads.ts). Named here
 * together for the routes.
 */
export { addFinding } from "./findings.js";
export {
  getIncident,
  incidentNotFound,
  listIncidents,
  type IncidentDetail,
} from "./incident-reads.js";
export { createIncident, mergeReport } from "./incident-triage.js";
export { transitionIncident } from "./incident-workflow.js";
