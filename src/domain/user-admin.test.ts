import { describe, expect, it } from "vitest";
import { assignmentProblem, leavesAnAdministrator } from "./user-admin.js";

describe("a user's role, party and team", () => {
  it("a liaison needs a party, a commission member of none is the chair; the mission's staff have none", () => {
    expect(assignmentProblem({ role: "liaison", party: null, team: null })?.field).toBe("party");
    expect(assignmentProblem({ role: "commission", party: null, team: null })).toBeNull();
    expect(assignmentProblem({ role: "commission", party: "LNA", team: null })).toBeNull();
    expect(assignmentProblem({ role: "analyst", party: "GNA", team: null })?.field).toBe("party");
    expect(assignmentProblem({ role: "admin", party: null, team: null })).toBeNull();
  });

  it("only monitors and analysts join a team", () => {
    expect(assignmentProblem({ role: "monitor", party: null, team: "north" })).toBeNull();
    expect(assignmentProblem({ role: "analyst", party: null, team: "north" })).toBeNull();
    expect(assignmentProblem({ role: "reviewer", party: null, team: "north" })?.field).toBe("team");
  });
});

describe("the last administrator", () => {
  const a = { id: "a", role: "admin" as const, disabled: false };
  const b = { id: "b", role: "admin" as const, disabled: false };
  it("stays: the only active one may be neither disabled nor de-roled", () => {
    expect(leavesAnAdministrator([a], { ...a, disabled: true })).toBe(false);
    expect(leavesAnAdministrator([a], { ...a, role: "auditor" })).toBe(false);
    expect(leavesAnAdministrator([a, { ...b, disabled: true }], { ...a, disabled: true })).toBe(
      false,
    );
  });
  it("may step down when another active administrator remains", () => {
    expect(leavesAnAdministrator([a, b], { ...a, disabled: true })).toBe(true);
    expect(leavesAnAdministrator([a, b], { ...a, role: "chief" })).toBe(true);
  });
});
