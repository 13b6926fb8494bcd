/**
 * The public portal as a visitor meets it, with JavaScript switched off: the published findings
 * of the demo, one finding, the report form (a receipt code), and the check of that code; then
 * intake finds the report in the workspace. In English and in Arabic. Nothing leaves the machine.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { call } from "./support/cases.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const WORDS = {
  en: {
    latest: "Latest published findings",
    report: "Report a violation",
    date: "Day it happened",
    place: "Where (a town, a road, a landmark)",
    category: "What happened",
    description: "Describe what you saw or heard",
    send: "Send the report",
    received: "Your report has been received",
    check: "Check this report",
    status: "Received. The mission has not yet assessed it.",
    place1: "Abu Grein",
    text: "Artillery fire heard from the east of the town for about an hour.",
    commitments: "Commitments",
    commitmentsTitle: "Commitments of the agreement",
    road: "Reopening of the coastal road Misrata–Sirte",
    demining: "Demining of the coastal road, Abu Grein to Sirte",
    guard: "Restructuring of the Petroleum Facilities Guard",
    met: "Met",
    lna: "Libyan National Army (General Command)",
  },
  ar: {
    latest: "أحدث الاستنتاجات المنشورة",
    report: "الإبلاغ عن خرق",
    date: "يوم الحدث",
    place: "المكان (مدينة، طريق، معلم)",
    category: "ماذا حدث",
    description: "صف ما رأيته أو سمعته",
    send: "أرسل البلاغ",
    received: "تسلّمنا بلاغك",
    check: "تابع هذا البلاغ",
    status: "تم الاستلام. لم تقيّمه البعثة بعد.",
    place1: "أبو قرين",
    text: "سمعنا قصفًا مدفعيًا من شرق البلدة لمدة ساعة تقريبًا.",
    commitments: "الالتزامات",
    commitmentsTitle: "التزامات الاتفاق",
    road: "إعادة فتح الطريق الساحلي مصراتة–سرت",
    demining: "إزالة الألغام من الطريق الساحلي بين أبوقرين وسرت",
    guard: "إعادة هيكلة حرس المنشآت النفطية",
    met: "أُنجز",
    lna: "القيادة العامة للجيش الوطني الليبي",
  },
};

/** A visitor's browser: no cookie, no JavaScript, nothing sent to another host. */
async function visitor(lang: Lang): Promise<{ context: BrowserContext; external: string[] }> {
  const baseURL = inject("baseURL");
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    locale: lang === "ar" ? "ar-LY" : "en-GB",
    viewport: { width: 1280, height: 800 },
  });
  const external: string[] = [];
  const origin = new URL(baseURL).origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:")) return route.fallback();
    external.push(url);
    return route.abort();
  });
  return { context, external };
}

describe.each(["en", "ar"] as Lang[])("the public portal in %s", (lang) => {
  const W = WORDS[lang];

  it("a visitor reads the published findings and one finding without JavaScript", async () => {
    const { context, external } = await visitor(lang);
    const page = await context.newPage();
    await page.goto("/portal");
    expect(page.url()).toMatch(new RegExp(`/portal/${lang}$`));
    await expect
      .poll(() => page.locator("html").getAttribute("dir"))
      .toBe(lang === "ar" ? "rtl" : "ltr");
    await page.getByRole("heading", { name: W.latest }).waitFor();
    const first = page.locator(".findings li a").first();
    expect(await page.locator(".findings li").count()).toBeGreaterThan(0);
    await screenshot(page, `portal-home-${lang}`, true);
    await first.click();
    await page.locator("dl.facts").waitFor();
    await screenshot(page, `portal-finding-${lang}`, true);
    const findingUrl = page.url();
    for (const part of ["reports", "keys"]) {
      await page.goto(`/portal/${lang}/${part}`);
      await page.locator("main h1").waitFor();
      await screenshot(page, `portal-${part}-${lang}`, true);
    }
    expect(external).toEqual([]);
    await context.close();
    // The accessibility check runs a script: in a browser that runs them.
    const s = await open(browser, { lang });
    for (const url of [`/portal/${lang}`, findingUrl, `/portal/${lang}/report`]) {
      await s.page.goto(url);
      expect(await seriousViolations(s.page), url).toEqual([]);
    }
    // The Arabic font is the self-hosted one the web app ships.
    if (lang === "ar") {
      const fonts = await s.page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family);
      });
      expect(fonts.join()).toContain("Noto Sans Arabic");
    }
    await s.context.close();
  });

  it("a visitor reads the commitments' board and list without JavaScript: the API's numbers, only the public ones", async () => {
    const { context, external } = await visitor(lang);
    const page = await context.newPage();
    await page.goto(`/portal/${lang}`);
    await page.getByRole("link", { name: W.commitments, exact: true }).click();
    await page.getByRole("heading", { name: W.commitmentsTitle }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/portal/${lang}/commitments$`));
    // The LNA's row says what the public API counts, under its name in the page's language.
    const api = (await (
      await fetch(new URL("/api/v1/public/commitments/scoreboard", inject("baseURL")))
    ).json()) as {
      byParty: {
        key: string;
        total: number;
        due: number;
        met: number;
        late: number;
        disputed: number;
      }[];
    };
    const lna = api.byParty.find((r) => r.key === "LNA")!;
    const row = page.locator('#by-party tr[data-party="LNA"]');
    expect(await row.locator("th").textContent()).toContain(W.lna);
    expect((await row.locator("td").allTextContents()).map(Number)).toEqual([
      lna.total,
      lna.due,
      lna.met,
      lna.late,
      lna.disputed,
    ]);
    // The demo's history: the road cleared of mines, then reopened on 30 July 2021, both met.
    expect(lna.met).toBeGreaterThanOrEqual(3);
    for (const title of [W.road, W.demining]) {
      const item = page.locator("#commitment-list tr", { hasText: title });
      expect(await item.getAttribute("data-status")).toBe("met");
      expect(await item.locator("td").last().textContent()).toContain(W.met);
    }
    // The one commitment not marked public is nowhere on the page.
    expect(await page.locator("main").textContent()).not.toContain(W.guard);
    await screenshot(page, `portal-commitments-${lang}`, true);
    expect(external).toEqual([]);
    await context.close();
    const s = await open(browser, { lang });
    await s.page.goto(`/portal/${lang}/commitments`);
    expect(await seriousViolations(s.page)).toEqual([]);
    await s.context.close();
  });

  it("a visitor files a report, keeps the receipt, checks it; intake finds the report", async () => {
    const { context, external } = await visitor(lang);
    const page = await context.newPage();
    await page.goto(`/portal/${lang}`);
    await page.getByRole("link", { name: W.report }).first().click();
    await page.getByLabel(W.date).fill("2020-01-20");
    await page.getByLabel(W.place).fill(W.place1);
    await page.getByLabel(W.category).selectOption("A3");
    await page.getByLabel(W.description).fill(W.text);
    await screenshot(page, `portal-report-form-${lang}`, true);
    await page.getByRole("button", { name: W.send }).click();
    await page.getByRole("heading", { name: W.received }).waitFor();
    const code = (await page.locator("#receipt-code").textContent())!.trim();
    expect(code).toMatch(/^R-\d{6}(-[0-9A-Z]{4}){4}$/);
    await screenshot(page, `portal-receipt-${lang}`, true);
    await page.getByRole("button", { name: W.check }).click();
    await page.getByText(W.status).waitFor();
    await screenshot(page, `portal-receipt-status-${lang}`, true);
    expect(external).toEqual([]);
    await context.close();

    // The report reached the mission, as the public's, with its words.
    const tracking = code.slice(0, 8);
    const list = await call("intake", "GET", "/reports?sourceKind=public&limit=100");
    const found = (
      list.json.items as { trackingId: string; description: string; placeName: string }[]
    ).find((r) => r.trackingId === tracking);
    expect(found).toMatchObject({ description: W.text, placeName: W.place1 });
    const s = await open(browser, { lang, user: "intake" });
    await s.page.goto(`/reports?sourceKind=public`);
    await s.page.getByText(tracking).first().waitFor();
    await s.context.close();
  });

  it("the login page points a visitor to the portal", async () => {
    const s = await open(browser, { lang });
    await s.page.goto("/");
    const link = s.page.getByRole("link", {
      name: lang === "ar" ? "البوابة العامة" : "public portal",
    });
    await link.click();
    await s.page.waitForURL(new RegExp(`/portal/${lang}$`));
    await s.context.close();
  });
});
