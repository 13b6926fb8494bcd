import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, PASSWORD, seedActors, type TestUserName } from "../../../test/fixtures.js";

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
    expect(Object.keys(res.body).sort()).toEqual([
      "id",
      "receiptCode",
      "receivedAt",
      "status",
      "trackingId",
    ]);
    const read = await call(app, "GET", `/api/v1/reports/${res.body.id}`);
    expect(read.status).toBe(401);
  });

  it("an expired session is treated as no login", async () => {
    const at = ctx.clock();
    ctx.clock.advance(13 * 3600_000);
    const res = await call(app, "GET", "/api/v1/reports", { token: tokens.liaisonGna });
    ctx.clock.set(at);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
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

  describe("listing", () => {
    beforeAll(async () => {
      ctx.clock.set("2020-04-01T00:00:00Z");
      // sessions last 12 hours: log in again at the new time
      for (const name of ["intake", "liaisonGna"] as const) {
        const res = await call(app, "POST", "/api/v1/auth/login", {
          body: { username: name.toLowerCase(), password: PASSWORD },
        });
        tokens[name] = res.body.token;
      }
      const base = { token: tokens.intake };
      const bodies = [
        reportJson({
          sourceKind: "media",
          category: "A4",
          occurredFrom: "2020-02-01T10:00:00Z",
          occurredTo: "2020-02-01T11:00:00Z",
        }),
        reportJson({
          sourceKind: "media",
          category: "A4",
          occurredFrom: "2020-03-01T10:00:00Z",
          occurredTo: "2020-03-01T11:00:00Z",
        }),
        reportJson({
          sourceKind: "sensor",
          category: "B4",
          occurredFrom: "2020-03-02T10:00:00Z",
          occurredTo: "2020-03-02T11:00:00Z",
        }),
      ];
      for (const body of bodies) {
        ctx.clock.advance(1000);
        const res = await call(app, "POST", "/api/v1/reports", { ...base, body });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      }
    });

    it("filters by time window, category and source kind", async () => {
      const feb = await call(
        app,
        "GET",
        "/api/v1/reports?from=2020-02-01T00:00:00Z&to=2020-02-29T23:59:59Z",
        { token: tokens.intake },
      );
      expect(feb.body.items.map((r: { category: string }) => r.category)).toEqual(["A4"]);
      const a4 = await call(app, "GET", "/api/v1/reports?category=A4&sourceKind=media", {
        token: tokens.intake,
      });
      expect(a4.body.items).toHaveLength(2);
      const sensor = await call(app, "GET", "/api/v1/reports?sourceKind=sensor&status=received", {
        token: tokens.intake,
      });
      expect(sensor.body.items).toHaveLength(1);
    });

    it("pages with a cursor, newest first, without gaps or repeats", async () => {
      const all = await call(app, "GET", "/api/v1/reports?limit=200", { token: tokens.intake });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await call(
          app,
          "GET",
          `/api/v1/reports?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
          { token: tokens.intake },
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((r: { id: string }) => r.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.body.items.map((r: { id: string }) => r.id));
    });

    it("a forged cursor is a 400, not a 500", async () => {
      const res = await call(app, "GET", "/api/v1/reports?cursor=bm90LWEtY3Vyc29y", {
        token: tokens.intake,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    });

    it("a party liaison's filters never reach the other party's complaints", async () => {
      for (const q of [
        "",
        "?category=A3",
        "?sourceKind=party_complaint",
        "?status=received",
        "?from=2000-01-01T00:00:00Z",
      ]) {
        const res = await call(app, "GET", `/api/v1/reports${q}${q ? "&" : "?"}limit=200`, {
          token: tokens.liaisonGna,
        });
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeGreaterThan(0);
        for (const r of res.body.items) expect(r.submitterParty).toBe("GNA");
      }
    });

    it("mission-internal fields are not shown to a party liaison", async () => {
      const res = await call(app, "GET", "/api/v1/reports?limit=1", { token: tokens.liaisonGna });
      expect(res.body.items[0]).not.toHaveProperty("submittedBy");
      expect(res.body.items[0]).not.toHaveProperty("sourceGrade");
    });
  });
});
