import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, screenshot } from "./support/browser.js";
import { singleTileArchive, solidPng } from "./support/pmtiles-file.js";
import { startServer, type Server } from "./support/server.js";

let browser: Browser;
let server: Server;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "cfm-basemap-"));
  const file = join(dir, "basemap.pmtiles");
  // A world of one magenta tile: unmistakable under the shipped basemap.
  writeFileSync(file, singleTileArchive(solidPng([255, 0, 255])));
  server = await startServer({ CFM_BASEMAP_PMTILES: file });
  browser = await launch();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("an operator's PMTiles basemap", () => {
  it("is read from this server in byte ranges and drawn under the map", async () => {
    const token = await server.login("analyst");
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addCookies([
      { name: "cfm_session", value: token, domain: "127.0.0.1", path: "/", httpOnly: true },
    ]);
    await context.addInitScript({ content: 'localStorage.setItem("cfm.language", "en");' });
    const page = await context.newPage();
    const ranges: number[] = [];
    const outside: string[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith("/basemap.pmtiles")) ranges.push(r.status());
    });
    page.on("request", (r) => {
      if (!r.url().startsWith(server.baseURL) && !/^(data|blob):/.test(r.url()))
        outside.push(r.url());
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.baseURL}/map`);
    await page.locator("[data-testid=incident-map][data-state=ready]").waitFor();
    // the header, then the tile: partial content each time
    await expect.poll(() => ranges.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ranges)).toEqual(new Set([206]));
    await screenshot(page, "map-operator-basemap-en");
    // The magenta tile shows through around Libya. Counted on a screenshot, in a blank page (a
    // WebGL canvas cannot be read back once drawn).
    const shot = (await page.locator(".map-canvas").screenshot()).toString("base64");
    const blank = await context.newPage();
    const magenta = await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! > 200 && data[i + 1]! < 80 && data[i + 2]! > 200) n++;
      }
      return n;
    }, shot);
    expect(magenta).toBeGreaterThan(1000);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
