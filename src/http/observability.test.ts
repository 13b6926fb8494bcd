import { randomUUID } from "node:crypto";
import { createServer, type AddressInfo, type Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, testApp } from "../../test/api.js";
import { describeEachEngine } from "../../test/db.js";
import { checkReady } from "../services/health.js";
import { openDatabase } from "../store/database.js";
import { buildApp } from "./app.js";

const METRICS_TOKEN = "metrics-token-for-the-test";

describeEachEngine("observability", (ctx) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await testApp(ctx);
  });

  describe("request ids", () => {
    it.each([
      ["an unknown route (404)", "GET", "/api/v1/no-such-thing", undefined, 404],
      ["a body that is not valid (400)", "POST", "/api/v1/auth/login", {}, 400],
      ["a request without a session (401)", "GET", "/api/v1/auth/me", undefined, 401],
    ] as const)("answers %s with the same id in the header and the body", async (...args) => {
      const [, method, url, body, status] = args;
      const res = await call(app, method, url, body === undefined ? {} : { body });
      expect(res.status).toBe(status);
      const id = res.headers["x-request-id"];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.error.requestId).toBe(id);
    });

    it("sends the id on a successful answer too, a new one for each request", async () => {
      const a = await call(app, "GET", "/api/v1/health/live");
      const b = await call(app, "GET", "/api/v1/health/live");
      expect(a.headers["x-request-id"]).toBeTruthy();
      expect(a.headers["x-request-id"]).not.toBe(b.headers["x-request-id"]);
    });

    it("keeps a proxy's well-formed id, to follow one request across servers", async () => {
      const res = await call(app, "GET", "/api/v1/no-such-thing", {
        headers: { "x-request-id": "edge-7f3a.01_B" },
      });
      expect(res.headers["x-request-id"]).toBe("edge-7f3a.01_B");
      expect(res.body.error.requestId).toBe("edge-7f3a.01_B");
    });

    it.each([
      ["too long", "a".repeat(65)],
      ["too short", "abc"],
      ["with spaces", "id with spaces"],
      ["with a forged log line", "abcdefgh\nlevel=error msg=forged"],
      ["with quotes", 'abcdefgh"}'],
    ])("replaces an incoming id %s with a random one", async (_what, hostile) => {
      const res = await call(app, "GET", "/api/v1/auth/me", {
        headers: { "x-request-id": hostile },
      });
      expect(res.status).toBe(401);
      expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.error.requestId).toBe(res.headers["x-request-id"]);
    });
  });

  describe("liveness and readiness", () => {
    it("is live and ready on a database that answers", async () => {
      expect(await call(app, "GET", "/api/v1/health/live")).toMatchObject({
        status: 200,
        body: { status: "ok" },
      });
      expect(await call(app, "GET", "/api/v1/health/ready")).toMatchObject({
        status: 200,
        body: { status: "ready" },
      });
    });

    it("is live but not ready (503 not_ready) when the database cannot be reached", async () => {
      // Nothing listens on port 1: every connection is refused at once.
      const gone = await openDatabase({
        engine: "postgres",
        url: "postgres://cfm@127.0.0.1:1/cfm",
        startTimeoutMs: 0,
      });
      const cut = await buildApp({ ...ctx.deps, db: gone.db }, { engine: "postgres" });
      expect((await call(cut, "GET", "/api/v1/health/live")).status).toBe(200);
      const ready = await call(cut, "GET", "/api/v1/health/ready");
      expect(ready.status).toBe(503);
      expect(ready.body.error.code).toBe("not_ready");
      expect(ready.body.error.requestId).toBe(ready.headers["x-request-id"]);
      await cut.close();
      await gone.close();
    });

    it("is not ready when the database does not answer in time", async () => {
      // A server that accepts the connection and never says a word.
      const sockets: Socket[] = [];
      const silent = createServer((s) => sockets.push(s));
      await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
      const { port } = silent.address() as AddressInfo;
      const mute = await openDatabase({
        engine: "postgres",
        url: `postgres://cfm@127.0.0.1:${port}/cfm`,
        startTimeoutMs: 0,
      });
      await expect(checkReady({ db: mute.db }, 100)).rejects.toMatchObject({ code: "not_ready" });
      for (const s of sockets) s.destroy();
      silent.close();
      await mute.close();
    });
  });

  describe("metrics", () => {
    let metered: FastifyInstance;

    beforeAll(async () => {
      metered = await buildApp(ctx.deps, {
        engine: ctx.engine,
        metricsToken: METRICS_TOKEN,
        poolStats: ctx.database.poolStats,
      });
    });

    const scrape = () => call(metered, "GET", "/metrics", { token: METRICS_TOKEN });

    it("answers 404, like a route that does not exist, when no token is configured", async () => {
      const res = await call(app, "GET", "/metrics", { token: METRICS_TOKEN });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("route_not_found");
    });

    it("refuses a scrape without the token, or with another one", async () => {
      expect((await call(metered, "GET", "/metrics")).status).toBe(401);
      expect((await call(metered, "GET", "/metrics", { token: "x" + METRICS_TOKEN })).status).toBe(
        401,
      );
      const res = await call(metered, "GET", "/metrics", { token: "wrong" });
      expect(res.status).toBe(401);
      expect(res.raw).not.toContain("cfm_http_requests_total");
    });

    it("counts requests by route pattern, never by the path asked for", async () => {
      const count = (text: string) =>
        Number(
          /^cfm_http_requests_total\{method="GET",route="\/api\/v1\/incidents\/:id",status="4xx"\} (\d+)$/m.exec(
            text,
          )?.[1] ?? 0,
        );
      const before = count((await scrape()).raw);
      const id = randomUUID();
      expect((await call(metered, "GET", `/api/v1/incidents/${id}`)).status).toBe(401);
      const res = await scrape();
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toBe("text/plain; version=0.0.4; charset=utf-8");
      expect(count(res.raw)).toBe(before + 1);
      expect(res.raw).not.toContain(id);
      expect(res.raw).toMatch(
        /^cfm_http_request_duration_seconds_bucket\{method="GET",route="\/api\/v1\/incidents\/:id",le="\+Inf"\} \d+$/m,
      );
      for (const gauge of [
        "process_resident_memory_bytes",
        "nodejs_heap_size_used_bytes",
        "process_uptime_seconds",
        "cfm_db_pool_connections",
        "cfm_db_pool_idle_connections",
        "cfm_db_pool_waiting_queries",
        "cfm_jobs_pending",
      ])
        expect(res.raw).toMatch(new RegExp(`^${gauge} \\d+(\\.\\d+)?(e[+-]?\\d+)?$`, "m"));
    });

    it("labels an unknown path as unmatched, whatever was asked for", async () => {
      await call(metered, "GET", "/api/v1/no-such-thing/12345678");
      const res = await scrape();
      expect(res.raw).not.toContain("12345678");
      expect(res.raw).toMatch(
        /^cfm_http_requests_total\{method="GET",route="\(unmatched\)",status="4xx"\} \d+$/m,
      );
    });
  });
});
