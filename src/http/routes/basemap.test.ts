import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config.js";
import type { Deps } from "../../services/deps.js";
import { buildApp } from "../app.js";
import { parseRange } from "./basemap.js";

// No database: these routes read a file and the configuration, nothing else.
const noDeps = {} as Deps;

describe("operator-supplied PMTiles basemap", () => {
  const dir = mkdtempSync(join(tmpdir(), "cfm-basemap-"));
  const file = join(dir, "libya.pmtiles");
  // 1,000 bytes whose value is their offset modulo 256: a range is easy to check.
  const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
  let withFile: FastifyInstance;
  let without: FastifyInstance;

  beforeAll(async () => {
    writeFileSync(file, bytes);
    withFile = await buildApp(noDeps, { engine: "pglite", basemapPmtiles: file });
    without = await buildApp(noDeps, { engine: "pglite" });
  });

  afterAll(async () => {
    await withFile.close();
    await without.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves a byte range of the file as 206 Partial Content", async () => {
    const res = await withFile.inject({
      method: "GET",
      url: "/basemap.pmtiles",
      headers: { range: "bytes=100-199" },
    });
    expect(res.statusCode).toBe(206);
    expect(res.headers["content-range"]).toBe("bytes 100-199/1000");
    expect(res.headers["accept-ranges"]).toBe("bytes");
    expect(res.headers.etag).toBeTruthy();
    expect(res.rawPayload.equals(bytes.subarray(100, 200))).toBe(true);
  });

  it("serves the whole file without a range, and 416 for a range past its end", async () => {
    const whole = await withFile.inject({ method: "GET", url: "/basemap.pmtiles" });
    expect(whole.statusCode).toBe(200);
    expect(whole.rawPayload.equals(bytes)).toBe(true);
    const past = await withFile.inject({
      method: "GET",
      url: "/basemap.pmtiles",
      headers: { range: "bytes=5000-6000" },
    });
    expect(past.statusCode).toBe(416);
    expect(past.headers["content-range"]).toBe("bytes */1000");
  });

  it("tells the web app whether there is one", async () => {
    const on = await withFile.inject({ method: "GET", url: "/api/v1/map/config" });
    expect(on.json()).toEqual({ basemap: { pmtiles: "/basemap.pmtiles" } });
    const off = await without.inject({ method: "GET", url: "/api/v1/map/config" });
    expect(off.json()).toEqual({ basemap: { pmtiles: null } });
    const missing = await without.inject({ method: "GET", url: "/basemap.pmtiles" });
    expect(missing.statusCode).toBe(404);
  });

  it("refuses at start a CFM_BASEMAP_PMTILES that names no file", () => {
    expect(() => loadConfig({ CFM_BASEMAP_PMTILES: join(dir, "absent.pmtiles") })).toThrow(
      ConfigError,
    );
    expect(loadConfig({ CFM_BASEMAP_PMTILES: file }).basemapPmtiles).toBe(file);
    expect(loadConfig({}).basemapPmtiles).toBeNull();
  });

  it("reads the range forms a PMTiles reader sends", () => {
    expect(parseRange("bytes=0-16383", 1000)).toEqual([0, 999]);
    expect(parseRange("bytes=10-", 1000)).toEqual([10, 999]);
    expect(parseRange("bytes=-10", 1000)).toEqual([990, 999]);
    expect(parseRange("bytes=20-10", 1000)).toBeNull();
    expect(parseRange("bytes=0-1,5-6", 1000)).toBeNull();
    expect(parseRange("items=0-1", 1000)).toBeNull();
  });
});
