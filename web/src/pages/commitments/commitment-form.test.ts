import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.js";
import type { CommitmentDetail } from "../../api/commitment-types.js";
import {
  checkForm,
  emptyForm,
  formOf,
  geometryOf,
  nextPhaseKey,
  refusedFields,
  type CommitmentForm,
} from "./commitment-form.js";

const filled = (over: Partial<CommitmentForm> = {}): CommitmentForm => ({
  ...emptyForm(),
  clause: "LY-2020-10-23/2a",
  type: "disarmament",
  titleEn: "Dismantling of armed groups",
  obliged: ["GNA"],
  deadline: { kind: "anchor", date: "", anchor: "D", offset: "+90" },
  ...over,
});

describe("the commitment form", () => {
  it("builds the body: phases, a quantity target, start by D+2 and 14 days from the start", () => {
    const out = checkForm(
      filled({
        completion: "within",
        withinDays: "14",
        startBy: { kind: "anchor", date: "", anchor: "D", offset: "2" },
        targetKind: "quantity",
        quantity: "300",
        unit: "heavy weapons",
        phases: [
          {
            key: "p1",
            titleEn: "Heavy weapons to storage",
            titleAr: "",
            deadline: { kind: "date", date: "2021-01-10", anchor: "D", offset: "" },
          },
        ],
      }),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.body).toMatchObject({
      deadline: null,
      startBy: { anchor: "D", offsetDays: 2 },
      completeWithinDays: 14,
      target: { quantity: 300, unit: "heavy weapons" },
      phases: [{ key: "p1", deadline: { date: "2021-01-10" } }],
    });
  });

  it("says each missing or malformed field beside it, and sends nothing", () => {
    const out = checkForm({
      ...emptyForm(),
      deadline: { kind: "date", date: "2021-13", anchor: "D", offset: "" },
      targetKind: "geometry",
      geometry: '{"type":"Point","coordinates":[13,32]}',
      phases: [
        {
          key: "p1",
          titleEn: "",
          titleAr: "",
          deadline: { kind: "anchor", date: "", anchor: "D", offset: "1" },
        },
        {
          key: "p2",
          titleEn: "Second",
          titleAr: "",
          deadline: { kind: "anchor", date: "", anchor: "D", offset: "ninety" },
        },
      ],
    });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(Object.fromEntries(Object.entries(out.problems).map(([k, v]) => [k, v?.kind]))).toEqual({
      clause: "required",
      title: "title",
      obliged: "parties",
      deadline: "day",
      target: "geometryType",
      "phases.0": "phaseTitle",
      "phases.1": "offset",
    });
  });

  it("reads a line from a Feature, and refuses what is not JSON", () => {
    const line = {
      type: "LineString",
      coordinates: [
        [15.09, 32.37],
        [16.59, 31.2],
      ],
    };
    expect(geometryOf(JSON.stringify({ type: "Feature", geometry: line, properties: {} }))).toEqual(
      line,
    );
    expect(geometryOf("{not json")).toEqual({ kind: "geometryJson" });
  });

  it("places the server's refusal beside the field it names (a cycle, a phase's deadline)", () => {
    const cycle = new ApiError(409, "commitment_dependency_cycle", "A ← B ← A", {
      field: "dependsOn",
    });
    expect(Object.keys(refusedFields(cycle))).toEqual(["dependsOn"]);
    const zod = new ApiError(400, "validation_failed", "bad", {
      issues: [{ field: "phases.2.deadline", message: "give either a date, or an anchor" }],
    });
    expect(Object.keys(refusedFields(zod))).toEqual(["phases.2"]);
    expect(refusedFields(new Error("network"))).toEqual({});
  });

  it("fills the form with a commitment as read, phases keeping their keys", () => {
    const c = {
      provisionCode: "X/1",
      type: "demining",
      title: { en: "Demining", ar: "" },
      description: { en: "", ar: "" },
      obligatedParties: ["GNA", "LNA"],
      beneficiaries: "",
      target: { quantity: null, unit: null, geometry: { type: "Polygon", coordinates: [] } },
      deadline: null,
      startBy: { date: "2021-02-10" },
      completeWithinDays: 120,
      phases: [
        { key: "p3", title: { en: "North", ar: "" }, deadline: { anchor: "D", offsetDays: 30 } },
      ],
      dependsOn: [],
      responsibleBody: "",
      public: true,
    } as unknown as CommitmentDetail;
    const f = formOf(c);
    expect(f).toMatchObject({
      completion: "within",
      withinDays: "120",
      hasStartBy: true,
      startBy: { kind: "date", date: "2021-02-10" },
      targetKind: "geometry",
      phases: [{ key: "p3", deadline: { kind: "anchor", anchor: "D", offset: "30" } }],
    });
    expect(nextPhaseKey(f.phases)).toBe("p2");
    expect(nextPhaseKey([...f.phases, { ...f.phases[0]!, key: "p2" }])).toBe("p4");
  });
});
