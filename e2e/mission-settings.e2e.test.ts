/**
 * The mission settings page: the administrator reads the mission's languages, time zone, reply
 * window, release rules and daily report cut-off, is told field by field what cannot be saved, saves a new time zone
 * and sees every time in it; other roles are told the page is not theirs. The server is shared
 * with the other browser tests: the settings are put back as they were.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

let browser: Browser;
let original: Record<string, unknown>;

const api = (path: string, init: RequestInit = {}) =>
  fetch(new URL(`/api/v1${path}`, inject("baseURL")), {
    ...init,
    headers: {
      authorization: `Bearer ${inject("sessions").admin}`,
      "content-type": "application/json",
      ...init.headers,
    },
  });

beforeAll(async () => {
  browser = await launch();
  const res = await api("/mission");
  expect(res.status).toBe(200);
  const m = (await res.json()) as Record<string, unknown>;
  original = {
    languages: m.languages,
    timeZone: m.timeZone,
    replyWindowHours: m.replyWindowHours,
    releaseRules: m.releaseRules,
    mandate: m.mandate,
    dailyReportCutoff: m.dailyReportCutoff,
  };
});
afterAll(async () => {
  if (original) {
    const res = await api("/mission/settings", { method: "PATCH", body: JSON.stringify(original) });
    expect(res.ok).toBe(true);
  }
  await browser?.close();
});

const T = {
  en: {
    nav: "Mission settings",
    zone: "Time zone",
    reply: "Reply window (hours)",
    delay: "Public release delay (hours)",
    save: "Save settings",
    saved: "The settings were saved.",
    wholeHours: "A whole number of hours from 1 to 720.",
    zeroOrMore: "A whole number of hours, 0 or more.",
    english: "English",
    arabic: "Arabic",
    noLanguage: "Choose at least one working language.",
    bodyEn: "Mandating body (English)",
    bodyAr: "Mandating body (Arabic)",
    referral: "The mandate allows referring a case to the mandating body",
    nameTheBody: "Name the mandating body before allowing referrals to it.",
    cutoff: "Daily report cut-off",
    timeOfDay: "A time of day on the 24-hour clock, such as 19:30.",
  },
  ar: {
    nav: "إعدادات البعثة",
    zone: "المنطقة الزمنية",
    reply: "مهلة الرد (بالساعات)",
    delay: "مهلة النشر للعموم (بالساعات)",
    save: "حفظ الإعدادات",
    saved: "حُفظت الإعدادات.",
    wholeHours: "عدد صحيح من الساعات من 1 إلى 720.",
    zeroOrMore: "عدد صحيح من الساعات، 0 أو أكثر.",
    english: "الإنجليزية",
    arabic: "العربية",
    noLanguage: "اختر لغة عمل واحدة على الأقل.",
    bodyEn: "الجهة مانحة الولاية (بالإنجليزية)",
    bodyAr: "الجهة مانحة الولاية (بالعربية)",
    referral: "تجيز الولاية إحالة حالة إلى الجهة مانحة الولاية",
    nameTheBody: "سمِّ الجهة مانحة الولاية قبل إجازة الإحالة إليها.",
    cutoff: "موعد إقفال التقرير اليومي",
    timeOfDay: "وقت من اليوم بنظام 24 ساعة، مثل 19:30.",
  },
};

describe("the mission settings page", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the administrator reads and checks the settings (${lang})`, async () => {
      const w = T[lang];
      const { page, context, errors, external } = await open(browser, { lang, user: "admin" });
      await page.goto("/admin");
      await page.getByRole("link", { name: w.nav }).click();
      await page.waitForURL("**/admin/mission");
      expect(await page.getByLabel(w.zone).inputValue()).toBe(original.timeZone);
      expect(await page.getByLabel(w.reply).inputValue()).toBe(String(original.replyWindowHours));
      await screenshot(page, `mission-settings-${lang}`, true);

      // Two fields wrong, and no working language: each said beside its field.
      await page.getByLabel(w.reply).fill("0");
      await page.getByLabel(w.delay).fill("two days");
      await page.getByRole("checkbox", { name: w.english }).uncheck();
      await page.getByRole("checkbox", { name: w.arabic }).uncheck();
      await page.getByRole("button", { name: w.save }).click();
      await page.getByText(/^(Correct the|صحّح)/).waitFor();
      expect(await page.locator("#replyWindowHours-problem").textContent()).toBe(w.wholeHours);
      expect(await page.locator("#publicDelayHours-problem").textContent()).toBe(w.zeroOrMore);
      expect(await page.locator("#languages-problem").textContent()).toBe(w.noLanguage);
      expect(await page.getByLabel(w.reply).getAttribute("aria-invalid")).toBe("true");
      await screenshot(page, `mission-settings-problems-${lang}`, true);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });
  }

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the administrator sets the mandate: the mandating body and whether to refer to it (${lang})`, async () => {
      const w = T[lang];
      const { page, context, errors } = await open(browser, { lang, user: "admin" });
      await page.goto("/admin/mission");
      // No referral to a body not named: said beside the box.
      await page.getByLabel(w.bodyEn).fill("");
      await page.getByLabel(w.bodyAr).fill("");
      await page.getByRole("checkbox", { name: w.referral }).check();
      await page.getByRole("button", { name: w.save }).click();
      expect(await page.locator("#referralAllowed-problem").textContent()).toBe(w.nameTheBody);
      await page.getByLabel(w.bodyEn).fill(`Security Council (${lang})`);
      await page.getByLabel(w.bodyAr).fill(`مجلس الأمن (${lang})`);
      await page.getByRole("button", { name: w.save }).click();
      await page.locator(".notice-success").waitFor();
      const saved = (await (await api("/mission")).json()) as { mandate: unknown };
      expect(saved.mandate).toEqual({
        mandatingBody: { en: `Security Council (${lang})`, ar: `مجلس الأمن (${lang})` },
        referralAllowed: true,
      });
      await page.locator(".mandate-group").scrollIntoViewIfNeeded();
      await screenshot(page, `mission-settings-mandate-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const [lang, typed, saved] of [
    ["en", "18:00", "18:00"],
    ["ar", "6:30", "06:30"],
  ] as [Lang, string, string][]) {
    it(`the administrator moves the daily report's cut-off (${lang})`, async () => {
      const w = T[lang];
      const { page, context, errors } = await open(browser, { lang, user: "admin" });
      await page.goto("/admin/mission");
      expect(await page.getByLabel(w.cutoff).inputValue()).toMatch(/^\d\d:\d\d$/);
      await page.getByLabel(w.cutoff).fill("25:00");
      await page.getByRole("button", { name: w.save }).click();
      expect(await page.locator("#dailyReportCutoff-problem").textContent()).toBe(w.timeOfDay);
      expect(await page.getByLabel(w.cutoff).getAttribute("aria-invalid")).toBe("true");
      await page.getByLabel(w.cutoff).fill(typed);
      await page.getByRole("button", { name: w.save }).click();
      await page.locator(".notice-success").waitFor();
      const mission = (await (await api("/mission")).json()) as { dailyReportCutoff: string };
      expect(mission.dailyReportCutoff).toBe(saved);
      expect(await page.getByLabel(w.cutoff).inputValue()).toBe(saved);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("a browser whose user chose no language opens in the mission's first working language", async () => {
    for (const [languages, locale] of [
      [["en", "ar"], "ar-LY"],
      [["ar", "en"], "en-GB"],
    ] as const) {
      const res = await api("/mission/settings", {
        method: "PATCH",
        body: JSON.stringify({ languages }),
      });
      expect(res.ok).toBe(true);
      // Not support/browser.ts's open(), which stores a language choice for the page.
      const context = await browser.newContext({ baseURL: inject("baseURL"), locale });
      const page = await context.newPage();
      await page.goto("/");
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(languages[0]);
      await context.close();
    }
  });

  it("saves a new time zone, and every time is then shown in it", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "admin" });
    await page.goto("/admin/mission");
    await page.getByLabel("Time zone").selectOption("Asia/Aden");
    await page.getByLabel("Reply window (hours)").fill("96");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.locator(".notice-success", { hasText: "The settings were saved." }).waitFor();
    expect(await page.getByLabel("Time zone").inputValue()).toBe("Asia/Aden");
    expect(await page.getByLabel("Reply window (hours)").inputValue()).toBe("96");
    const res = await api("/mission");
    const saved = (await res.json()) as { timeZone: string; replyWindowHours: number };
    expect(saved).toMatchObject({ timeZone: "Asia/Aden", replyWindowHours: 96 });
    // The admin's user list says when each user last logged in: in Aden time now.
    await page.goto("/admin");
    const users = (await (await api("/admin/users")).json()) as {
      items: { username: string; lastLoginAt: string | null }[];
    };
    const admin = users.items.find((u) => u.username === "admin")!;
    const aden = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Aden",
      timeStyle: "short",
    }).format(new Date(admin.lastLoginAt!));
    const row = page.locator("tbody tr", { hasText: "admin" }).first();
    await expect.poll(() => row.textContent()).toContain(aden);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [user, lang] of [
    ["monitor", "en"],
    ["chief", "ar"],
  ] as [string, Lang][]) {
    it(`tells a ${user} the page is not theirs (${lang})`, async () => {
      const { page, context, errors } = await open(browser, { lang, user });
      await page.goto("/admin/mission");
      const title = lang === "en" ? "This page is not part of your role's work" : undefined;
      await page.locator("h1").waitFor();
      if (title) expect(await page.locator("h1").textContent()).toBe(title);
      expect(await page.getByLabel(T[lang].zone).count()).toBe(0);
      expect(await page.getByRole("link", { name: T[lang].nav }).count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
