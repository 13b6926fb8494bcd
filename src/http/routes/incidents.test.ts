import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { createAgreementForTest } from "../../../test/agreements.js";

describeEachEngine("incidents API: triage, workflow and findings", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    await createAgreementForTest(ctx.deps);
    app = await testApp(ctx);
  });

  async function file(token: string, overrides: Record<string, unknown> = {}) {
    const res = await call(app, "POST", "/api/v1/reports", { token, body: reportJson(overrides) });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function move(token: string, id: string, to: string, note?: string) {
    return call(app, "POST", `/api/v1/incidents/${id}/transitions`, {
      token,
      body: { to, ...(note ? { note } : {}) },
    });
  }

  const finding = {
    outcome: "violation_unattributed",
    verificationLevel: "V2",
    attributionLevel: "undetermined",
    provisions: ["TEST/1"],
    severity: 2,
    standardOfProof: "reasonable_grounds",
    publicNarrative: "Indirect fire impacted a residential area of Ain Zara.",
    restrictedNarrative: "Crater analysis suggests 122 mm rockets from the south.",
  };

  describe("the whole loop", () => {
    let incidentId: string;
    let gnaReport: string;
    let lnaReport: string;

    it("intake opens an incident from both parties' complaints about one event", async () => {
      gnaReport = await file(t.liaisonGna, { allegedParty: "LNA" });
      lnaReport = await file(t.liaisonLna, {
        allegedParty: "GNA",
        description: "قصف من مواقع حكومة الوفاق",
        language: "ar",
      });
      const res = await call(app, "POST", "/api/v1/incidents", {
        token: t.intake,
        body: { reportIds: [gnaReport, lnaReport] },
      });
      expect(res.status).toBe(201);
      expect(res.body.state).toBe("received");
      expect(res.body.reference).toMatch(/^INC-\d{5}$/);
      expect(res.body.concernedParties).toEqual(["GNA", "LNA"]);
      incidentId = res.body.id;
    });

    it("a report already in an incident cannot be triaged again", async () => {
      const res = await call(app, "POST", "/api/v1/incidents", {
        token: t.intake,
        body: { reportIds: [gnaReport] },
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("report_already_triaged");
    });

    it("a monitor's duplicate is merged into the incident with a reason", async () => {
      const dup = await file(t.monitor, { sourceKind: "monitor", counts: { explosions: 12 } });
      const res = await call(app, "POST", `/api/v1/incidents/${incidentId}/reports`, {
        token: t.intake,
        body: { reportId: dup, reason: "Same shelling, same hour, 300 m apart" },
      });
      expect(res.status).toBe(200);
      const report = await call(app, "GET", `/api/v1/reports/${dup}`, { token: t.intake });
      expect(report.body.status).toBe("merged");
      expect(report.body.incidentId).toBe(incidentId);
    });

    it("the incident page offers exactly the transitions the caller may make", async () => {
      const asIntake = await call(app, "GET", `/api/v1/incidents/${incidentId}`, {
        token: t.intake,
      });
      expect(asIntake.body.allowedTransitions.sort()).toEqual(["closed", "triaged"]);
      const asAnalyst = await call(app, "GET", `/api/v1/incidents/${incidentId}`, {
        token: t.analyst,
      });
      expect(asAnalyst.body.allowedTransitions).toEqual([]);
    });

    it("an analyst may not triage", async () => {
      const res = await move(t.analyst, incidentId, "triaged");
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("transition_role_forbidden");
    });

    it("a transition that does not exist is refused and nothing changes", async () => {
      const res = await move(t.chief, incidentId, "published");
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("transition_not_allowed");
      const after = await call(app, "GET", `/api/v1/incidents/${incidentId}`, { token: t.chief });
      expect(after.body.state).toBe("received");
    });

    it("moves through verification to review", async () => {
      expect((await move(t.intake, incidentId, "triaged", "Within mandate")).status).toBe(200);
      expect((await move(t.analyst, incidentId, "under_verification")).status).toBe(200);
      const early = await move(t.analyst, incidentId, "assessed");
      expect(early.body.error.code).toBe("finding_required");
      const f = await call(app, "POST", `/api/v1/incidents/${incidentId}/findings`, {
        token: t.analyst,
        body: finding,
      });
      expect(f.status).toBe(201);
      expect(f.body.version).toBe(1);
      const f2 = await call(app, "POST", `/api/v1/incidents/${incidentId}/findings`, {
        token: t.analyst,
        body: { ...finding, verificationLevel: "V3" },
      });
      expect(f2.body.version).toBe(2);
      expect((await move(t.analyst, incidentId, "assessed")).status).toBe(200);
      expect((await move(t.analyst, incidentId, "in_review")).status).toBe(200);
    });

    it("a finding cannot be changed while in review", async () => {
      const res = await call(app, "POST", `/api/v1/incidents/${incidentId}/findings`, {
        token: t.analyst2,
        body: finding,
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("finding_not_editable");
    });

    it("findings are versioned, never overwritten", async () => {
      const res = await call(app, "GET", `/api/v1/incidents/${incidentId}`, { token: t.reviewer });
      expect(res.body.findings.map((f: { version: number }) => f.version)).toEqual([1, 2]);
      expect(res.body.findings[0].verificationLevel).toBe("V2");
    });

    it("the party liaisons do not see the draft, nor the other party's complaint", async () => {
      const gna = await call(app, "GET", `/api/v1/incidents/${incidentId}`, {
        token: t.liaisonGna,
      });
      expect(gna.status).toBe(200);
      expect(gna.body.findings).toEqual([]);
      expect(gna.body.reports.map((r: { id: string }) => r.id)).toEqual([gnaReport]);
      expect(gna.body.restrictedNarrative).toBeUndefined();
      const lna = await call(app, "GET", `/api/v1/incidents/${incidentId}`, {
        token: t.liaisonLna,
      });
      expect(lna.body.reports.map((r: { id: string }) => r.id)).toEqual([lnaReport]);
    });

    it("four eyes: the analyst who drafted cannot approve, even as reviewer-capable chief", async () => {
      // the drafter is `analyst`; a different reviewer approves
      const res = await move(
        t.reviewer,
        incidentId,
        "right_of_reply",
        "Legal qualification confirmed",
      );
      expect(res.status).toBe(200);
      expect(res.body.state).toBe("right_of_reply");
    });

    it("the chief endorses and releases to the parties; both see the same finding", async () => {
      expect((await move(t.chief, incidentId, "endorsed")).status).toBe(200);
      const released = await move(t.chief, incidentId, "restricted_release");
      expect(released.status).toBe(200);
      expect(released.body.releasedAt).not.toBeNull();
      const gna = await call(app, "GET", `/api/v1/incidents/${incidentId}`, {
        token: t.liaisonGna,
      });
      const lna = await call(app, "GET", `/api/v1/incidents/${incidentId}`, {
        token: t.liaisonLna,
      });
      expect(gna.body.findings).toHaveLength(1);
      expect(gna.body.findings).toEqual(lna.body.findings);
      expect(gna.body.findings[0].sourceGrades).toBeUndefined();
      expect(gna.body.findings[0].draftedBy).toBeUndefined();
    });

    it("closes and reopens", async () => {
      expect((await move(t.chief, incidentId, "closed")).status).toBe(200);
      expect((await move(t.chief, incidentId, "reopened", "New evidence")).status).toBe(200);
      expect((await move(t.analyst, incidentId, "under_verification")).status).toBe(200);
    });
  });

  it("the drafter cannot approve their own finding (four eyes)", async () => {
    const r = await file(t.monitor, { sourceKind: "monitor" });
    const inc = (
      await call(app, "POST", "/api/v1/incidents", { token: t.intake, body: { reportIds: [r] } })
    ).body.id;
    await move(t.intake, inc, "triaged");
    await move(t.chief, inc, "under_verification");
    await call(app, "POST", `/api/v1/incidents/${inc}/findings`, { token: t.chief, body: finding });
    await move(t.chief, inc, "assessed");
    await move(t.chief, inc, "in_review");
    const res = await move(t.chief, inc, "endorsed");
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("four_eyes_violation");
  });

  it("pages incidents with a cursor, and a forged cursor is a 400", async () => {
    const all = await call(app, "GET", "/api/v1/incidents?limit=200", { token: t.chief });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call(
        app,
        "GET",
        `/api/v1/incidents?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
        {
          token: t.chief,
        },
      );
      seen.push(...page.body.items.map((i: { id: string }) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((i: { id: string }) => i.id));
    const forged = await call(app, "GET", "/api/v1/incidents?cursor=bm90LWEtY3Vyc29y", {
      token: t.chief,
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe("validation_failed");
  });

  it("intake closes a report as out of scope with a reason", async () => {
    const r = await file(t.liaisonGna);
    const res = await call(app, "POST", `/api/v1/reports/${r}/close`, {
      token: t.intake,
      body: { reason: "Criminal violence outside mandate" },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("out_of_scope");
    const again = await call(app, "POST", `/api/v1/reports/${r}/close`, {
      token: t.intake,
      body: { reason: "again" },
    });
    expect(again.body.error.code).toBe("report_already_triaged");
  });

  it("a liaison cannot triage, nor open an incident from the other party's report", async () => {
    const r = await file(t.liaisonLna);
    const res = await call(app, "POST", "/api/v1/incidents", {
      token: t.liaisonGna,
      body: { reportIds: [r] },
    });
    expect(res.status).toBe(403);
    const close = await call(app, "POST", `/api/v1/reports/${r}/close`, {
      token: t.liaisonGna,
      body: { reason: "x" },
    });
    expect(close.status).toBe(403);
  });

  it("a liaison lists only incidents with its own complaints or released ones", async () => {
    const lnaOnly = await file(t.liaisonLna, { allegedParty: "GNA" });
    const inc = (
      await call(app, "POST", "/api/v1/incidents", {
        token: t.intake,
        body: { reportIds: [lnaOnly] },
      })
    ).body.id;
    const list = await call(app, "GET", "/api/v1/incidents?limit=200", { token: t.liaisonGna });
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(inc);
    const direct = await call(app, "GET", `/api/v1/incidents/${inc}`, { token: t.liaisonGna });
    expect(direct.status).toBe(404);
    expect(direct.body.error.code).toBe("incident_not_found");
  });

  it("an amendment is a new version linked to the old one", async () => {
    const r = await file(t.liaisonGna);
    const res = await call(app, "POST", `/api/v1/reports/${r}/amendments`, {
      token: t.liaisonGna,
      body: reportJson({ description: "Corrected: 14 explosions, not 12." }),
    });
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(2);
    expect(res.body.supersedesId).toBe(r);
    const old = await call(app, "GET", `/api/v1/reports/${r}`, { token: t.liaisonGna });
    expect(old.body.status).toBe("superseded");
    expect(old.body.description).toBe("Shelling of residential area in Ain Zara from the south.");
    const other = await call(app, "POST", `/api/v1/reports/${r}/amendments`, {
      token: t.liaisonLna,
      body: reportJson(),
    });
    expect(other.status).toBe(404);
  });

  it("the auditor reads the audit log but no case content", async () => {
    const audit = await call(app, "GET", "/api/v1/audit?limit=5", { token: t.auditor });
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(5);
    expect(audit.body.items[0].seq).toBe(1);
    const verify = await call(app, "GET", "/api/v1/audit/verify", { token: t.auditor });
    expect(verify.body.ok).toBe(true);
    expect((await call(app, "GET", "/api/v1/reports", { token: t.auditor })).status).toBe(403);
    expect((await call(app, "GET", "/api/v1/audit", { token: t.liaisonGna })).status).toBe(403);
  });
});
