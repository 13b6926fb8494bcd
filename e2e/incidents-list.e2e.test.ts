/**
 * The incident list an analyst works from: filters and order in the address, the CSV export of
 * what the list shows, and the layout on a desktop and a phone, in English and Arabic, for an
 * analyst and for a party liaison.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

/** Every incident reference a user may list with these query parameters, from the API. */
function referencesOf(user: string, query: Record<string, string> = {}): Promise<string[]> {
  return listed(user, "/api/v1/incidents", "reference", query);
}

/** One field of every item of a list the user may read, following the cursor. */
async function listed(
  user: string,
  path: string,
  field: "reference" | "trackingId",
  query: Record<string, string> = {},
): Promise<string[]> {
  const token = inject("sessions")[user]!;
  const refs: string[] = [];
  let cursor: string | null = null;
  do {
    const url = new URL(path, inject("baseURL"));
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    url.searchParams.set("limit", "200");
    if (cursor) url.searchParams.set("cursor", cursor);
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      items: Record<typeof field, string>[];
      nextCursor: string | null;
    };
    refs.push(...page.items.map((i) => i[field]));
    cursor = page.nextCursor;
  } while (cursor);
  return refs;
}

/** The references the page shows, after loading every page of the list. */
async function shownReferences(page: Page, loadMore: string): Promise<string[]> {
  await page.locator("tbody tr").first().waitFor();
  const more = page.getByRole("button", { name: loadMore });
  while (await more.count()) {
    const before = await page.locator("tbody tr").count();
    await more.click();
    await expect.poll(() => page.locator("tbody tr").count()).toBeGreaterThan(before);
  }
  return (await page.locator("tbody tr td:first-child").allTextContents()).map((s) => s.trim());
}

/** Clicks the export button and reads the downloaded CSV: its BOM, header and rows. */
async function exportCsv(page: Page, button: string, name = "incidents") {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${name}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const text = readFileSync((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split("\r\n").filter(Boolean);
  const header = lines[0]!.split(",");
  // References never hold a comma or a quote: the first cell of each line is the reference.
  return { text, header, references: lines.slice(1).map((l) => l.split(",")[0]!) };
}

describe("the incident list", () => {
  it("an analyst filters by party, family and sort; the address reproduces the list", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "analyst" });
    await page.goto("/incidents");
    await page.locator("tbody tr").first().waitFor();
    await screenshot(page, "incidents-analyst-en");

    await page.getByLabel("Party concerned").selectOption("LNA");
    await page.getByLabel("Category").selectOption("A");
    await page.getByLabel("Sort by").selectOption("reference");
    await page.getByLabel("Order").selectOption("asc");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => new URL(page.url()).search).toContain("party=LNA");
    const query = { party: "LNA", category: "A", sort: "reference", order: "asc" };
    const expected = await referencesOf("analyst", query);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownReferences(page, "Load more")).toEqual(expected);
    expect(await page.locator("th[aria-sort=ascending]").textContent()).toBe("Reference");
    await screenshot(page, "incidents-analyst-filtered-en");
    expect(await seriousViolations(page)).toEqual([]);

    // The same address in a fresh page gives the same list and the same form.
    const again = await context.newPage();
    await again.goto(page.url());
    expect(await shownReferences(again, "Load more")).toEqual(expected);
    expect(await again.getByLabel("Party concerned").inputValue()).toBe("LNA");
    expect(await again.getByLabel("Sort by").inputValue()).toBe("reference");

    const csv = await exportCsv(page, "Export CSV");
    expect(csv.header.slice(0, 3)).toEqual(["reference", "title", "category"]);
    expect(csv.references).toEqual(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("parties show as chips with the full name as their title, not spelt out on every row", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "analyst" });
    await page.goto("/incidents?party=GNA");
    const chip = page.locator("tbody tr").first().locator("abbr.party-chip").first();
    await chip.waitFor();
    expect(await chip.getAttribute("title")).toMatch(/\w{6,}/);
    expect((await chip.textContent())!.trim()).toMatch(/^[A-Z][A-Z0-9_]+$/);
    await context.close();
  });

  it("a GNA liaison filtering by the LNA sees and exports none of the LNA's own incidents (Arabic)", async () => {
    const mine = await referencesOf("liaison-gna");
    const theirs = (await referencesOf("liaison-lna")).filter((r) => !mine.includes(r));
    expect(theirs.length).toBeGreaterThan(0);

    const { page, context, errors } = await open(browser, { lang: "ar", user: "liaison-gna" });
    await page.goto("/incidents?party=LNA");
    const expected = await referencesOf("liaison-gna", { party: "LNA" });
    expect(expected.length).toBeGreaterThan(0);
    const shown = await shownReferences(page, "عرض المزيد");
    expect(shown).toEqual(expected);
    expect(shown.filter((r) => theirs.includes(r))).toEqual([]);
    await screenshot(page, "incidents-liaison-ar");
    expect(await seriousViolations(page)).toEqual([]);

    const csv = await exportCsv(page, "تصدير CSV");
    expect(csv.references).toEqual(expected);
    expect(csv.references.filter((r) => theirs.includes(r))).toEqual([]);
    for (const r of theirs) expect(csv.text).not.toContain(r);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const lang of ["en", "ar"] as const) {
    it(`reads as cards on a phone, without sideways scrolling (${lang})`, async () => {
      const { page, context } = await open(browser, { lang, user: "analyst", viewport: PHONE });
      await page.goto("/incidents");
      await page.locator("tbody tr").first().waitFor();
      const row = page.locator("tbody tr").first();
      expect(await row.evaluate((e) => getComputedStyle(e).display)).toBe("block");
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await screenshot(page, `incidents-phone-${lang}`);
      await row.evaluate((e) => e.scrollIntoView({ block: "start" }));
      await screenshot(page, `incidents-phone-cards-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it("shows the place in the interface language", async () => {
    const { page, context } = await open(browser, { lang: "ar", user: "analyst" });
    await page.goto("/incidents?sector=tripoli_front");
    const place = page.locator("tbody tr").first().locator("td.col-place");
    await place.waitFor();
    // An evaluated point is described from its nearest gazetteer place, in Arabic here.
    await expect.poll(() => place.textContent()).toMatch(/[\u0600-\u06FF]/);
    await screenshot(page, "incidents-analyst-ar");
    await context.close();
  });
});

describe("the reports list on a phone", () => {
  for (const [user, lang] of [
    ["monitor", "en"],
    ["intake", "ar"],
  ] as const) {
    it(`reads as cards with the tracking id, time, place and state, 44 px links (${user}, ${lang})`, async () => {
      const { page, context, errors } = await open(browser, { lang, user, viewport: PHONE });
      await page.goto("/reports");
      const row = page.locator("tbody tr").first();
      await row.waitFor();
      expect(await row.evaluate((e) => getComputedStyle(e).display)).toBe("block");
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      // Every card shows what a monitor looks for, each part inside the screen.
      const t = lang === "ar" ? ["رقم المتابعة", "تاريخ الاستلام"] : ["Tracking ID", "Received"];
      for (const label of t) {
        const cell = row.locator(`td[data-label="${label}"]`);
        expect(await cell.count()).toBe(1);
      }
      const cells = row.locator("td");
      for (let i = 0; i < (await cells.count()); i++) {
        // A report that cannot be ticked hides its empty tick-box cell.
        if (!(await cells.nth(i).isVisible())) continue;
        const box = (await cells.nth(i).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      }
      await expect.poll(() => row.locator("td.col-tracking").textContent()).toMatch(/\S/);
      await expect.poll(() => row.locator("td.col-received").textContent()).toMatch(/\d/);
      await expect.poll(() => row.locator("td.col-summary .place").textContent()).toMatch(/\S/);
      expect(await row.locator("td.col-status .badge").count()).toBe(1);
      for (const link of await page.locator("tbody a").all()) {
        expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
      await screenshot(page, `reports-phone-${user}-${lang}`);
      await row.evaluate((e) => e.scrollIntoView({ block: "start" }));
      await screenshot(page, `reports-phone-cards-${user}-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe("the reports list's export", () => {
  it("an analyst exports the filtered reports (English)", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "analyst" });
    await page.goto("/reports?category=A3");
    await page.locator("tbody tr").first().waitFor();
    const expected = await listed("analyst", "/api/v1/reports", "trackingId", { category: "A3" });
    const csv = await exportCsv(page, "Export CSV", "reports");
    expect(csv.header).toContain("source_grade");
    expect(csv.references).toEqual(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an LNA liaison exports its own complaints and none of the GNA's (Arabic)", async () => {
    const gna = await listed("liaison-gna", "/api/v1/reports", "trackingId");
    const expected = await listed("liaison-lna", "/api/v1/reports", "trackingId");
    const { page, context } = await open(browser, { lang: "ar", user: "liaison-lna" });
    await page.goto("/reports");
    await page.locator("tbody tr").first().waitFor();
    const csv = await exportCsv(page, "تصدير CSV", "reports");
    expect(csv.header).not.toContain("source_grade");
    expect(csv.references).toEqual(expected);
    expect(csv.references.filter((r) => gna.includes(r))).toEqual([]);
    await screenshot(page, "reports-export-liaison-ar");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
