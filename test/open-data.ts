/**
 * Published incidents for the open-data tests. The demo scenario releases its findings to the
 * parties only (its incidents are classified for the parties), so these are taken through the
 * whole workflow to a public release, as the mission's users would, on top of the demo.
 */
import type { Actor, Role } from "../src/domain/roles.js";
import type { CategoryCode } from "../src/domain/taxonomy.js";
import { classifyIncident } from "../src/services/classification.js";
import type { Deps } from "../src/services/deps.js";
import { addFinding } from "../src/services/findings.js";
import { createIncident } from "../src/services/incident-triage.js";
import { transitionIncident } from "../src/services/incident-workflow.js";
import { createReport } from "../src/services/intake.js";
import { changeMissionSettings } from "../src/services/mission.js";

export interface PublicIncidentSpec {
  occurredFrom: string;
  occurredTo: string;
  lat: number;
  lon: number;
  category: CategoryCode;
  narrative: string;
  narrativeAr?: string;
}

async function userOf(deps: Deps, role: Role): Promise<Extract<Actor, { kind: "user" }>> {
  const u = await deps.db
    .selectFrom("users")
    .select(["id", "username", "party_code"])
    .where("role", "=", role)
    .orderBy("username")
    .limit(1)
    .executeTakeFirstOrThrow();
  return { kind: "user", userId: u.id, username: u.username, role, party: u.party_code };
}

/** Files, verifies and publishes each incident; returns their ids. */
export async function publishPublicIncidents(
  deps: Deps,
  specs: readonly PublicIncidentSpec[],
): Promise<string[]> {
  const [monitor, intake, analyst, chief] = await Promise.all(
    (["monitor", "intake", "analyst", "chief"] as const).map((r) => userOf(deps, r)),
  );
  // Public as soon as the parties have it, so that the test need not wait out a delay.
  await changeMissionSettings(
    deps,
    { kind: "system", name: "test" },
    { releaseRules: { partiesFirst: true, publicDelayHours: 0 } },
  );
  const ids: string[] = [];
  for (const s of specs) {
    const { report } = await createReport(deps, monitor!, {
      sourceKind: "monitor",
      occurredFrom: new Date(s.occurredFrom),
      occurredTo: new Date(s.occurredTo),
      location: { lat: s.lat, lon: s.lon },
      category: s.category,
      description: s.narrative,
      language: "en",
    });
    const { id } = await createIncident(deps, intake!, { reportIds: [report.id] });
    await classifyIncident(deps, chief!, id, {
      classification: "public",
      concernedParties: ["GNA", "LNA"],
      reason: "Both parties are concerned; publish.",
    });
    await transitionIncident(deps, intake!, id, "triaged");
    await transitionIncident(deps, analyst!, id, "under_verification");
    await addFinding(deps, analyst!, id, {
      outcome: "unable_to_determine",
      verificationLevel: "V1",
      attributionLevel: "undetermined",
      provisions: [],
      sourceGrades: [],
      publicNarrative: s.narrative,
      publicNarrativeAr: s.narrativeAr,
      restrictedNarrative: "INTERNAL-ONLY restricted narrative",
    });
    await transitionIncident(deps, analyst!, id, "assessed");
    await transitionIncident(deps, analyst!, id, "in_review");
    await transitionIncident(deps, chief!, id, "endorsed");
    await transitionIncident(deps, chief!, id, "restricted_release");
    await transitionIncident(deps, chief!, id, "published");
    ids.push(id);
  }
  return ids;
}

/** A few incidents across the mission's area, one with an Arabic narrative. */
export const PUBLIC_SPECS: readonly PublicIncidentSpec[] = [
  {
    occurredFrom: "2020-01-14T21:00:00Z",
    occurredTo: "2020-01-14T23:30:00Z",
    lat: 32.7931,
    lon: 13.2871,
    category: "A3",
    narrative: "Indirect fire impacted a residential area of Ain Zara.",
    narrativeAr: "سقطت قذائف على حي سكني في عين زارة.",
  },
  {
    occurredFrom: "2020-01-20T06:00:00Z",
    occurredTo: "2020-01-22T18:00:00Z",
    lat: 31.2089,
    lon: 16.5887,
    category: "A1",
    narrative: "Exchanges of fire west of Sirte over three days.",
  },
  {
    occurredFrom: "2020-02-03T10:00:00Z",
    occurredTo: "2020-02-03T10:30:00Z",
    lat: 32.3754,
    lon: 15.0925,
    category: "A4",
    narrative: "A drone strike near Misrata airport.",
  },
  {
    occurredFrom: "2020-02-10T12:00:00Z",
    occurredTo: "2020-02-10T13:00:00Z",
    lat: 30.7554,
    lon: 20.2263,
    category: "D1",
    narrative: "A patrol was stopped at a checkpoint near Ajdabiya.",
  },
];
