import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { launch, open, screenshot } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Tracking ids of every report a user can list, read straight from the API. */
async function trackingIdsOf(user: string): Promise<string[]> {
  const token = inject("sessions")[user]!;
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const url = new URL("/api/v1/reports", inject("baseURL"));
    url.searchParams.set("limit", "200");
    if (cursor) url.searchParams.set("cursor", cursor);
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const page = (await res.json()) as {
      items: { trackingId: string }[];
      nextCursor: string | null;
    };
    ids.push(...page.items.map((r) => r.trackingId));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe("the party liaison's view", () => {
  it("a GNA liaison sees the GNA's complaints and no LNA complaint", async () => {
    const lnaComplaints = await trackingIdsOf("liaison-lna");
    const gnaComplaints = await trackingIdsOf("liaison-gna");
    expect(lnaComplaints.length).toBeGreaterThan(0);

    const { page, context } = await open(browser, { lang: "en", user: "liaison-gna" });
    await page.goto("/reports");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Our complaints");
    await page.locator("tbody tr").first().waitFor();
    await screenshot(page, "complaints-liaison-en");
    const more = page.getByRole("button", { name: "Load more" });
    while (await more.count()) {
      const before = await page.locator("tbody tr").count();
      await more.click();
      await expect.poll(() => page.locator("tbody tr").count()).toBeGreaterThan(before);
    }
    const shown = await page.locator("tbody tr td:first-child").allTextContents();
    expect(shown.map((s) => s.trim()).sort()).toEqual([...gnaComplaints].sort());
    expect(shown.filter((s) => lnaComplaints.includes(s.trim()))).toEqual([]);
    // nothing in the page names the other side as complainant
    expect(await page.locator("tbody").textContent()).not.toContain("LNA against");
    await context.close();
  });
});
