import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";

describeEachEngine("reports API", (ctx) => {
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    tokens = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
  });

  it("a party liaison files a complaint and gets a tracking id", async () => {
    const res = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonGna,
      body: reportJson({ allegedParty: "LNA" }),
    });
    expect(res.status).toBe(201);
    expect(res.body.trackingId).toMatch(/^R-\d{6}$/);
    expect(res.body.submitterParty).toBe("GNA");
    expect(res.body.allegedParty).toBe("LNA");
    expect(res.body.status).toBe("received");
  });

  it("a retry with the same Idempotency-Key returns the same report and never a duplicate", async () => {
    const headers = { "idempotency-key": "liaison-lna-0001-retry" };
    const body = reportJson({ description: "قصف عشوائي على منطقة عين زارة", language: "ar" });
    const first = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonLna,
      body,
      headers,
    });
    const second = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonLna,
      body,
      headers,
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    const list = await call(app, "GET", "/api/v1/reports?limit=200", { token: tokens.liaisonLna });
    expect(list.body.items.filter((r: { id: string }) => r.id === first.body.id)).toHaveLength(1);
    expect(second.body.description).toBe("قصف عشوائي على منطقة عين زارة");
  });

  it("the same Idempotency-Key with a different body is refused", async () => {
    const headers = { "idempotency-key": "liaison-lna-0002-reuse" };
    await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonLna,
      body: reportJson(),
      headers,
    });
    const res = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonLna,
      body: reportJson({ category: "A1" }),
      headers,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("idempotency_key_reused");
  });

  it("the public may file without login and learns only the receipt", async () => {
    const res = await call(app, "POST", "/api/v1/reports", {
      body: reportJson({ sourceKind: "public" }),
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(["id", "receivedAt", "status", "trackingId"]);
    const read = await call(app, "GET", `/api/v1/reports/${res.body.id}`);
    expect(read.status).toBe(401);
  });

  it("the public cannot file a party complaint", async () => {
    const res = await call(app, "POST", "/api/v1/reports", { body: reportJson() });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("source_kind_not_allowed");
  });

  it("a party liaison cannot see the other party's complaint", async () => {
    const filed = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonLna,
      body: reportJson({ allegedParty: "GNA" }),
    });
    const direct = await call(app, "GET", `/api/v1/reports/${filed.body.id}`, {
      token: tokens.liaisonGna,
    });
    expect(direct.status).toBe(404);
    expect(direct.body.error.code).toBe("report_not_found");
    const list = await call(app, "GET", "/api/v1/reports?limit=200", { token: tokens.liaisonGna });
    expect(
      list.body.items.every((r: { submitterParty: string }) => r.submitterParty === "GNA"),
    ).toBe(true);
    const own = await call(app, "GET", `/api/v1/reports/${filed.body.id}`, {
      token: tokens.liaisonLna,
    });
    expect(own.status).toBe(200);
  });

  it.each([
    ["malformed JSON", "{not json", 400, "invalid_json"],
    ["an unknown field", { ...reportJson(), colour: "red" }, 400, "validation_failed"],
    [
      "a wrong type",
      { ...reportJson(), location: { lat: "north", lon: 13 } },
      400,
      "validation_failed",
    ],
    [
      "latitude out of range",
      reportJson({ location: { lat: 132.8, lon: 13.2 } }),
      400,
      "validation_failed",
    ],
    ["an unknown category", reportJson({ category: "Z9" }), 400, "validation_failed"],
    [
      "an event before 1900",
      reportJson({ occurredFrom: "1899-12-31T00:00:00Z" }),
      400,
      "impossible_time",
    ],
    [
      "an event after receipt",
      reportJson({ occurredTo: "2999-01-01T00:00:00Z" }),
      400,
      "impossible_time",
    ],
    [
      "a window that ends before it starts",
      reportJson({ occurredFrom: "2020-01-15T00:00:00Z" }),
      400,
      "impossible_time",
    ],
    ["a NUL character", reportJson({ description: "a\u0000b" }), 400, "validation_failed"],
    [
      "no location and no place name",
      { ...reportJson(), location: undefined },
      400,
      "validation_failed",
    ],
  ])("bad input — %s — gets a clear 4xx and writes nothing", async (_name, body, status, code) => {
    const before = await ctx.deps.db
      .selectFrom("reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const res = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonGna,
      body,
      headers: typeof body === "string" ? { "content-type": "application/json" } : {},
    });
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeGreaterThan(10);
    const after = await ctx.deps.db
      .selectFrom("reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("an oversized body is refused with 413", async () => {
    const res = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonGna,
      body: reportJson({ description: "x".repeat(300_000) }),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });
});
