import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, open, screenshot } from "./support/browser.js";
import { REPO } from "./support/server.js";
import { fillIntake, waitForMap } from "./support/intake.js";
import { offlineShellReady } from "./support/offline.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function notoLoaded(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some(
      (f) => f.family.replaceAll('"', "") === "Noto Sans Arabic" && f.status === "loaded",
    );
  });
}

async function storedWith(page: Page, description: string): Promise<number> {
  const res = await page.request.get("/api/v1/reports?limit=100");
  const items = ((await res.json()) as { items: { description: string }[] }).items;
  return items.filter((r) => r.description === description).length;
}

describe("working with a dropped connection", () => {
  it("is served a service worker that the build gave every file of the app to precache, and no other host", async () => {
    const { page, context } = await open(browser, { lang: "en" });
    const res = await page.request.get("/sw.js");
    expect(res.status()).toBe(200);
    // A new build must reach the browser at once: the worker itself is never kept long.
    expect(res.headers()["cache-control"]).toBe("no-cache");
    const worker = await res.text();
    const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
    expect(precached).toContain("index.html");
    const built = readdirSync(join(REPO, "web", "dist", "assets"))
      .filter((f) => /\.(js|mjs|css|woff2)$/.test(f))
      .map((f) => `assets/${f}`);
    expect(built.some((f) => /maplibre-gl-worker-.*\.mjs$/.test(f))).toBe(true);
    expect(precached).toEqual(expect.arrayContaining(built));
    expect(precached.filter((u) => u?.startsWith("api/"))).toEqual([]);
    // Workbox is bundled into the worker, not loaded from Google's CDN.
    expect(worker).not.toContain("importScripts");
    await context.close();
  });

  it("keeps a report typed offline, across a reload, and sends it once when the link returns", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "monitor" });
    await page.goto("/reports/new");
    await waitForMap(page);
    await offlineShellReady(page);
    await context.setOffline(true);
    await expect.poll(() => page.locator(".banner-offline").count()).toBe(1);

    const description = `Offline observation, artillery at dawn, ${Date.now()}`;
    await fillIntake(page, {
      from: "2020-07-01T05:00",
      to: "2020-07-01T05:40",
      place: "Al-Washka",
      category: "A3",
      description,
      explosions: 4,
    });
    await page.getByRole("button", { name: "Send report" }).click();
    await expect
      .poll(() => page.locator(".form-status").textContent())
      .toContain("the report is saved on this device");
    const item = page.locator('[data-testid="outbox-item"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain("Waiting for the connection");
    // The outbox's badge, on "File a report" (My tasks has a badge of its own).
    expect(
      await page
        .getByRole("link", { name: /^File a report/ })
        .locator(".nav-badge")
        .textContent(),
    ).toBe("1");
    await screenshot(page, "intake-offline-en");

    // Reloading without a connection: the app comes from the service worker, the report is
    // still waiting, and the shipped font is there.
    await page.reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe("File a report");
    await expect.poll(() => item.count()).toBe(1);
    expect(await page.locator(".banner-offline").textContent()).toContain("working offline");
    expect(await notoLoaded(page)).toBe(true);
    await waitForMap(page);
    await screenshot(page, "intake-offline-reloaded-en");

    await context.setOffline(false);
    await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.locator(".delivered-list").textContent()).toMatch(/R-\d+/);
    expect(await storedWith(page, description)).toBe(1);
    await context.close();
  });

  it("stores a report once when its first answer was lost on the way back", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "monitor" });
    const keys: string[] = [];
    let dropped = false;
    await page.route("**/api/v1/reports", async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (dropped) return route.fallback();
      dropped = true;
      await route.fetch(); // the server stores it …
      await route.abort("connectionreset"); // … and the answer never arrives
    });
    await page.goto("/reports/new");
    const description = `Lost answer test, burst of machine-gun fire, ${Date.now()}`;
    await fillIntake(page, {
      from: "2020-07-02T22:00",
      to: "2020-07-02T22:10",
      place: "Sirte",
      category: "A1",
      description,
    });
    await page.getByRole("button", { name: "Send report" }).click();
    const item = page.locator('[data-testid="outbox-item"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await storedWith(page, description)).toBe(1);

    await item.getByRole("button", { name: "Send now" }).click();
    await expect.poll(() => item.count()).toBe(0);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await storedWith(page, description)).toBe(1);
    await context.close();
  });
});
