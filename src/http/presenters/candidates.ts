/** Same-event candidates as triage sees them (mission case roles only, see the service). */
import type { Candidate, CandidateSubject } from "../../services/candidates.js";
import type { CandidatesOut } from "../schemas/analysis-responses.js";

export function presentCandidates(subject: CandidateSubject, items: Candidate[]): CandidatesOut {
  return {
    report: { id: subject.id, trackingId: subject.trackingId },
    items: items.map((c) => ({
      kind: c.kind,
      id: c.id,
      // A report's tracking id, or an incident's reference.
      ...(c.kind === "report" ? { trackingId: c.label } : { reference: c.label }),
      category: c.category,
      ...(c.kind === "report" ? { status: c.status } : { state: c.status }),
      occurredFrom: c.occurredFrom.toISOString(),
      occurredTo: c.occurredTo.toISOString(),
      location: c.location,
      placeNames: c.placeNames,
      submitterParty: c.submitterParty,
      allegedParty: c.allegedParty,
      score: c.score,
      reasons: c.reasons,
      sentence: c.sentence,
    })),
  };
}
