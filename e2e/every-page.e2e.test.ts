/**
 * Every role's day, page by page: each role opens every page its navigation offers, and a sample
 * of the records listed on each (incidents, reports, releases, drafts), in both languages. A page
 * fails on an uncaught error, a console error, a page that failed while drawing (the error
 * boundary), a "not found"/"not allowed" answer for a link the app itself offered, or an empty
 * main region. Screenshots of every page are saved in e2e/screenshots/every/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { SESSION_USERS } from "./support/global-setup.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Records of each kind opened from a list, at most. */
const SAMPLE = 2;
const RECORD =
  /^\/(incidents|reports|releases|releases\/drafts|commission|commitments|products)\/[^/?#]+$/;

/** Waits until the page has drawn what it loads: no request in flight, no spinner in main. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => undefined);
  await page
    .locator("main .notice-loading")
    .first()
    .waitFor({ state: "detached", timeout: 20_000 })
    .catch(() => undefined);
}

/** What is wrong with the page as drawn, or null. */
async function problemsOf(page: Page): Promise<string | null> {
  const main = page.locator("main#main");
  if ((await main.count()) === 0) return "no main region (blank page?)";
  if (await page.locator("main .page-failed").count()) {
    return `the page failed while drawing: ${await page.locator("main .page-failed code").textContent()}`;
  }
  const text = (await main.innerText()).trim();
  if (text.length < 20) return `the main region is (nearly) empty: "${text}"`;
  if (await page.locator("main .notice-loading").count()) return "still loading after 20 s";
  // The browser's own date widgets speak the browser's language, not the app's.
  const native = page.locator(
    'main input[type="date"]:visible, main input[type="datetime-local"]:visible',
  );
  if (await native.count())
    return "a browser date field (in the browser's language, not the app's)";
  const title = await page
    .locator("main h1")
    .first()
    .innerText()
    .catch(() => "");
  for (const refused of [
    /no page at this address|لا توجد صفحة/i,
    /not part of your role|ليست من عمل دورك/i,
  ]) {
    if (refused.test(title)) return `the app offered a link it then refuses: "${title}"`;
  }
  return null;
}

const slugOf = (path: string) =>
  path
    .replace(/^\//, "")
    .replace(/[/?=&]+/g, "_")
    .replace(/_+$/, "") || "home";

for (const lang of ["en", "ar"] as Lang[]) {
  describe(`every page, every role, in ${lang}`, () => {
    for (const user of SESSION_USERS) {
      it(`${user} can open every page and record offered`, async () => {
        const { page, context, external, errors } = await open(browser, { lang, user });
        const problems: string[] = [];
        const visit = async (path: string, shot: string | null) => {
          const before = errors.length;
          await page.goto(path);
          await settle(page);
          const found = await problemsOf(page);
          if (found) problems.push(`${path}: ${found}`);
          for (const e of errors.slice(before)) problems.push(`${path}: console/page error: ${e}`);
          if (shot) await screenshot(page, `every/${user}-${lang}-${shot}`);
        };
        try {
          await visit("/", "home");
          const nav = await page
            .locator("header nav a, header a.header-button")
            .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
          const pages = [...new Set(nav.filter((h) => h.startsWith("/")))];
          expect(pages.length, "the navigation offers pages").toBeGreaterThan(0);
          const records = new Map<string, string[]>();
          for (const path of pages) {
            await visit(path, slugOf(path));
            const links = await page
              .locator("main a[href]")
              .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
            for (const href of links) {
              const m = RECORD.exec(href);
              if (!m || href === "/reports/new") continue;
              const kind = m[1]!;
              const seen = records.get(kind) ?? [];
              if (seen.length < SAMPLE && !seen.includes(href)) records.set(kind, [...seen, href]);
            }
          }
          for (const [kind, hrefs] of records) {
            for (const [n, href] of hrefs.entries()) {
              await visit(href, n === 0 ? `record-${slugOf(kind)}` : null);
            }
          }
        } finally {
          await context.close();
        }
        expect(problems).toEqual([]);
        expect(external).toEqual([]);
      });
    }
  });
}
