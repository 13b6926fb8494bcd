import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson } from "../../test/api.js";
import { describeEachEngine } from "../../test/db.js";
import { PASSWORD, seedActors } from "../../test/fixtures.js";
import { listAudit } from "../services/audit.js";
import { buildApp } from "./app.js";

describeEachEngine("HTTP hardening", (ctx) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    await seedActors(ctx.deps);
    app = await buildApp(ctx.deps, {
      engine: ctx.engine,
      rateLimits: { loginPerMinute: 1000, publicReportsPerHour: 2 },
    });
  });

  const login = (username: string, password: string, a = app) =>
    call(a, "POST", "/api/v1/auth/login", { body: { username, password } });

  it("sends strict security headers and a content security policy", async () => {
    const res = await call(app, "GET", "/api/v1/health");
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toContain("max-age=");
    expect(res.headers["referrer-policy"]).toBe("same-origin");
  });

  describe("login", () => {
    it("locks an account after five failed logins, audits each failure, and unlocks after 15 minutes", async () => {
      for (let i = 0; i < 5; i++)
        expect((await login("reviewer", "wrong password")).body.error.code).toBe(
          "invalid_credentials",
        );
      const locked = await login("reviewer", PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe("account_locked");
      const failures = (await listAudit(ctx.deps.db, { limit: 1000 })).filter(
        (e) => e.action === "auth.login_failed",
      );
      expect(failures.length).toBeGreaterThanOrEqual(5);
      ctx.clock.advance(16 * 60_000);
      expect((await login("reviewer", PASSWORD)).status).toBe(200);
    });

    it("answers an unknown username exactly like a wrong password, lockout included", async () => {
      const res = await login("nobody-here", "whatever");
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("invalid_credentials");
      for (let i = 0; i < 5; i++) await login("nobody-here", "whatever");
      expect((await login("nobody-here", "whatever")).body.error.code).toBe("account_locked");
    });

    it("rate-limits login attempts per client address", async () => {
      const strict = await buildApp(ctx.deps, {
        engine: ctx.engine,
        rateLimits: { loginPerMinute: 2, publicReportsPerHour: 100 },
      });
      await login("analyst", PASSWORD, strict);
      await login("analyst", PASSWORD, strict);
      const res = await login("analyst", PASSWORD, strict);
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe("rate_limited");
    });
  });

  it("rate-limits the public intake, not logged-in users", async () => {
    const pub = reportJson({ sourceKind: "public" });
    expect((await call(app, "POST", "/api/v1/reports", { body: pub })).status).toBe(201);
    expect((await call(app, "POST", "/api/v1/reports", { body: pub })).status).toBe(201);
    const third = await call(app, "POST", "/api/v1/reports", { body: pub });
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe("rate_limited");
    const token = (await login("liaisongna", PASSWORD)).body.token;
    for (let i = 0; i < 3; i++)
      expect(
        (await call(app, "POST", "/api/v1/reports", { token, body: reportJson() })).status,
      ).toBe(201);
  });

  describe("CSRF", () => {
    let cookie: string;
    beforeAll(async () => {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: "liaisonlna", password: PASSWORD },
      });
      cookie = String(res.headers["set-cookie"]).split(";")[0]!;
      expect(String(res.headers["set-cookie"])).toMatch(/HttpOnly/i);
      expect(String(res.headers["set-cookie"])).toMatch(/SameSite=Strict/i);
    });
    const post = (headers: Record<string, string>) =>
      app.inject({
        method: "POST",
        url: "/api/v1/reports",
        headers: { cookie, ...headers },
        payload: reportJson(),
      });

    it("refuses a cookie-authenticated change that does not come from this site", async () => {
      const none = await post({});
      expect(none.statusCode).toBe(403);
      expect(none.json().error.code).toBe("csrf_rejected");
      const evil = await post({ origin: "https://evil.example" });
      expect(evil.statusCode).toBe(403);
    });

    it("accepts it from this site's own pages", async () => {
      const ok = await post({ origin: "http://localhost:80", host: "localhost:80" });
      expect(ok.statusCode).toBe(201);
    });

    it("reads with the cookie need no origin", async () => {
      const res = await app.inject({ method: "GET", url: "/api/v1/reports", headers: { cookie } });
      expect(res.statusCode).toBe(200);
    });
  });
});
