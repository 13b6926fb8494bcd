/** A finding released through the services, as the chief releases one: for the signature tests. */
import { classifyIncident } from "../src/services/classification.js";
import type { Deps } from "../src/services/deps.js";
import { addFinding } from "../src/services/findings.js";
import { createIncident } from "../src/services/incident-triage.js";
import { transitionIncident } from "../src/services/incident-workflow.js";
import { createReport } from "../src/services/intake.js";
import { findingInput, reportInput, type Actors } from "./fixtures.js";

/**
 * A GNA complaint's incident, concerning `parties`, released to the parties (and to the public
 * when `publish`, the mission releasing to the public without delay); returns the incident.
 */
export async function releasedIncident(
  deps: Deps,
  actors: Actors,
  opts: { parties: string[]; publish: boolean; text: string },
): Promise<string> {
  const report = await createReport(
    deps,
    actors.liaisonGna,
    reportInput({ description: `Shelling near the road. ${opts.text}`, allegedParty: "LNA" }),
  );
  const { id } = await createIncident(deps, actors.intake, {
    reportIds: [report.report.id],
    title: opts.text,
  });
  await classifyIncident(deps, actors.chief, id, {
    classification: opts.publish ? "public" : "parties",
    concernedParties: opts.parties,
    reason: "For the test.",
  });
  const move = (actor: keyof Actors, to: Parameters<typeof transitionIncident>[3]) =>
    transitionIncident(deps, actors[actor], id, to);
  await move("intake", "triaged");
  await move("analyst", "under_verification");
  await addFinding(
    deps,
    actors.analyst,
    id,
    findingInput({ publicNarrative: `Indirect fire. ${opts.text}` }),
  );
  await move("analyst", "assessed");
  await move("analyst", "in_review");
  await move("chief", "endorsed");
  await move("chief", "restricted_release");
  if (opts.publish) await move("chief", "published");
  return id;
}
