/**
 * Text the database cannot store as sent — a NUL character, half of a surrogate pair — is a 400
 * naming the field, on every kind of free-text field, never a 500 (found in review: a lone
 * surrogate in a report's description was a 500 on the one-statement intake path, and stored
 * changed on the other; a NUL in a finding's narrative or a login name was a 500).
 */
import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../test/api.js";
import { countRows, describeEachEngine } from "../../test/db.js";
import { findingInput, loginAll, seedActors, type TestUserName } from "../../test/fixtures.js";

const UNSTORABLE = ["x\u0000y", "x\ud800y", "x\udc00y", "\udfff"];

describeEachEngine("text the database cannot store", (ctx) => {
  let app: FastifyInstance;
  let t: Record<TestUserName, string>;
  let incidentId: string;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
    const filed = await call(app, "POST", "/api/v1/reports", {
      token: t.liaisonGna,
      body: reportJson({ allegedParty: "LNA" }),
    });
    const opened = await call(app, "POST", "/api/v1/incidents", {
      token: t.intake,
      body: { reportIds: [filed.body.id] },
    });
    incidentId = opened.body.id;
    // Where a finding may be recorded, so that a bad narrative would reach the database.
    for (const [token, to] of [
      [t.intake, "triaged"],
      [t.analyst, "under_verification"],
    ] as const) {
      const moved = await call(app, "POST", `/api/v1/incidents/${incidentId}/transitions`, {
        token,
        body: { to },
      });
      expect(moved.status).toBe(200);
    }
  });

  const expectRefused = (res: { status: number; body: { error: { code: string } } }) => {
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
  };

  it("in a report, a finding's narrative or provisions, and a login name", async () => {
    const reports = await countRows(ctx.deps.db, "reports");
    for (const bad of UNSTORABLE) {
      // Twice: the first report of a process and the next ones take different paths.
      for (let i = 0; i < 2; i++) {
        expectRefused(
          await call(app, "POST", "/api/v1/reports", {
            token: t.liaisonGna,
            body: reportJson({ allegedParty: "LNA", description: bad }),
          }),
        );
      }
      for (const body of [
        findingInput({ publicNarrative: bad }),
        findingInput({ restrictedNarrative: bad }),
        findingInput({ provisions: [bad] }),
      ]) {
        expectRefused(
          await call(app, "POST", `/api/v1/incidents/${incidentId}/findings`, {
            token: t.analyst,
            body,
          }),
        );
      }
      expectRefused(
        await call(app, "POST", "/api/v1/auth/login", {
          body: { username: `analyst${bad}`, password: "whatever it is" },
        }),
      );
    }
    expect(await countRows(ctx.deps.db, "reports")).toBe(reports);
    expect(await countRows(ctx.deps.db, "findings")).toBe(0);
  });
});
