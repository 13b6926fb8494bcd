import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Writes a word the other way: ta marbuta ↔ ha, hamza on alef ↔ bare alef, alef maqsura ↔ ya. */
function respell(word: string): string {
  return word.replace(/ة/g, "ه").replace(/[أإآ]/g, "ا").replace(/ى/g, "ي");
}

describe("search", () => {
  it("an Arabic query written with another hamza or ta marbuta form finds the report", async () => {
    const { page, context, errors } = await open(browser, { lang: "ar", user: "analyst" });
    const res = await page.request.get("/api/v1/reports?limit=200");
    const reports = (
      (await res.json()) as {
        items: { id: string; trackingId: string; description: string; language: string }[];
      }
    ).items;
    // A word of an Arabic report that changes when respelled.
    let target: { trackingId: string; word: string } | undefined;
    for (const r of reports.filter((x) => x.language === "ar")) {
      const word = r.description
        .split(/[\s،.؛:()]+/)
        .find((w) => w.length >= 5 && respell(w) !== w && /^[\u0621-\u064A]+$/.test(w));
      if (word) {
        target = { trackingId: r.trackingId, word };
        break;
      }
    }
    expect(target).toBeDefined();
    const query = respell(target!.word);
    expect(query).not.toBe(target!.word);

    await page.goto("/dashboard");
    const box = page.getByRole("search").first().getByRole("searchbox");
    await box.fill(query);
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`نتائج «${query}»`);
    const hit = page.locator(".search-hit", { hasText: target!.trackingId });
    await hit.first().waitFor();
    expect(await hit.first().locator(".hit-snippet").textContent()).toContain(target!.word);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "search-ar");

    // a word nobody wrote: an empty state, not an error
    await page.goto(`/search?q=${encodeURIComponent("زقزقزق")}`);
    await page.locator(".notice-empty").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a party liaison does not find the other party's complaint", async () => {
    const lna = await open(browser, { lang: "en", user: "liaison-lna" });
    const own = (
      (await (await lna.page.request.get("/api/v1/reports?limit=1")).json()) as {
        items: { description: string; trackingId: string }[];
      }
    ).items[0]!;
    const word = own.description.split(/\s+/).find((w) => w.length >= 6)!;
    const gna = await open(browser, { lang: "en", user: "liaison-gna" });
    await gna.page.goto(`/search?q=${encodeURIComponent(word)}`);
    await gna.page.locator(".notice-empty, .search-results").first().waitFor();
    expect(await gna.page.locator("main").textContent()).not.toContain(own.trackingId);
    await screenshot(gna.page, "search-liaison-en");
    await lna.context.close();
    await gna.context.close();
  });
});
