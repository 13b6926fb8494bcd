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
