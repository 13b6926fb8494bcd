/**
 * The mission's findings on demo incidents, derived from the synthetic truth of the event and
 * from which sources the incident holds, so the axes agree with each other and with the evidence
 * (domain.md §5): a monitor on the spot verifies (V3); independent sources corroborate (V2); the
 * parties alone only partly corroborate (V1). Attribution follows where the fire came from.
 */
import type { FindingInput, SourceGrade } from "../domain/incidents.js";
import type { Severity, VerificationLevel } from "../domain/taxonomy.js";
import { provisionsBreached } from "./agreements.js";
import type { DemoEvent } from "./events.js";
import { partyNameEn } from "./parties.js";
import { complainantOf, type DemoReport } from "./reports.js";
import { shortDate } from "./texts.js";

/** A report as filed, with the id the database gave it. */
export interface FiledReport {
  id: string;
  report: DemoReport;
}

/** How the analyst's conclusion differs from what the evidence would normally give. */
export type FindingVariant = "normal" | "access_denied";

const SHORT_LABEL: Record<string, string> = {
  A1: "exchange of fire",
  A2: "attack on positions",
  A3: "indirect fire",
  A4: "air or drone strike",
  A5: "explosive device",
  A6: "sniper fire",
  A7: "shelling of a civilian area",
  A8: "fire near a monitoring patrol",
  B1: "forward movement and new positions",
  B2: "heavy weapons moved forward",
  B3: "reinforcements",
  B4: "military cargo flights",
  B5: "arms delivery",
  B6: "foreign military training",
  C1: "detention of civilians",
  C4: "road closure",
  C5: "looting of houses",
  C6: "forced displacement",
  D1: "patrol denied passage",
  D4: "patrol request unanswered",
  F: "explosions",
};

export function shortLabel(category: string): string {
  return SHORT_LABEL[category] ?? category;
}

const partyName = partyNameEn;

function gradeOf(r: DemoReport, corroborated: boolean): Omit<SourceGrade, "reportId"> {
  switch (r.source) {
    case "monitor":
      return { reliability: "A", credibility: 1 };
    case "complaint":
      return { reliability: "C", credibility: corroborated ? 2 : 3 };
    case "public":
      // A new or anonymous source is graded F3 by default (domain.md §5.1).
      return { reliability: "F", credibility: corroborated ? 2 : 3 };
    case "media":
      return { reliability: r.input.allegedParty ? "D" : "C", credibility: 3 };
  }
}

function severityOf(e: DemoEvent): Severity {
  if (e.casualties.killed > 0 || e.category === "A2") return 3;
  if (e.casualties.injured > 0 || e.category === "A7" || e.category === "A4") return 2;
  return 1;
}

/** Fire that lands somewhere: a crater or the sound gives a direction, hence "likely" attribution. */
const DIRECTIONAL = ["A3", "A4", "A6", "A7"];

export function findingFor(
  e: DemoEvent,
  filed: FiledReport[],
  variant: FindingVariant = "normal",
): FindingInput {
  const kinds = new Set(filed.map((f) => f.report.source));
  const monitored = kinds.has("monitor");
  const independent = kinds.has("public") || kinds.has("media");
  const corroborated = monitored || independent || filed.length > 1;
  const sourceGrades = filed.map((f) => ({ reportId: f.id, ...gradeOf(f.report, corroborated) }));
  const where = `${e.place.en} (${e.site.en})`;
  const when = shortDate(e.from);
  const label = shortLabel(e.category);
  const sources = `${filed.length} report(s): ${[...kinds].join(", ")}`;
  const complainants = new Set(filed.map((f) => complainantOf(f.report)));
  const bothBlame =
    complainants.has("GNA") && complainants.has("LNA")
      ? " The two parties' complaints blame each other."
      : "";

  if (variant === "access_denied") {
    return {
      outcome: "unable_to_determine",
      verificationLevel: "U",
      attributionLevel: "undetermined",
      provisions: [],
      sourceGrades,
      publicNarrative: `The mission could not determine whether the ${label} reported at ${where} on ${when} took place: its patrol was denied access to the site.`,
      restrictedNarrative: `Access denied at the checkpoint on two attempts. ${sources}. Parties' accounts contradict each other.`,
    };
  }
  if (e.truth === "unfounded") {
    return {
      outcome: "unfounded",
      verificationLevel: "X",
      attributionLevel: "undetermined",
      provisions: [],
      standardOfProof: "balance_of_probabilities",
      sourceGrades,
      publicNarrative: `The mission found no evidence that the ${label} reported at ${where} on ${when} took place: a site visit the next morning found no craters, damage or fragments, and residents reported no shelling.`,
      restrictedNarrative: `${sources}. The complaint is not corroborated by any independent source; media coverage repeats the complaint.`,
    };
  }
  if (e.truth === "not_a_violation") {
    return {
      outcome: "not_a_violation",
      verificationLevel: "V3",
      attributionLevel: "attributed",
      attributedParty: e.perpetrator,
      provisions: [],
      standardOfProof: "clear_and_convincing",
      sourceGrades,
      publicNarrative: `The explosions reported at ${where} on ${when} were a controlled detonation of unexploded ordnance by engineering teams of the ${partyName(e.perpetrator)}, notified to the mission in advance. This is not a violation.`,
      restrictedNarrative: `${sources}. Advance notification received by the joint operations room the day before.`,
    };
  }

  const verificationLevel: VerificationLevel = monitored ? "V3" : independent ? "V2" : "V1";
  const provisions = provisionsBreached(e.category, e.from);
  const base = {
    verificationLevel,
    provisions,
    severity: severityOf(e),
    sourceGrades,
  };
  const facts = `${capitalise(label)} at ${where} on ${when}`;
  const breach = `This breaches ${provisions.join(" and ")}.`;
  const byHolder = !e.category.startsWith("A");
  if (monitored && (byHolder || DIRECTIONAL.includes(e.category))) {
    const firm = byHolder;
    return {
      ...base,
      outcome: "violation_attributed",
      attributionLevel: firm ? "attributed" : "assessed_likely",
      attributedParty: e.perpetrator,
      standardOfProof: firm ? "clear_and_convincing" : "reasonable_grounds",
      publicNarrative: `${facts}. The mission verified the incident and ${firm ? "attributes it to" : "assesses that it was likely carried out by"} forces of the ${partyName(e.perpetrator)}. ${breach}`,
      restrictedNarrative: `${sources}. ${firm ? "Observed directly by the monitoring team in the area the party controls." : "Direction of fire from crater and sound analysis points to positions held by that party."}${bothBlame}`,
    };
  }
  return {
    ...base,
    outcome: "violation_unattributed",
    attributionLevel:
      independent && DIRECTIONAL.includes(e.category) ? "area_of_control_only" : "undetermined",
    standardOfProof: verificationLevel === "V1" ? "reasonable_suspicion" : "reasonable_grounds",
    publicNarrative: `${facts}. The mission ${verificationLevel === "V1" ? "considers the incident partly corroborated" : "confirmed that the incident occurred"} but could not determine which party was responsible. ${breach}`,
    restrictedNarrative: `${sources}.${bothBlame} No independent evidence of who acted first or where the fire came from.`,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
