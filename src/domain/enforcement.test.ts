import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  deadlineEnd,
  illegalStep,
  mayRecordAnyStep,
  mayRecordStep,
  NEXT_STEPS,
  STEP_KINDS,
  visibleSteps,
  type EnforcementStep,
  type LadderKind,
} from "./enforcement.js";

const step = (seq: number, kind: EnforcementStep["kind"], extra: Partial<EnforcementStep> = {}) =>
  ({
    id: `s${seq}`,
    noticeId: "s1",
    seq,
    incidentId: "i",
    kind,
    party: "GNA",
    releaseId: "r",
    findingId: "f",
    findingVersion: 1,
    provisions: [],
    deadlineDay: kind === "notice" ? "2020-01-20" : null,
    deadlineAt: kind === "notice" ? new Date("2020-01-20T21:59:59.999Z") : null,
    textEn: "",
    textAr: "",
    language: "en",
    agendaItemId: null,
    decisionId: null,
    correctsStepId: null,
    createdBy: "u",
    createdAt: new Date(0),
    ...extra,
  }) satisfies EnforcementStep;

const LADDER = STEP_KINDS.filter((k) => k !== "correction" && k !== "notice") as LadderKind[];

describe("the ladder's order", () => {
  it("accepts exactly the table's next steps, whatever came before", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LADDER), { maxLength: 6 }), (kinds) => {
        const steps = [step(1, "notice")];
        for (const k of kinds) {
          const last = steps.filter((s) => s.kind !== "correction").at(-1)!.kind as LadderKind;
          expect(illegalStep(steps, k) === null).toBe(NEXT_STEPS[last].includes(k));
          if (!illegalStep(steps, k)) steps.push(step(steps.length + 1, k));
          // A correction never moves the ladder.
          steps.push(step(steps.length + 1, "correction", { correctsStepId: "s1" }));
        }
      }),
    );
  });

  it("ends at the referral to the mandating body", () => {
    expect(NEXT_STEPS.mandating_body_referral).toEqual([]);
  });
});

describe("who reads which step", () => {
  const steps = [
    step(1, "notice"),
    step(2, "response"),
    step(3, "correction", { correctsStepId: "s2" }),
    step(4, "commission_referral"),
  ];
  const kinds = (v: Parameters<typeof visibleSteps>[0]) => visibleSteps(v, steps).map((s) => s.seq);

  it("the mission and the notified party read everything", () => {
    expect(kinds({ role: "chief", party: null, mission: true })).toEqual([1, 2, 3, 4]);
    expect(kinds({ role: "liaison", party: "GNA", mission: false })).toEqual([1, 2, 3, 4]);
  });

  it("the other party reads neither the response nor its correction, nor a gap where they were", () => {
    for (const other of [
      { role: "liaison", party: "LNA", mission: false },
      { role: "commission", party: "LNA", mission: false },
    ] as const) {
      const seen = visibleSteps(other, steps);
      expect(seen.map((s) => s.id)).toEqual(["s1", "s4"]);
      expect(seen.map((s) => s.seq)).toEqual([1, 2]);
    }
    // The steps themselves keep their place in the ladder.
    expect(steps.map((s) => s.seq)).toEqual([1, 2, 3, 4]);
  });

  it("the commission reads a case only once referred; its chair reads the response", () => {
    expect(
      visibleSteps({ role: "commission", party: null, mission: false }, steps.slice(0, 3)),
    ).toEqual([]);
    expect(kinds({ role: "commission", party: null, mission: false })).toEqual([1, 2, 3, 4]);
  });
});

describe("who writes a step", () => {
  it("the notified party responds; the chief and the chair record the commission's decision", () => {
    expect(mayRecordStep({ role: "liaison", party: "GNA" }, "response", "GNA")).toBe(true);
    expect(mayRecordStep({ role: "liaison", party: "LNA" }, "response", "GNA")).toBe(false);
    expect(mayRecordStep({ role: "commission", party: "GNA" }, "response", "GNA")).toBe(false);
    expect(mayRecordStep({ role: "commission", party: null }, "commission_decision", "GNA")).toBe(
      true,
    );
    expect(mayRecordStep({ role: "commission", party: "GNA" }, "commission_decision", "GNA")).toBe(
      false,
    );
  });

  it("the other party, a delegation's member and the case roles may add nothing to the ladder", () => {
    const anything = (role: "liaison" | "commission" | "chief" | "analyst", party: string | null) =>
      mayRecordAnyStep({ role, party }, "GNA");
    expect(anything("liaison", "GNA")).toBe(true);
    expect(anything("chief", null)).toBe(true);
    expect(anything("commission", null)).toBe(true);
    expect(anything("liaison", "LNA")).toBe(false);
    expect(anything("commission", "GNA")).toBe(false);
    expect(anything("commission", "LNA")).toBe(false);
    expect(anything("analyst", null)).toBe(false);
  });
});

describe("the deadline", () => {
  it("is the end of the day in the mission's time zone, across a daylight-saving change", () => {
    expect(deadlineEnd("2020-01-20", "Africa/Tripoli")?.toISOString()).toBe(
      "2020-01-20T21:59:59.999Z",
    );
    // Berlin moves from UTC+1 to UTC+2 on 29 March 2020: that day ends at 22:00 UTC.
    expect(deadlineEnd("2020-03-29", "Europe/Berlin")?.toISOString()).toBe(
      "2020-03-29T21:59:59.999Z",
    );
    expect(deadlineEnd("2020-03-28", "Europe/Berlin")?.toISOString()).toBe(
      "2020-03-28T22:59:59.999Z",
    );
    expect(deadlineEnd("2020-02-30", "Africa/Tripoli")).toBeNull();
  });
});
