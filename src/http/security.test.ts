import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson } from "../../test/api.js";
import { describeEachEngine } from "../../test/db.js";
import { PASSWORD, seedActors } from "../../test/fixtures.js";
import { listAudit } from "../services/audit.js";
import { UNDER_ATTACK_FAILURES } from "../services/login-throttle.js";
import { readInbox } from "../services/notifications.js";
import { buildApp } from "./app.js";

const NO_LIMITS = { loginPerMinute: 1000, publicReportsPerHour: 1000 };

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
  const loginFrom = (remoteAddress: string, username: string, password: string, a = app) =>
    call(a, "POST", "/api/v1/auth/login", { body: { username, password }, remoteAddress });

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

    it("locks out the guessing address, never the owner at another one", async () => {
      for (let i = 0; i < 5; i++) await loginFrom("203.0.113.9", "monitor", "wrong password");
      const locked = await loginFrom("203.0.113.9", "monitor", PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe("account_locked");
      expect(Number(locked.headers["retry-after"])).toBe(15 * 60);
      expect((await loginFrom("198.51.100.20", "monitor", PASSWORD)).status).toBe(200);
      // The owner's success does not unlock the stranger's address.
      expect((await loginFrom("203.0.113.9", "monitor", PASSWORD)).body.error.code).toBe(
        "account_locked",
      );
    });

    it("slows addresses the owner never used while an account is under attack, and tells the administrators once", async () => {
      ctx.clock.advance(16 * 60_000);
      // The owner logs in from home once: a known address.
      expect((await loginFrom("192.0.2.50", "chief", PASSWORD)).status).toBe(200);
      for (let i = 0; i < UNDER_ATTACK_FAILURES; i++) {
        const res = await loginFrom(`203.0.113.${100 + i}`, "chief", `guess ${i}`);
        expect(res.body.error.code).toBe("invalid_credentials");
      }
      // A new address waits; the owner's known address does not.
      const slowed = await loginFrom("203.0.113.250", "chief", PASSWORD);
      expect(slowed.status).toBe(429);
      expect(slowed.body.error.code).toBe("login_throttled");
      const wait = Number(slowed.headers["retry-after"]);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      expect((await loginFrom("192.0.2.50", "chief", PASSWORD)).status).toBe(200);
      // Once its wait has passed, a new address may try again (the owner travelling, say).
      ctx.clock.advance(wait * 1000);
      expect((await loginFrom("203.0.113.250", "chief", PASSWORD)).status).toBe(200);
      // A further wrong guess from elsewhere: told again, and the wait grows.
      await loginFrom("203.0.113.251", "chief", "guess again");
      const again = await loginFrom("203.0.113.252", "chief", "guess again");
      expect(again.body.error.code).toBe("login_throttled");

      const admin = await ctx.deps.db
        .selectFrom("users")
        .select("id")
        .where("username", "=", "admin")
        .executeTakeFirstOrThrow();
      const inbox = await readInbox(
        ctx.deps,
        { kind: "user", userId: admin.id, username: "admin", role: "admin", party: null },
        { limit: 50 },
      );
      const told = inbox.items.filter((n) => n.kind === "account.under_attack");
      expect(told).toHaveLength(1);
      expect(told[0]!.params.user).toBe("chief");
      const audited = (await listAudit(ctx.deps.db, { limit: 1000 })).filter(
        (e) => e.action === "auth.account_under_attack",
      );
      expect(audited).toHaveLength(1);
      // No party's liaison is told of the mission's accounts.
      const liaison = await ctx.deps.db
        .selectFrom("users")
        .select("id")
        .where("username", "=", "liaisongna")
        .executeTakeFirstOrThrow();
      const theirs = await readInbox(
        ctx.deps,
        { kind: "user", userId: liaison.id, username: "liaisongna", role: "liaison", party: "gna" },
        { limit: 50 },
      );
      expect(theirs.items.filter((n) => n.kind === "account.under_attack")).toEqual([]);
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

  it("counts a client's logins on every server of the database together", async () => {
    const limits = { loginPerMinute: 3, publicReportsPerHour: 100 };
    const one = await buildApp(ctx.deps, { engine: ctx.engine, rateLimits: limits });
    const two = await buildApp(ctx.deps, { engine: ctx.engine, rateLimits: limits });
    const at = (a: FastifyInstance) => loginFrom("192.0.2.151", "analyst", PASSWORD, a);
    expect((await at(one)).status).toBe(200);
    expect((await at(two)).status).toBe(200);
    expect((await at(one)).status).toBe(200);
    const fourth = await at(two);
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe("rate_limited");
    // Another address has its own count.
    expect((await loginFrom("192.0.2.152", "analyst", PASSWORD, two)).status).toBe(200);
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

  it("tells browsers and proxies to keep no API answer", async () => {
    expect((await call(app, "GET", "/api/v1/health")).headers["cache-control"]).toBe("no-store");
    const res = await login("nobody", "nothing");
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  describe("behind a reverse proxy", () => {
    it("believes X-Forwarded-For and -Proto only from the proxies it is told to trust", async () => {
      const behind = await buildApp(ctx.deps, {
        engine: ctx.engine,
        rateLimits: { loginPerMinute: 1000, publicReportsPerHour: 100 },
        trustProxy: "127.0.0.1",
      });
      const from = (client: string, password: string, proto = "http") =>
        call(behind, "POST", "/api/v1/auth/login", {
          body: { username: "auditor", password },
          headers: { "x-forwarded-for": client, "x-forwarded-proto": proto },
        });
      for (let i = 0; i < 5; i++) await from("203.0.113.40", "wrong password");
      expect((await from("203.0.113.40", PASSWORD)).body.error.code).toBe("account_locked");
      // Another client behind the same proxy is not locked out.
      const ok = await from("198.51.100.41", PASSWORD, "https");
      expect(ok.status).toBe(200);
      expect(String(ok.headers["set-cookie"])).toMatch(/;\s*Secure/i);
      expect(String((await from("198.51.100.41", PASSWORD)).headers["set-cookie"])).not.toMatch(
        /Secure/i,
      );
      // Without trust, the header is the client's own word: every client is the proxy's address.
      const untrusted = (client: string) =>
        call(app, "POST", "/api/v1/auth/login", {
          body: { username: "auditor", password: PASSWORD },
          headers: { "x-forwarded-for": client, "x-forwarded-proto": "https" },
          remoteAddress: "192.0.2.77",
        });
      const plain = await untrusted("198.51.100.42");
      expect(plain.status).toBe(200);
      expect(String(plain.headers["set-cookie"])).not.toMatch(/Secure/i);
    });

    it("marks the cookie Secure always, or when the public address is https://", async () => {
      for (const opts of [
        { secureCookies: "always" as const },
        { publicUrl: "https://monitor.example.org" },
      ]) {
        // The login counter is the database's, shared with the apps above: not what this tests.
        const a = await buildApp(ctx.deps, { engine: ctx.engine, rateLimits: NO_LIMITS, ...opts });
        const res = await login("auditor", PASSWORD, a);
        expect(String(res.headers["set-cookie"])).toMatch(/;\s*Secure/i);
      }
      const never = await buildApp(ctx.deps, {
        engine: ctx.engine,
        rateLimits: NO_LIMITS,
        trustProxy: true,
        secureCookies: "never",
      });
      const res = await call(never, "POST", "/api/v1/auth/login", {
        body: { username: "auditor", password: PASSWORD },
        headers: { "x-forwarded-proto": "https" },
      });
      expect(String(res.headers["set-cookie"])).not.toMatch(/Secure/i);
    });
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
