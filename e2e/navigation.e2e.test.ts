/**
 * Moving around the workspace: the addresses a person types or bookmarks, the navigation's
 * "you are here", the heading that takes the focus after a move, and the browser's back and
 * forward buttons.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, open } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const path = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};
const heading = (page: Page) => page.locator("main h1").innerText();
const headingHasFocus = (page: Page) =>
  page.evaluate(() => document.activeElement?.matches("main h1") ?? false);
const current = (page: Page) => page.locator('nav.main-nav a[aria-current="page"]').allInnerTexts();

describe("moving around the workspace", () => {
  it("/ and /login open the role's home; a bookmarked queue opens as bookmarked", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "chief" });
    try {
      for (const start of ["/", "/login"]) {
        await page.goto(start);
        await page.waitForURL("**/dashboard");
      }
      await page.goto("/reports?status=received");
      await expect.poll(() => current(page)).toEqual(["Triage queue"]);
      expect(path(page)).toBe("/reports?status=received");
      // Opened from outside the app: the page is read from the top, not from its heading.
      expect(await headingHasFocus(page)).toBe(false);
      // Paths are matched as written.
      await page.goto("/Incidents");
      await expect.poll(() => heading(page)).toBe("There is no page at this address");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a move gives the heading the focus, and back and forward return to each page", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "chief" });
    try {
      await page.goto("/reports?status=received");
      await expect.poll(() => current(page)).toEqual(["Triage queue"]);

      await page.locator("nav.main-nav").getByRole("link", { name: "Incidents" }).click();
      await page.waitForURL("**/incidents");
      await expect.poll(() => heading(page)).toBe("Incidents");
      await expect.poll(() => headingHasFocus(page)).toBe(true);
      expect(await current(page)).toEqual(["Incidents"]);

      const first = page.locator('main a[href^="/incidents/"]').first();
      const href = await first.getAttribute("href");
      await first.click();
      await page.waitForURL(`**${href}`);
      await expect.poll(() => heading(page)).toMatch(/^Incident /);
      // Still inside the incidents part of the navigation.
      expect(await current(page)).toEqual(["Incidents"]);

      await page.goBack();
      await expect.poll(() => path(page)).toBe("/incidents");
      await expect.poll(() => heading(page)).toBe("Incidents");
      await page.goBack();
      await expect.poll(() => path(page)).toBe("/reports?status=received");
      await expect.poll(() => current(page)).toEqual(["Triage queue"]);
      await page.goForward();
      await expect.poll(() => path(page)).toBe("/incidents");
      await page.goForward();
      await expect.poll(() => path(page)).toBe(href);
      await expect.poll(() => heading(page)).toMatch(/^Incident /);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
