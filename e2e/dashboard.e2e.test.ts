import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

interface Totals {
  reports: number;
  incidents: number;
  violations: number;
}
interface Dashboard {
  reference: { day: string };
  windows: Record<"today" | "last7" | "last30", { totals: Totals }>;
  trend: { reports: number }[];
}

/** The last instant of a Libya day (UTC+2, no DST since 2013). */
const endOfDay = (day: string) => `${day}T21:59:59.999Z`;

async function apiDashboard(page: Page, day: string): Promise<Dashboard> {
  const res = await page.request.get(`/api/v1/stats/dashboard?at=${endOfDay(day)}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Dashboard;
}

/** The numbers on the 30-day card, as shown. */
async function shownLast30(page: Page): Promise<number[]> {
  const texts = await page.locator("#win-last30 ~ dl dd").allTextContents();
  return texts.map((t) => Number(t.replace(/[^\d]/g, "")));
}

describe("dashboard", () => {
  it("an analyst lands on the dashboard in Arabic: numbers, a trend chart, no serious axe violation", async () => {
    const { page, context, errors, external } = await open(browser, {
      lang: "ar",
      user: "analyst",
    });
    await page.goto("/");
    await page.waitForURL(/\/dashboard$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("لوحة المتابعة");
    // The dashboard opens on the latest day with an event (the demo's are in 2020; other browser
    // tests may have filed reports dated today, so the day itself depends on the order they ran).
    // The figures shown are the API's for the day the page settled on (it may move once to the
    // latest day with an event, so the day is read again until both agree).
    const agree = async () => {
      const day = await page.locator("#reference-day").inputValue();
      if (!/^\d{4}-\d\d-\d\d$/.test(day)) return false;
      const t = (await apiDashboard(page, day)).windows.last30.totals;
      const shown = await shownLast30(page);
      return shown.join() === [t.reports, t.incidents, t.violations].join();
    };
    await expect.poll(agree, { timeout: 20_000 }).toBe(true);
    const day = await page.locator("#reference-day").inputValue();
    const api = await apiDashboard(page, day);
    expect(api.windows.last30.totals.reports).toBeGreaterThan(0);
    // the trend chart: bars drawn, mirrored (time runs right to left: the first month label is at the right)
    expect(await page.locator("svg.trend-chart .trend-bars rect").count()).toBeGreaterThan(10);
    const months = page.locator("svg.trend-chart .trend-months text");
    const first = await months.first().boundingBox();
    const last = await months.last().boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    // and its text alternative
    await page.locator(".trend-table summary").click();
    expect(await page.locator(".trend-table tbody tr").count()).toBeGreaterThan(10);
    await page.locator(".trend-table summary").click();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "dashboard-ar", true);

    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Dashboard");
    await page.getByRole("radio", { name: "Last 7 days" }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "dashboard-en", true);
    await screenshot(page, "dashboard-en-top");
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a party liaison's dashboard counts only what it may see, as the API does", async () => {
    const gna = await open(browser, { lang: "en", user: "liaison-gna" });
    await gna.page.goto("/dashboard");
    // Settled: it may first show today, then move to the latest event's day.
    await gna.page.locator("[data-testid=dashboard][data-state=ready]").waitFor();
    const day = await gna.page.locator("#reference-day").inputValue();
    const mine = await apiDashboard(gna.page, day);
    await expect
      .poll(() => shownLast30(gna.page))
      .toEqual([
        mine.windows.last30.totals.reports,
        mine.windows.last30.totals.incidents,
        mine.windows.last30.totals.violations,
      ]);
    expect(await seriousViolations(gna.page)).toEqual([]);
    await screenshot(gna.page, "dashboard-liaison-en");

    const lna = await open(browser, { lang: "en", user: "liaison-lna" });
    const theirs = await apiDashboard(lna.page, day);
    const analyst = await open(browser, { lang: "en", user: "analyst" });
    const all = await apiDashboard(analyst.page, day);
    const sum = (d: Dashboard) => d.trend.reduce((n, x) => n + x.reports, 0);
    // Each liaison counts its own party's complaints only: together no more than the mission sees,
    // so each strictly less over the trend (the other party filed too). The 30 days before the
    // reference day may hold only this party's reports (other browser files file reports today on
    // this shared server), so there the liaison's count is at most the mission's.
    expect(sum(mine)).toBeGreaterThan(0);
    expect(sum(theirs)).toBeGreaterThan(0);
    expect(sum(mine) + sum(theirs)).toBeLessThanOrEqual(sum(all));
    expect(mine.windows.last30.totals.reports).toBeLessThanOrEqual(
      all.windows.last30.totals.reports,
    );
    // The liaison's own reports, counted from its own list, are exactly the dashboard's total.
    let own = 0;
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/reports?limit=200${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await (await gna.page.request.get(url)).json()) as {
        items: { status: string; submitterParty: string }[];
        nextCursor: string | null;
      };
      for (const r of page.items) {
        expect(r.submitterParty).toBe("GNA");
        if (r.status !== "superseded" && r.status !== "out_of_scope") own++;
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(sum(mine)).toBeLessThanOrEqual(own);
    expect(gna.errors).toEqual([]);
    await gna.context.close();
    await lna.context.close();
    await analyst.context.close();
  });
});
