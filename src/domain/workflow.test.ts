import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "./errors.js";
import { ROLES, type Role } from "./roles.js";
import {
  allowedTransitions,
  CASE_STATES,
  checkTransition,
  FINDING_EDITABLE_STATES,
  TRANSITIONS,
  type CaseState,
} from "./workflow.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof DomainError ? err.code : "unexpected";
  }
};

describe("case workflow", () => {
  it("every state can be reached from received", () => {
    const seen = new Set<CaseState>(["received"]);
    let frontier: CaseState[] = ["received"];
    while (frontier.length) {
      frontier = frontier
        .flatMap((s) => TRANSITIONS.filter((t) => t.from === s).map((t) => t.to))
        .filter((s) => !seen.has(s));
      frontier.forEach((s) => seen.add(s));
    }
    expect([...seen].sort()).toEqual([...CASE_STATES].sort());
  });

  it("a transition that does not exist is refused with transition_not_allowed", () => {
    expect(
      codeOf(() =>
        checkTransition({
          from: "received",
          to: "published",
          role: "chief",
          actorUserId: "a",
          findingDraftedBy: null,
        }),
      ),
    ).toBe("transition_not_allowed");
  });

  it("a role without the right is refused with transition_role_forbidden", () => {
    expect(
      codeOf(() =>
        checkTransition({
          from: "received",
          to: "triaged",
          role: "liaison",
          actorUserId: "a",
          findingDraftedBy: null,
        }),
      ),
    ).toBe("transition_role_forbidden");
  });

  it("an assessment needs a drafted finding", () => {
    expect(
      codeOf(() =>
        checkTransition({
          from: "under_verification",
          to: "assessed",
          role: "analyst",
          actorUserId: "a",
          findingDraftedBy: null,
        }),
      ),
    ).toBe("finding_required");
  });

  it("the reviewer who approves must not be the analyst who drafted the finding", () => {
    expect(
      codeOf(() =>
        checkTransition({
          from: "in_review",
          to: "right_of_reply",
          role: "reviewer",
          actorUserId: "u1",
          findingDraftedBy: "u1",
        }),
      ),
    ).toBe("four_eyes_violation");
    expect(
      codeOf(() =>
        checkTransition({
          from: "in_review",
          to: "right_of_reply",
          role: "reviewer",
          actorUserId: "u2",
          findingDraftedBy: "u1",
        }),
      ),
    ).toBeNull();
  });

  it("the chief cannot endorse a finding the chief drafted", () => {
    expect(
      codeOf(() =>
        checkTransition({
          from: "in_review",
          to: "endorsed",
          role: "chief",
          actorUserId: "c",
          findingDraftedBy: "c",
        }),
      ),
    ).toBe("four_eyes_violation");
  });

  it("party liaisons, commission members, auditors and admins change no case state", () => {
    for (const role of ["liaison", "commission", "auditor", "admin", "monitor"] as Role[]) {
      for (const s of CASE_STATES) expect(allowedTransitions(s, role)).toEqual([]);
    }
  });

  it("no finding can be drafted once a case is in review or later", () => {
    for (const s of [
      "in_review",
      "right_of_reply",
      "endorsed",
      "published",
      "restricted_release",
      "closed",
    ] as CaseState[]) {
      expect(FINDING_EDITABLE_STATES).not.toContain(s);
    }
  });
});

/** A model of a case: state plus the finding versions and who drafted the latest. */
interface Model {
  state: CaseState;
  drafter: string | null;
  /** Who drafted the finding that was current when the case last left in_review forward. */
  approvals: { approver: string; drafter: string }[];
}

const users = ["u1", "u2", "u3"] as const;
const step = fc.record({
  kind: fc.constantFrom("transition", "draft"),
  to: fc.constantFrom(...CASE_STATES),
  role: fc.constantFrom(...ROLES),
  user: fc.constantFrom(...users),
});

describe("case workflow properties", () => {
  it("no sequence of accepted steps reaches an invalid state, and four-eyes is never bypassed", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const m: Model = { state: "received", drafter: null, approvals: [] };
        for (const s of steps) {
          if (s.kind === "draft") {
            // the service allows drafting only by analysts/chief in editable states
            if (
              (s.role === "analyst" || s.role === "chief") &&
              FINDING_EDITABLE_STATES.includes(m.state)
            )
              m.drafter = s.user;
            continue;
          }
          let ok = true;
          try {
            const rule = checkTransition({
              from: m.state,
              to: s.to,
              role: s.role,
              actorUserId: s.user,
              findingDraftedBy: m.drafter,
            });
            if (rule.approvesFinding) m.approvals.push({ approver: s.user, drafter: m.drafter! });
          } catch (err) {
            if (!(err instanceof DomainError)) throw err;
            ok = false;
          }
          if (ok) m.state = s.to;
          expect(CASE_STATES).toContain(m.state);
          if (["endorsed", "published", "restricted_release", "follow_up"].includes(m.state)) {
            expect(m.drafter).not.toBeNull();
          }
        }
        for (const a of m.approvals) expect(a.approver).not.toBe(a.drafter);
      }),
      { numRuns: 500 },
    );
  });

  it("a refused transition names a stable code and never changes the state", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASE_STATES),
        fc.constantFrom(...CASE_STATES),
        fc.constantFrom(...ROLES),
        (from, to, role) => {
          const code = codeOf(() =>
            checkTransition({ from, to, role, actorUserId: "x", findingDraftedBy: "y" }),
          );
          const allowed = allowedTransitions(from, role).includes(to);
          if (allowed) expect(code).toBeNull();
          else expect(["transition_not_allowed", "transition_role_forbidden"]).toContain(code);
        },
      ),
    );
  });
});
