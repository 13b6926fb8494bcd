import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notFoundHandler } from "./errors.js";
import { registerWebApp } from "./web.js";

async function appServing(root: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.setNotFoundHandler(notFoundHandler);
  app.get("/api/v1/health", async () => ({ ok: true }));
  await registerWebApp(app, { root });
  await app.ready();
  return app;
}

describe("serving the web app", () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cfm-web-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log(1)");
    writeFileSync(join(dir, "favicon.svg"), "<svg/>");
    app = await appServing(dir);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves index.html at / and makes the browser revalidate it", async () => {
    const res = await app.inject({ url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<title>app</title>");
    expect(res.headers["cache-control"]).toBe("no-cache");
  });

  it("caches hashed assets for a year", async () => {
    const res = await app.inject({ url: "/assets/index-abc123.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const icon = await app.inject({ url: "/favicon.svg" });
    expect(icon.headers["cache-control"]).toBe("no-cache");
  });

  it("answers the app's own paths with index.html", async () => {
    for (const url of ["/reports", "/incidents/7b0c5a52-2d2b-4a8e-9a56-0c1e9f6f0b11", "/map?x=1"]) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain("<title>app</title>");
      expect(res.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("keeps an unknown API path a JSON route_not_found", async () => {
    const res = await app.inject({ url: "/api/v1/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: "route_not_found" } });
    expect((await app.inject({ url: "/api/v1/health" })).json()).toEqual({ ok: true });
  });

  it("does not answer a missing file with index.html", async () => {
    const res = await app.inject({ url: "/assets/gone-123.js" });
    expect(res.statusCode).toBe(404);
  });

  it("says how to build the app when it has not been built", async () => {
    const empty = mkdtempSync(join(tmpdir(), "cfm-web-empty-"));
    const bare = await appServing(empty);
    try {
      const res = await bare.inject({ url: "/" });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("npm run build:web");
      expect((await bare.inject({ url: "/reports" })).body).toContain("npm run build:web");
      expect((await bare.inject({ url: "/api/v1/nope" })).statusCode).toBe(404);
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
