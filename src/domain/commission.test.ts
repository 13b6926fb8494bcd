import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  commissionStanding,
  decisionIsFinal,
  decisionStatusFrom,
  meetingMoveAllowed,
} from "./commission.js";
import type { Actor } from "./roles.js";

const user = (role: string, party: string | null, userId = "u1") =>
  ({ kind: "user", userId, username: userId, role, party }) as Actor;

describe("the joint commission's rules", () => {
  it("a decision's version is final once in effect or replaced, a dissented one included", () => {
    const at = new Date("2020-03-01T10:00:00Z");
    expect(decisionIsFinal("proposed", null)).toBe(false);
    expect(decisionIsFinal("dissented", null)).toBe(false);
    expect(decisionIsFinal("dissented", at)).toBe(true);
    expect(decisionIsFinal("superseded", at)).toBe(true);
    expect(decisionIsFinal("in_effect", null)).toBe(true);
  });

  it("a decision is in effect only with every required delegation's signature and no dissent", () => {
    const parties = fc.uniqueArray(fc.constantFrom("GNA", "LNA", "TPF"), { minLength: 1 });
    fc.assert(
      fc.property(
        parties,
        fc.array(
          fc.record({
            party: fc.constantFrom("GNA", "LNA", "TPF"),
            kind: fc.constantFrom("signed" as const, "dissented" as const),
          }),
        ),
        (required, answers) => {
          const status = decisionStatusFrom(required, answers);
          const dissent = answers.some((a) => a.kind === "dissented");
          const all = required.every((p) =>
            answers.some((a) => a.party === p && a.kind === "signed"),
          );
          expect(status).toBe(dissent ? "dissented" : all ? "in_effect" : "proposed");
        },
      ),
    );
  });

  it("the chair and the chief keep the commission; delegates and party liaisons read it", () => {
    const members = (p: string) => (p === "GNA" ? ["in-delegation"] : []);
    expect(commissionStanding(user("chief", null), members)).toBe("secretariat");
    expect(commissionStanding(user("commission", null), members)).toBe("secretariat");
    expect(commissionStanding(user("commission", "LNA"), members)).toBe("delegate");
    expect(commissionStanding(user("liaison", "GNA", "in-delegation"), members)).toBe("delegate");
    expect(commissionStanding(user("liaison", "GNA", "outside"), members)).toBe("party");
    for (const role of ["intake", "monitor", "analyst", "reviewer", "auditor", "admin"]) {
      expect(commissionStanding(user(role, null), members)).toBe(null);
    }
    expect(commissionStanding({ kind: "public" }, members)).toBe(null);
  });

  it("a meeting only moves forward", () => {
    expect(meetingMoveAllowed("planned", "held")).toBe(true);
    // closed after it was held; one that is never held is cancelled, not closed
    expect(meetingMoveAllowed("held", "closed")).toBe(true);
    expect(meetingMoveAllowed("planned", "closed")).toBe(false);
    expect(meetingMoveAllowed("planned", "cancelled")).toBe(true);
    expect(meetingMoveAllowed("held", "cancelled")).toBe(false);
    expect(meetingMoveAllowed("cancelled", "planned")).toBe(false);
    expect(meetingMoveAllowed("cancelled", "held")).toBe(false);
    expect(meetingMoveAllowed("held", "planned")).toBe(false);
    expect(meetingMoveAllowed("closed", "held")).toBe(false);
  });
});
