/**
 * The agreements page (chief, administrator) and the parties and delegations page
 * (administrator), in both languages: an agreements file with a mistake is refused with its
 * line, a good one is imported, a provision gets a new wording whose old one stays readable; a
 * liaison is told the page is not theirs.
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

const fileOf = (code: string, demining = "LNA") =>
  JSON.stringify(
    [
      {
        code,
        title: { en: "Test arrangement on the coastal road", ar: "ترتيب تجريبي للطريق الساحلي" },
        signedAt: null,
        entryIntoForce: "2021-07-30T00:00:00Z",
        authoritativeLanguage: "ar",
        provisions: [
          {
            code: `${code}/1`,
            text: { en: "Reopen the coastal road", ar: "إعادة فتح الطريق الساحلي" },
            obligatedParties: ["GNA", "LNA"],
          },
          { code: `${code}/2`, text: { en: "", ar: "نزع الألغام" }, obligatedParties: [demining] },
        ],
      },
    ],
    null,
    2,
  );

describe("agreements and parties administration", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the chief imports an agreements file and records a new wording (${lang})`, async () => {
      const { page, context, errors, external } = await open(browser, { lang, user: "chief" });
      await page.goto("/admin/agreements");
      await page.locator(".agreement").first().waitFor();
      const code = `E2E-${lang.toUpperCase()}-${Date.now().toString(36)}`;
      const upload = async (text: string) => {
        await page.locator("#agreements-file").setInputFiles({
          name: "agreements.json",
          mimeType: "application/json",
          buffer: Buffer.from(text),
        });
        await page.locator(".import-agreements button[type=submit]").click();
      };
      // A party code in lower case: refused, naming its line.
      const bad = fileOf(code, "lna");
      const line = bad.split("\n").findIndex((l) => l.includes('"lna"')) + 1;
      await upload(bad);
      const problems = page.locator(".import-problems");
      await problems.waitFor();
      // In the page's digits (Arabic-Indic or Latin, as the interface language formats them).
      const text = await problems.innerText();
      expect(text.includes(String(line)) || text.includes(line.toLocaleString("ar-EG"))).toBe(true);
      await problems.scrollIntoViewIfNeeded();
      await screenshot(page, `agreements-import-refused-${lang}`);
      await upload(fileOf(code));
      await page.locator(".import-agreements .notice-success").waitFor();
      const section = page.locator(".agreement").filter({ hasText: code });
      await section.waitFor();
      // The Arabic text only: the English reader is told it is missing.
      await expect.poll(() => section.locator(".missing-translation").count()).toBeGreaterThan(0);

      const first = section.locator(".provision").first();
      await first.getByRole("button", { name: lang === "en" ? "New wording" : "نص جديد" }).click();
      await first.locator("textarea[lang=en]").fill("Reopen the coastal road to all traffic");
      await first
        .getByLabel(lang === "en" ? /Why the wording changes/ : /سبب تغيير النص/)
        .fill(
          lang === "en" ? "The signed text says all traffic." : "النص الموقع يذكر كل حركة المرور.",
        );
      await first
        .getByRole("button", {
          name: lang === "en" ? "Record the new version" : "تسجيل النسخة الجديدة",
        })
        .click();
      const versions = first.locator(".provision-versions > li");
      await expect.poll(() => versions.count()).toBe(2);
      expect(await versions.nth(1).innerText()).toContain("Reopen the coastal road");
      expect(await first.locator(".provision-head").innerText()).toMatch(/2|٢/);
      await first.scrollIntoViewIfNeeded();
      await screenshot(page, `agreements-${lang}`);
      // The browser logs the refused import's 400 itself; nothing else may be an error.
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });

    it(`the ${lang === "en" ? "chief" : "administrator"} types a new agreement with two provisions (${lang})`, async () => {
      const { page, context, errors, external } = await open(browser, {
        lang,
        user: lang === "en" ? "chief" : "admin",
      });
      await page.goto("/admin/agreements");
      await page.locator(".agreement").first().waitFor();
      const code = `NEW-${lang.toUpperCase()}-${Date.now().toString(36)}`;
      await page
        .getByRole("button", {
          name: lang === "en" ? "Record a new agreement" : "تسجيل اتفاق جديد",
        })
        .click();
      const form = page.locator(".new-agreement");
      await form.locator("#new-agreement-code").fill(code);
      await form.locator("#new-agreement-title-en").fill("Typed arrangement on the Sirte front");
      await form.locator("#new-agreement-title-ar").fill("ترتيب مكتوب لجبهة سرت");
      await form.locator("#new-agreement-signed").fill("2021-03-01");
      await form.locator("#new-agreement-in-force").fill("2021-03-02 06:00");
      await form.locator("#new-agreement-language").selectOption("ar");
      const first = form.locator(".new-provision").nth(0);
      await first.locator("input[dir=ltr]").first().fill(`${code}/1`);
      await first.locator("textarea[lang=en]").fill("Withdraw heavy weapons 20 km from Sirte");
      await first.locator("textarea[lang=ar]").fill("سحب الأسلحة الثقيلة ٢٠ كم من سرت");
      await first.locator("input[type=checkbox]").first().check();
      await form
        .getByRole("button", { name: lang === "en" ? "Add another provision" : "إضافة بند آخر" })
        .click();
      const second = form.locator(".new-provision").nth(1);
      await second.locator("input[dir=ltr]").first().fill(`${code}/2`);
      await second.locator("textarea[lang=ar]").fill("تبادل الأسرى");
      await form.locator("#new-agreement-language").scrollIntoViewIfNeeded();
      await screenshot(page, `agreements-new-${lang}`);
      await form
        .getByRole("button", { name: lang === "en" ? "Record the agreement" : "تسجيل الاتفاق" })
        .click();
      const section = page.locator(".agreement").filter({ hasText: code });
      await section.waitFor();
      expect(await page.locator(".new-agreement").count()).toBe(0);
      expect(await section.locator(".provision").count()).toBe(2);
      const heading = await section.locator("h2").innerText();
      expect(heading).toContain(
        lang === "en" ? "Typed arrangement on the Sirte front" : "ترتيب مكتوب لجبهة سرت",
      );
      expect(await section.innerText()).toContain("سحب الأسلحة الثقيلة");
      // The second provision has no English text: the English reader is told so.
      if (lang === "en") {
        expect(
          await section.locator(".provision").nth(1).locator(".missing-translation").count(),
        ).toBe(1);
      }
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, `agreements-created-${lang}`);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });

    it(`the administrator edits a party and sets a delegation (${lang})`, async () => {
      const { page, context, errors } = await open(browser, { lang, user: "admin" });
      await page.goto("/admin/parties");
      await page.locator(".party-card").first().waitFor();
      expect(await page.locator(".party-card").count()).toBeGreaterThanOrEqual(2);
      // The party's authoritative language, chosen in the form and shown on its card.
      const card = page.locator(".party-card").first();
      await card.getByRole("button", { name: lang === "en" ? /^Edit/ : /^تعديل/ }).click();
      const chosen = lang === "en" ? "en" : "ar";
      await card.locator("select[id$=authoritativeLanguage]").selectOption(chosen);
      await card.locator("button[type=submit]").click();
      await expect
        .poll(() => card.locator(".party-language").textContent(), { timeout: 10_000 })
        .toBe(lang === "en" ? "Authoritative text: English" : "النص المعتمد: العربية");
      const delegation = page.locator(".delegation").first();
      await delegation.waitFor();
      const box = delegation.locator("input[type=checkbox]").first();
      if (await box.count()) {
        if (!(await box.isChecked())) await box.check();
        await delegation.locator("button[type=submit]").click();
        await delegation.locator(".notice-success").waitFor();
      }
      await screenshot(page, `parties-${lang}`, true);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`a liaison reads no agreements administration (${lang})`, async () => {
      const { page, context } = await open(browser, { lang, user: "liaison-gna" });
      await page.goto("/admin/agreements");
      await page.locator("main").waitFor();
      expect(await page.locator(".import-agreements").count()).toBe(0);
      await page.goto("/admin/parties");
      await page.locator("main").waitFor();
      expect(await page.locator(".party-card").count()).toBe(0);
      await context.close();
    });
  }
});
