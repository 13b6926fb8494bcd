/**
 * Place names and credits on the map (issue 12): the gazetteer's places named in the interface
 * language (Arabic names on Arabic pages), as HTML labels with no request leaving the machine,
 * more of them closer in; the credits in the corner are the mission profile's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const EXPECTED = {
  en: { capital: "Tripoli", credits: ["Natural Earth", "OpenStreetMap", "GeoNames"] },
  ar: { capital: "طرابلس", credits: ["الحدود", "OpenStreetMap", "GeoNames"] },
};

describe("place names on the map", () => {
  for (const lang of ["ar", "en"] as Lang[]) {
    it(`names the places in ${lang}, more of them closer in, and credits the profile's sources`, async () => {
      const { page, context, errors, external } = await open(browser, { lang, user: "analyst" });
      await page.goto("/map");
      await page.locator('[data-testid="incident-map"][data-state="ready"]').waitFor({
        timeout: 45_000,
      });
      const labels = page.locator(".place-label");
      await expect.poll(() => labels.count(), { timeout: 20_000 }).toBeGreaterThan(3);
      const names = await labels.allTextContents();
      expect(names).toContain(EXPECTED[lang].capital);
      const arabic = names.filter((n) => /[\u0600-\u06FF]/.test(n)).length;
      if (lang === "ar") expect(arabic).toBeGreaterThan(names.length / 2);
      // in English, only a place the gazetteer knows by its Arabic name alone
      else expect(arabic).toBeLessThan(names.length / 10);
      expect(await labels.first().evaluate((e) => getComputedStyle(e).pointerEvents)).toBe("none");

      // the credits: the profile's, in the page's language
      const credits = (await page.locator(".maplibregl-ctrl-attrib").textContent()) ?? "";
      for (const c of EXPECTED[lang].credits) expect(credits).toContain(c);
      await page.waitForTimeout(500);
      await screenshot(page, `map-place-labels-${lang}`);

      // closer in, over Tripoli: its quarters are named too
      const before = new Set(names);
      const canvas = page.locator(".maplibregl-canvas");
      const box = (await canvas.boundingBox())!;
      const tripoli = page.locator(".place-label", { hasText: EXPECTED[lang].capital }).first();
      const at = (await tripoli.boundingBox())!;
      await page.mouse.move(at.x + at.width / 2, at.y + at.height);
      for (let i = 0; i < 5; i++) {
        await page.mouse.wheel(0, -400);
        await page.waitForTimeout(250);
      }
      expect(box.width).toBeGreaterThan(0);
      await expect
        .poll(async () => (await labels.allTextContents()).filter((n) => !before.has(n)).length, {
          timeout: 20_000,
        })
        .toBeGreaterThan(2);
      await page.waitForTimeout(800);
      await screenshot(page, `map-place-labels-close-${lang}`);

      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
