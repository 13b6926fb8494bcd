/**
 * Text the database cannot store as sent — a NUL character, half of a surrogate pair — is a 400
 * naming the field, on every kind of free-text field, never a 500 (found in review: a lone
 * surrogate in a report's description was a 500 on the one-statement intake path, and stored
 * changed on the other; a NUL in a finding's narrative or a login name was a 500).
 */
import { readFileSync } from "node:fs";
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

describeEachEngine(
  "unstorable text in any parameter of any operation, and bodies nested deep",
  (ctx) => {
    // One guard for every route (src/http/unstorable.ts): each GET operation's string query
    // parameters, sent with a NUL, as a role that may call it, is a 400 and never a 5xx.
    let app: FastifyInstance;
    let t: Record<TestUserName, string>;
    beforeAll(async () => {
      t = await loginAll(ctx.deps, await seedActors(ctx.deps));
      app = await testApp(ctx);
    });

    it("is a 400 validation_failed naming the parameter", async () => {
      const doc = JSON.parse(readFileSync("docs/openapi.json", "utf8")) as {
        paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
      };
      let tried = 0;
      for (const [path, ops] of Object.entries(doc.paths)) {
        const get = ops.get;
        if (!get || path.includes("{")) continue;
        for (const p of (get.parameters ?? []).filter((x) => x.in === "query")) {
          const res = await call(app, "GET", `${path}?${p.name}=a%00b`, { token: t.admin });
          expect(res.status, `${path}?${p.name}`).toBeLessThan(500);
          if (res.status === 400) tried++;
        }
      }
      expect(tried).toBeGreaterThan(20);
      const refused = await call(app, "GET", "/api/v1/audit?subject=a%00b", { token: t.auditor });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe("validation_failed");

      // A key no schema checks: the section key of a report product's added text (it reached the
      // service, which answered an unknown section, 404).
      const draft = await call(app, "POST", "/api/v1/products", {
        token: t.analyst,
        body: { kind: "daily", classification: "parties", day: "2020-01-14" },
      });
      expect(draft.status).toBe(201);
      const edited = await call(app, "PATCH", `/api/v1/products/${draft.body.id}`, {
        token: t.analyst,
        body: { added: { "introduction\u0000": { en: "A note", ar: "ملاحظة" } } },
      });
      expect(edited.status).toBe(400);
      expect(edited.body.error.details.issues[0].field).toBe("added.introduction\u0000");
    });

    // The reliability suite's fuzzer sent bodies nested thousands deep: the guard walked them by
    // recursion and overflowed the stack (500s on every route with a body).
    it("a body nested thousands deep is a 400, never a stack overflow", async () => {
      const deepArray = "[".repeat(20_000) + "]".repeat(20_000);
      const deepObject = '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000);
      for (const [token, url] of [
        [t.liaisonGna, "/api/v1/reports"],
        [t.admin, "/api/v1/admin/emergency/read-only"],
        [undefined, "/api/v1/auth/login"],
      ] as const) {
        for (const payload of [deepArray, deepObject]) {
          const res = await app.inject({
            method: "POST",
            url,
            headers: {
              "content-type": "application/json",
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            payload,
          });
          expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(400);
          expect(JSON.parse(res.body).error.code).toBe("validation_failed");
        }
      }
      // A request nested as deep as a GeoJSON collection is not refused for its depth.
      const geometry = {
        type: "FeatureCollection",
        features: [
          { type: "Feature", geometry: { type: "MultiPolygon", coordinates: [[[[13, 32]]]] } },
        ],
      };
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/reports",
        headers: { "content-type": "application/json", authorization: `Bearer ${t.liaisonGna}` },
        payload: JSON.stringify({ ...reportJson({ allegedParty: "LNA" }), unknown: geometry }),
      });
      expect(res.body).not.toContain("levels deep");
    });
  },
);
