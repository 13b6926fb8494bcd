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

  it("a tracking id typed in the header offers to open that report", async () => {
    const { page, context, errors } = await open(browser, { lang: "ar", user: "analyst" });
    const res = await page.request.get("/api/v1/reports?limit=1");
    const [report] = ((await res.json()) as { items: { id: string; trackingId: string }[] }).items;
    const typed = report!.trackingId.toLowerCase().replace(/-0+/, "-");
    await page.goto("/dashboard");
    const box = page.getByRole("search").first().getByRole("searchbox");
    await box.fill(typed);
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    const first = page.locator(".search-hit").first();
    await first.waitFor();
    expect(await first.textContent()).toContain(report!.trackingId);
    expect(await first.textContent()).toContain("برقم المتابعة أو المرجع");
    const openIt = page.locator(".search-exact a");
    expect(await openIt.textContent()).toContain(`فتح البلاغ`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "search-tracking-id-ar");
    await openIt.click();
    await page.waitForURL(new RegExp(`/reports/${report!.id}$`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a place's other names and an Arabic word's other spelling find the same results", async () => {
    const { page, context, errors } = await open(browser, { lang: "ar", user: "analyst" });
    const count = async (q: string) => {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await page.locator(".notice-empty, .search-results").first().waitFor();
      return page.locator(".search-hit").count();
    };
    const sirte = await count("سرت");
    expect(sirte).toBeGreaterThan(0);
    expect(await count("Surt")).toBe(sirte);
    expect(await count("Sirte")).toBe(sirte);
    const militia = await count("ميليشيات");
    expect(militia).toBeGreaterThan(0);
    expect(await count("مليشيات")).toBe(militia);
    expect(await page.locator(".search-hit .hit-snippet").first().textContent()).toMatch(
      /م[يا]?لي?شيات/,
    );
    await screenshot(page, "search-militia-ar");
    await page.goto(`/search?q=${encodeURIComponent("Surt")}`);
    await page.locator(".search-results").waitFor();
    await screenshot(page, "search-surt-ar");
    expect(errors).toEqual([]);
    await context.close();

    const en = await open(browser, { lang: "en", user: "analyst" });
    await en.page.goto(`/search?q=${encodeURIComponent("مليشيات")}`);
    await en.page.locator(".search-results").waitFor();
    expect(await en.page.locator(".search-hit").count()).toBe(militia);
    await screenshot(en.page, "search-militia-en");
    expect(en.errors).toEqual([]);
    await en.context.close();
  });

  it("a party liaison typing the other party's tracking id finds nothing", async () => {
    const lna = await open(browser, { lang: "en", user: "liaison-lna" });
    const own = (
      (await (await lna.page.request.get("/api/v1/reports?limit=200")).json()) as {
        items: { trackingId: string; submitterParty: string | null }[];
      }
    ).items.find((r) => r.submitterParty === "LNA")!;
    const gna = await open(browser, { lang: "en", user: "liaison-gna" });
    await gna.page.goto(`/search?q=${encodeURIComponent(own.trackingId)}`);
    await gna.page.locator(".notice-empty").waitFor();
    expect(await gna.page.locator("main").textContent()).not.toContain(`Open report`);
    await lna.context.close();
    await gna.context.close();
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
