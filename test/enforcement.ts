/** The enforcement ladder for tests: a finding of violation released to the parties, through the services. */
import type { Deps } from "../src/services/deps.js";
import { addFinding } from "../src/services/findings.js";
import { createIncident } from "../src/services/incident-triage.js";
import { transitionIncident } from "../src/services/incident-workflow.js";
import { createReport } from "../src/services/intake.js";
import { reportInput, type Actors } from "./fixtures.js";

/**
 * An incident holding a complaint of each party, with a finding of violation attributed to
 * `party` (drafted by the analyst, on TEST/1: createAgreementForTest first), released to the
 * parties now. Returns the incident's id and reference.
 */
export async function releasedViolation(
  deps: Deps,
  a: Actors,
  party: "GNA" | "LNA" = "GNA",
): Promise<{ id: string; reference: string }> {
  const gna = await createReport(deps, a.liaisonGna, reportInput({ allegedParty: "LNA" }));
  const lna = await createReport(deps, a.liaisonLna, reportInput({ allegedParty: "GNA" }));
  const incident = await createIncident(deps, a.intake, {
    reportIds: [gna.report.id, lna.report.id],
  });
  await releaseViolation(deps, a, incident.id, party);
  return { id: incident.id, reference: incident.reference };
}

/**
 * Takes a new incident through the workflow to a finding of violation attributed to `party`,
 * concerning both parties, released to the parties now.
 */
export async function releaseViolation(
  deps: Deps,
  a: Actors,
  incidentId: string,
  party: "GNA" | "LNA",
): Promise<void> {
  const move = (who: keyof Actors, to: Parameters<typeof transitionIncident>[3]) =>
    transitionIncident(deps, a[who], incidentId, to);
  await move("intake", "triaged");
  await move("analyst", "under_verification");
  await addFinding(deps, a.analyst, incidentId, {
    outcome: "violation_attributed",
    verificationLevel: "V3",
    attributionLevel: "attributed",
    attributedParty: party,
    provisions: ["TEST/1"],
    sourceGrades: [],
    publicNarrative: `Mortar fire from ${party} positions hit Ain Zara.`,
    restrictedNarrative: "",
    concernedParties: ["GNA", "LNA"],
  });
  await move("analyst", "assessed");
  await move("analyst", "in_review");
  await move("chief", "endorsed");
  await move("chief", "restricted_release");
}
