/**
 * The ladder's "commission's decision" step and the joint commission's co-signed decisions
 * (decisions 0016 and 0017). Once a referral put the case on a meeting's agenda in the platform,
 * the commission decides there, and the step names that decision: one of a meeting whose agenda
 * holds the case, in effect (each delegation's head signed it). A decision taken outside the
 * platform (a referral that named no meeting) is recorded in words, as before.
 */
import type { CitedDecision, EnforcementStep } from "../domain/enforcement.js";
import { DomainError } from "../domain/errors.js";
import { citedDecisions, meetingsHoldingCase } from "../store/commission-repo.js";
import type { Deps, Tx } from "./deps.js";

/**
 * The decision a commission_decision step may cite, checked; null when the step records a
 * decision in words (allowed only when no referral of this notice went onto a meeting's agenda).
 */
export async function decisionToCite(
  tx: Tx,
  steps: readonly EnforcementStep[],
  decisionId: string | undefined,
): Promise<string | null> {
  const notice = steps[0]!;
  const itemIds = steps.flatMap((s) =>
    s.kind === "commission_referral" && s.agendaItemId ? [s.agendaItemId] : [],
  );
  const meetings = await meetingsHoldingCase(tx, {
    incidentId: notice.incidentId,
    noticeId: notice.id,
    itemIds,
  });
  const referredTo = [...meetings.values()].sort().join(", ");
  if (!decisionId) {
    // A referral that put the case on a meeting's agenda here: the commission decides here.
    if (itemIds.length === 0 || meetings.size === 0) return null;
    throw new DomainError(
      "enforcement_decision_required",
      `The case was referred to the joint commission's meeting ${referredTo}: record the decision both delegations signed there (decisionId), not words typed here.`,
      { field: "decisionId" },
    );
  }
  const d = (await citedDecisions(tx, [decisionId])).get(decisionId);
  if (!d) {
    throw new DomainError(
      "enforcement_decision_not_found",
      `There is no joint commission decision ${decisionId}.`,
      { field: "decisionId" },
    );
  }
  if (!meetings.has(d.meeting_id)) {
    throw new DomainError(
      "enforcement_decision_not_for_case",
      `That decision was taken at meeting ${d.meeting_reference}, whose agenda does not hold this case${referredTo ? ` (it is on the agenda of ${referredTo})` : ""}.`,
      { field: "decisionId", meetingId: d.meeting_id },
    );
  }
  if (d.status !== "in_effect") {
    throw new DomainError(
      "enforcement_decision_not_in_effect",
      `That decision of meeting ${d.meeting_reference} is not in effect (${d.status.replace("_", " ")}): it takes effect only when each delegation's head has signed it.`,
      { field: "decisionId", status: d.status },
    );
  }
  return d.id;
}

/** Sets each step's cited decision, read in one query. */
export async function withCitedDecisions(
  db: Deps["db"] | Tx,
  steps: readonly EnforcementStep[],
): Promise<void> {
  const rows = await citedDecisions(
    db,
    steps.flatMap((s) => (s.decisionId ? [s.decisionId] : [])),
  );
  for (const s of steps) {
    const d = s.decisionId ? rows.get(s.decisionId) : undefined;
    s.decision = d ? citedDecision(d) : null;
  }
}

function citedDecision(d: {
  id: string;
  meeting_id: string;
  meeting_reference: string;
  version: number;
  text_en: string;
  text_ar: string;
  effective_at: Date | null;
}): CitedDecision {
  return {
    id: d.id,
    meetingId: d.meeting_id,
    meetingReference: d.meeting_reference,
    version: d.version,
    textEn: d.text_en,
    textAr: d.text_ar,
    effectiveAt: d.effective_at,
  };
}
