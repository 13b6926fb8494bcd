import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { createAgreementForTest } from "../../../test/agreements.js";
import { call, testApp } from "../../../test/api.js";
import { commitmentJson } from "../../../test/commitments.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";

describeEachEngine("commitment routes", (ctx) => {
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;
  const as = (who: TestUserName) => ({ token: tokens[who] });

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
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
    const pub = await board(null);
    expect(pub.status).toBe(200);
    expect(pub.body.all.total).toBe(1);
  });

  it("a monitor records progress; a party's observation omits sources; the liaison may not record", async () => {
    const c = await call(app, "POST", "/api/v1/commitments", {
      ...as("chief"),
      body: commitmentJson({ obligatedParties: ["GNA"] }),
    });
    const body = {
      observedAt: "2020-01-15T07:00:00Z",
      noteAr: "بدأ الانسحاب من الخط",
      verificationLevel: "V3",
      source: "Patrol 4, Abu Grein",
      showsStatus: "in_progress",
    };
    const o = await call(app, "POST", `/api/v1/commitments/${c.body.id}/observations`, {
      ...as("monitor"),
      body,
    });
    expect(o.status).toBe(201);
    expect(o.body.source).toBe("Patrol 4, Abu Grein");
    const liaison = await call(app, "POST", `/api/v1/commitments/${c.body.id}/observations`, {
      ...as("liaisonGna"),
      body,
    });
    expect(liaison.status).toBe(403);
    const seen = await call(app, "GET", `/api/v1/commitments/${c.body.id}`, as("liaisonGna"));
    expect(seen.body.observations).toHaveLength(1);
    expect(seen.raw).not.toContain("Patrol 4");
  });
});
