import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { createAgreement } from "../../services/agreements.js";

describeEachEngine("agreements API", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    await createAgreement(ctx.deps, actors.chief, {
      code: "TRUCE-1",
      titleEn: "Test truce",
      titleAr: "هدنة تجريبية",
      signedAt: null,
      entryIntoForce: new Date("2020-01-11T22:00:00Z"),
      provisions: [
        {
          code: "TRUCE-1/10",
          textEn: "Reopen the roads",
          textAr: "فتح الطرق",
          obligatedParties: ["GNA", "LNA"],
        },
        {
          code: "TRUCE-1/2",
          textEn: "Cease all fire",
          textAr: "وقف إطلاق النار",
          obligatedParties: ["GNA", "LNA"],
        },
      ],
    });
    app = await testApp(ctx);
  });

  it("the public (no login) gets 401", async () => {
    const res = await call(app, "GET", "/api/v1/agreements");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });

  it("lists each agreement with its provisions in clause order", async () => {
    const res = await call(app, "GET", "/api/v1/agreements", { token: t.analyst });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    const [a] = res.body.items;
    expect(a).toMatchObject({
      code: "TRUCE-1",
      titleAr: "هدنة تجريبية",
      signedAt: null,
      entryIntoForce: "2020-01-11T22:00:00.000Z",
    });
    expect(a.provisions.map((p: { code: string }) => p.code)).toEqual(["TRUCE-1/2", "TRUCE-1/10"]);
    expect(a.provisions[0].obligatedParties).toEqual(["GNA", "LNA"]);
  });

  it("a party liaison gets the same list as anyone: agreements are public texts", async () => {
    const mission = await call(app, "GET", "/api/v1/agreements", { token: t.chief });
    for (const who of ["liaisonGna", "liaisonLna", "commission", "auditor", "monitor"] as const) {
      const res = await call(app, "GET", "/api/v1/agreements", { token: t[who] });
      expect(res.status, who).toBe(200);
      expect(res.body, who).toEqual(mission.body);
    }
  });
});

describeEachEngine("agreements administration API", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;

  beforeAll(async () => {
    t = await loginAll(ctx.deps, await seedActors(ctx.deps));
    app = await testApp(ctx);
  });

  const agreementBody = {
    code: "TRUCE-2",
    titleEn: "Truce",
    titleAr: "هدنة",
    signedAt: null,
    entryIntoForce: "2020-01-12T00:00:00Z",
    authoritativeLanguage: "ar",
    provisions: [{ code: "TRUCE-2/1", textEn: "Hold", textAr: "توقف", obligatedParties: ["GNA"] }],
  };

  it("the chief records an agreement, revises a provision and reads its history", async () => {
    const created = await call(app, "POST", "/api/v1/agreements", {
      token: t.chief,
      body: agreementBody,
    });
    expect(created.status).toBe(201);
    expect(created.body.authoritativeLanguage).toBe("ar");
    const id = created.body.provisions[0].id;
    const revised = await call(app, "POST", `/api/v1/provisions/${id}/versions`, {
      token: t.chief,
      body: { textEn: "Hold fire", textAr: "توقف", obligatedParties: ["GNA"], reason: "Fix." },
    });
    expect(revised.status).toBe(201);
    expect(revised.body.version).toBe(2);
    const history = await call(app, "GET", `/api/v1/provisions/${id}/versions`, {
      token: t.liaisonLna,
    });
    expect(history.body.versions.map((v: { textEn: string }) => v.textEn)).toEqual([
      "Hold",
      "Hold fire",
    ]);
    // The system's occasion is a kind the interface words; a person's reason is as written.
    expect(
      history.body.versions.map((v: Record<string, unknown>) => [
        v.reasonKind,
        v.reason,
        v.importedFrom,
      ]),
    ).toEqual([
      ["first_recorded", null, null],
      ["stated", "Fix.", null],
    ]);
  });

  it("a liaison may not edit; bad input names the field", async () => {
    const liaison = await call(app, "POST", "/api/v1/agreements", {
      token: t.liaisonGna,
      body: { ...agreementBody, code: "TRUCE-3" },
    });
    expect(liaison.status).toBe(403);
    const bad = await call(app, "POST", "/api/v1/agreements", {
      token: t.chief,
      body: { ...agreementBody, code: "TRUCE-4", entryIntoForce: "soon" },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toMatch(/entryIntoForce/);
  });

  it("an import with a problem answers 400 with the file's line", async () => {
    const res = await call(app, "POST", "/api/v1/agreements/import", {
      token: t.admin,
      body: { fileName: "agreements.json", text: '[\n  { "code": "A" }\n]' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.details.problems[0]).toMatchObject({ file: "agreements.json", line: 2 });
    expect(res.body.error.message).toMatch(/^agreements\.json:2:3: /);
  });
});
