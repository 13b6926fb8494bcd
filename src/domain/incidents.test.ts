import { describe, expect, it } from "vitest";
import { checkFinding, findingProblems, type FindingInput } from "./incidents.js";

const base: FindingInput = {
  outcome: "pending",
  verificationLevel: "V0",
  attributionLevel: "undetermined",
  provisions: [],
  sourceGrades: [],
  publicNarrative: "Access was denied.",
  restrictedNarrative: "",
};

describe("finding consistency rules", () => {
  it("a consistent finding has no problem", () => {
    expect(findingProblems(base)).toEqual([]);
    expect(() => checkFinding(base)).not.toThrow();
    const attributed: FindingInput = {
      ...base,
      outcome: "violation_attributed",
      attributionLevel: "attributed",
      attributedParty: "LNA",
      provisions: ["P1"],
    };
    expect(findingProblems(attributed)).toEqual([]);
  });

  it("an attributed violation without a naming level or provisions blames both fields", () => {
    const f = { ...base, outcome: "violation_attributed" } as const;
    expect(findingProblems(f).map((p) => [p.field, p.rule])).toEqual([
      ["attributionLevel", "naming_level_required"],
      ["provisions", "provisions_required"],
    ]);
    expect(() => checkFinding(f)).toThrow(
      expect.objectContaining({
        code: "validation_failed",
        details: { field: "attributionLevel" },
      }),
    );
  });

  it("a level that names a party needs one; a level that does not refuses one", () => {
    const named = { ...base, attributionLevel: "assessed_likely" } as const;
    expect(findingProblems(named).map((p) => p.rule)).toEqual(["party_required"]);
    const unnamed = { ...base, attributedParty: "GNA" };
    expect(findingProblems(unnamed).map((p) => p.rule)).toEqual(["party_not_allowed"]);
    expect(() => checkFinding(unnamed)).toThrow(
      expect.objectContaining({ details: { field: "attributedParty" } }),
    );
  });

  it("an unattributed violation needs provisions, not a party", () => {
    const f = { ...base, outcome: "violation_unattributed" } as const;
    expect(findingProblems(f).map((p) => [p.field, p.rule])).toEqual([
      ["provisions", "provisions_required"],
    ]);
  });

  it("a concluded finding needs its public narrative in the authoritative language, the other is optional", () => {
    const concluded = { ...base, outcome: "unable_to_determine", publicNarrative: "" } as const;
    expect(findingProblems(concluded).map((p) => [p.field, p.rule])).toEqual([
      ["publicNarrative", "narrative_required"],
    ]);
    const arabic = {
      ...concluded,
      authoritativeLanguage: "ar",
      publicNarrative: "Denied.",
    } as const;
    expect(findingProblems(arabic).map((p) => [p.field, p.rule])).toEqual([
      ["publicNarrativeAr", "narrative_required"],
    ]);
    expect(() => checkFinding(arabic)).toThrow(
      expect.objectContaining({ details: { field: "publicNarrativeAr" } }),
    );
    expect(findingProblems({ ...arabic, publicNarrativeAr: "مُنع الوصول." })).toEqual([]);
    // A pending draft may have no narrative yet.
    expect(findingProblems({ ...base, publicNarrative: "" })).toEqual([]);
  });

  it("a translation without the authoritative text is refused, for either narrative", () => {
    const f = {
      ...base,
      publicNarrative: "",
      publicNarrativeAr: "مُنع الوصول.",
      restrictedNarrative: "",
      restrictedNarrativeAr: "شهود من الجانبين.",
    };
    expect(findingProblems(f).map((p) => [p.field, p.rule])).toEqual([
      ["publicNarrative", "narrative_required"],
      ["restrictedNarrative", "narrative_required"],
    ]);
    expect(findingProblems(f)[1]!.message).toMatch(/restricted narrative in English/);
  });
});
