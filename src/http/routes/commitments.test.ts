import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { createAgreementForTest } from "../../../test/agreements.js";
import { call, reportJson, testApp } from "../../../test/api.js";
import { commitmentJson } from "../../../test/commitments.js";
import { describeEachEngine } from "../../../test/db.js";
import { releaseViolation } from "../../../test/enforcement.js";
import { loginAll, seedActors, type Actors, type TestUserName } from "../../../test/fixtures.js";
import { classifyIncident } from "../../services/classification.js";
import { sweepOverdueCommitments } from "../../services/commitment-deadlines.js";

describeEachEngine("commitment routes", (ctx) => {
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;
  let actors: Actors;
  const as = (who: TestUserName) => ({ token: tokens[who] });

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    await createAgreementForTest(ctx.deps);
    tokens = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
    const anchor = await call(app, "PUT", "/api/v1/commitment-anchors", {
      ...as("chief"),
      body: { code: "D", nameEn: "Signature", nameAr: "التوقيع", occurredOn: "2020-10-23" },
    });
    expect(anchor.status).toBe(200);
  });

  it("the chief enters a commitment with a dependency; a cycle is refused with a clear error", async () => {
    const demining = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson({ type: "demining", titleEn: "Demining of the coastal road" }),
    });
    expect(demining.status).toBe(201);
    const road = await call(app, "POST", "/api/v1/commitments", {
      ...as("analyst"),
      body: commitmentJson({
        type: "reopen_route",
        titleEn: "Reopening of the coastal road",
        dependsOn: [demining.body.id],
      }),
    });
    expect(road.status).toBe(201);
    const cycle = await call(app, "PUT", `/api/v1/commitments/${demining.body.id}`, {
      ...as("chief"),
      body: commitmentJson({
        type: "demining",
        titleEn: "Demining of the coastal road",
        dependsOn: [road.body.id],
      }),
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.code).toBe("commitment_dependency_cycle");
    expect(cycle.body.error.message).toContain(road.body.reference);
    const page = await call(app, "GET", `/api/v1/commitments/${demining.body.id}`, as("chief"));
    expect(page.body.waitedForBy.map((s: { id: string }) => s.id)).toEqual([road.body.id]);
    expect(page.body.deadlines.at(-1)).toMatchObject({ label: "D+90", day: "2021-01-21" });
  });

  it("a bad deadline, an unknown clause and an impossible move answer 4xx with stable codes", async () => {
    const noDeadline = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson({ deadline: null }),
    });
    expect(noDeadline.status).toBe(400);
    expect(noDeadline.body.error.details.field).toBe("deadline");
    const clause = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson({ provisionCode: "NOPE/9" }),
    });
    expect(clause.body.error.code).toBe("provision_not_found");
    const c = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson(),
    });
    const overdue = await call(app, "POST", `/api/v1/commitments/${c.body.id}/status`, {
      ...as("chief"),
      body: { status: "overdue", reason: "Late." },
    });
    expect(overdue.status).toBe(409);
    expect(overdue.body.error.code).toBe("commitment_transition_not_allowed");
    // NUL characters the database cannot store: 400s, not 500s.
    const nulClause = await call(app, "GET", "/api/v1/commitments?clause=A%00B", as("chief"));
    expect(nulClause.status).toBe(400);
    const nulSource = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson({ source: { kind: "x\u0000", id: "1" } }),
    });
    expect(nulSource.status).toBe(400);
    const nulPhase = await call(app, "POST", `/api/v1/commitments/${c.body.id}/status`, {
      ...as("chief"),
      body: { phaseKey: "p\u0000", phaseStatus: "met", reason: "Done." },
    });
    expect(nulPhase.status).toBe(400);
  });

  it("a party cannot see the other party's non-public commitments by the list, filters, scoreboard, page or public board", async () => {
    const secret = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson({ obligatedParties: ["GNA"], titleEn: "SECRET-GNA-CANARY" }),
    });
    const open = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson({ obligatedParties: ["GNA"], titleEn: "OPEN-GNA", public: true }),
    });
    for (const url of [
      "/api/v1/commitments",
      "/api/v1/commitments?party=GNA",
      "/api/v1/commitments?clause=TEST/1",
      "/api/v1/commitments?status=not_started",
      `/api/v1/commitments/${open.body.id}`,
    ]) {
      const res = await call(app, "GET", url, as("liaisonLna"));
      expect(res.status, url).toBe(200);
      expect(res.raw, url).not.toContain("SECRET-GNA-CANARY");
      expect(res.raw, url).not.toContain(secret.body.id);
    }
    const hidden = await call(
      app,
      "GET",
      `/api/v1/commitments/${secret.body.id}`,
      as("liaisonLna"),
    );
    expect(hidden.status).toBe(404);
    const own = await call(app, "GET", `/api/v1/commitments/${secret.body.id}`, as("liaisonGna"));
    expect(own.status).toBe(200);
    const board = (who: TestUserName | null) =>
      call(
        app,
        "GET",
        who ? "/api/v1/commitments/scoreboard" : "/api/v1/public/commitments/scoreboard",
        who ? as(who) : {},
      );
    const gnaOfLna = (await board("liaisonLna")).body.byParty.find(
      (r: { key: string }) => r.key === "GNA",
    );
    const gnaOfGna = (await board("liaisonGna")).body.byParty.find(
      (r: { key: string }) => r.key === "GNA",
    );
    expect(gnaOfGna.total - gnaOfLna.total).toBe(1);
    // The public board follows the mission's release rules (the Libya profile: the parties
    // first, the public 72 hours later), and holds only what is marked public.
    const pub = await board(null);
    expect(pub.status).toBe(200);
    expect(pub.body.all.total).toBe(0);
    ctx.clock.advance(73 * 3600_000);
    // Three days on, the sessions have lapsed: the users log in again.
    tokens = await loginAll(ctx.deps, actors);
    const later = await board(null);
    expect(later.body.all.total).toBe(1);
    expect(later.body.asOf).toBe(new Date(ctx.clock().getTime() - 72 * 3600_000).toISOString());
    const listed = await call(app, "GET", "/api/v1/public/commitments", {});
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((c: { title: { en: string } }) => c.title.en)).toEqual([
      "OPEN-GNA",
    ]);
    for (const res of [later, listed]) {
      expect(res.raw).not.toContain("SECRET-GNA-CANARY");
      expect(res.raw).not.toContain(secret.body.id);
    }
  });

  it("the list pages with a cursor, each page narrowed to what the reader may read", async () => {
    const made: Record<string, string[]> = { GNA: [], LNA: [] };
    for (let i = 0; i < 7; i++) {
      const party = i % 2 === 0 ? "GNA" : "LNA";
      const res = await call(app, "POST", "/api/v1/commitments", {
        ...as("chief"),
        body: commitmentJson({
          obligatedParties: [party],
          titleEn: `Paged ${party} ${i}`,
          // Some share a deadline (the reference orders them), one has none yet.
          deadline: i === 6 ? null : { anchor: "D", offsetDays: 30 + (i % 3) },
          ...(i === 6 && { startBy: { anchor: "D", offsetDays: 5 }, completeWithinDays: 10 }),
        }),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      made[party]!.push(res.body.id);
    }
    const pages = async (who: TestUserName, query = "") => {
      const ids: string[] = [];
      let cursor: string | null = null;
      let total = -1;
      do {
        const res = await call(
          app,
          "GET",
          `/api/v1/commitments?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
          as(who),
        );
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        ids.push(...res.body.items.map((c: { id: string }) => c.id));
        cursor = res.body.nextCursor;
        total = res.body.total;
      } while (cursor);
      return { ids, total };
    };
    for (const who of ["chief", "liaisonGna", "liaisonLna"] as const) {
      const whole = await call(app, "GET", "/api/v1/commitments?limit=500", as(who));
      const paged = await pages(who);
      expect(paged.ids, who).toEqual(whole.body.items.map((c: { id: string }) => c.id));
      expect(new Set(paged.ids).size).toBe(paged.ids.length);
      expect(paged.total, who).toBe(paged.ids.length);
      expect(whole.body.nextCursor).toBeNull();
    }
    const lna = await pages("liaisonLna");
    for (const id of made.GNA!) expect(lna.ids).not.toContain(id);
    for (const id of made.LNA!) expect(lna.ids).toContain(id);
    // Through a filter too: the GNA's obligations as the LNA reads them are the public ones.
    const gnaOfLna = await pages("liaisonLna", "&party=GNA");
    for (const id of made.GNA!) expect(gnaOfLna.ids).not.toContain(id);
    const gna = await pages("liaisonGna", "&party=GNA");
    for (const id of made.GNA!) expect(gna.ids).toContain(id);
    // A cursor made for one reader opens nothing more for another: it is only a place in the order.
    const chiefFirst = await call(app, "GET", "/api/v1/commitments?limit=1", as("chief"));
    const after = await call(
      app,
      "GET",
      `/api/v1/commitments?limit=500&cursor=${encodeURIComponent(chiefFirst.body.nextCursor)}`,
      as("liaisonLna"),
    );
    for (const id of made.GNA!) expect(after.raw).not.toContain(id);
    const forged = await call(app, "GET", "/api/v1/commitments?cursor=forged", as("chief"));
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe("validation_failed");
    expect(forged.body.error.message).toMatch(/cursor/);
  });

  it("a monitor records progress; a party's observation omits sources; the liaison may not record", async () => {
    const c = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson({ obligatedParties: ["GNA"] }),
    });
    const report = await call(app, "POST", "/api/v1/reports", {
      ...as("monitor"),
      body: reportJson({ sourceKind: "monitor" }),
    });
    expect(report.status, report.raw).toBe(201);
    const body = {
      observedAt: "2020-01-15T07:00:00Z",
      noteAr: "بدأ الانسحاب من الخط",
      verificationLevel: "V3",
      source: "Patrol 4, Abu Grein",
      showsStatus: "in_progress",
      sourceGrades: [{ reportId: report.body.id, reliability: "A", credibility: 2 }],
    };
    const badGrade = await call(app, "POST", `/api/v1/commitments/${c.body.id}/observations`, {
      ...as("monitor"),
      body: {
        ...body,
        sourceGrades: [{ reportId: report.body.id, reliability: "G", credibility: 7 }],
      },
    });
    expect(badGrade.status).toBe(400);
    expect(badGrade.body.error.code).toBe("validation_failed");
    const o = await call(app, "POST", `/api/v1/commitments/${c.body.id}/observations`, {
      ...as("monitor"),
      body,
    });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    expect(o.body.source).toBe("Patrol 4, Abu Grein");
    expect(o.body.sourceGrades).toEqual(body.sourceGrades);
    const liaison = await call(app, "POST", `/api/v1/commitments/${c.body.id}/observations`, {
      ...as("liaisonGna"),
      body,
    });
    expect(liaison.status).toBe(403);
    const seen = await call(app, "GET", `/api/v1/commitments/${c.body.id}`, as("liaisonGna"));
    expect(seen.body.observations).toHaveLength(1);
    expect(seen.raw).not.toContain("Patrol 4");
    // nor which report the mission relied on, nor how it graded it
    expect(seen.raw).not.toContain(report.body.id);
    expect(seen.body.observations[0]).not.toHaveProperty("sourceGrades");
  });

  it("the incident opened for a breach names the commitment, to those who may read it only", async () => {
    const canary = "CANARY-LNA-OBLIGATION-withdraw-heavy-weapons";
    const c = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson({
        titleEn: `Withdrawal of heavy weapons ${canary}`,
        obligatedParties: ["LNA"],
        deadline: { date: "2020-01-01" },
        public: false,
      }),
    });
    expect(c.status).toBe(201);
    await sweepOverdueCommitments(ctx.deps);
    const opened = await call(app, "POST", `/api/v1/commitments/${c.body.id}/breach-incident`, {
      ...as("chief"),
    });
    expect(opened.status, opened.raw).toBe(201);
    const incidentId = opened.body.incidentId as string;
    const breachOf = async (who: TestUserName) => {
      const res = await call(app, "GET", `/api/v1/incidents/${incidentId}`, as(who));
      return { status: res.status, breachOf: res.body?.breachOf, raw: res.raw };
    };
    const named = {
      id: c.body.id,
      reference: c.body.reference,
      title: { en: `Withdrawal of heavy weapons ${canary}`, ar: "انسحاب القوات إلى مقراتها" },
      status: "overdue",
    };
    expect((await breachOf("chief")).breachOf).toEqual(named);
    expect((await breachOf("analyst")).breachOf).toEqual(named);
    // Released to both parties: each reads the incident; only the obliged party learns of the
    // commitment from it (the GNA may not read an LNA obligation that is not public).
    await classifyIncident(ctx.deps, actors.chief, incidentId, {
      classification: "parties",
      concernedParties: ["GNA", "LNA"],
      reason: "Both parties are concerned by the withdrawal.",
    });
    await releaseViolation(ctx.deps, actors, incidentId, "LNA");
    const lna = await breachOf("liaisonLna");
    expect(lna.status).toBe(200);
    expect(lna.breachOf).toEqual(named);
    const gna = await breachOf("liaisonGna");
    expect(gna.status).toBe(200);
    expect(gna.breachOf).toBeNull();
    expect(gna.raw).not.toContain(canary);
    expect(gna.raw).not.toContain(c.body.reference);
    expect(gna.raw).not.toContain(c.body.id);
    // The incident's own title names no commitment: it is made up from the category.
    expect(JSON.parse(gna.raw)).toMatchObject({ titleGenerated: true, category: "E1" });
  });
});
