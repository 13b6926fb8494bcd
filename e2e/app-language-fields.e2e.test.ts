/**
 * Date fields and the file picker speak the app's language, not the browser's: the Arabic
 * interface in an English browser and the English interface in an Arabic browser show none of the
 * browser's own widget texts ("mm/dd/yyyy", "Choose file", "No file chosen", month names).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";
import { fillIntake } from "./support/intake.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const LATIN = /[A-Za-z]/;
const ARABIC = /[\u0600-\u06ff]/;

/** No date widget of the browser's is left, and its file input is not what the person sees. */
async function expectNoBrowserWidgets(page: Page) {
  expect(
    await page
      .locator('input[type="date"], input[type="datetime-local"], input[type="month"]')
      .count(),
  ).toBe(0);
  for (const input of await page.locator('input[type="file"]').all()) {
    const box = (await input.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(1);
    expect(await input.evaluate((e) => getComputedStyle(e).opacity)).toBe("0");
  }
}

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).trim();
}

async function api<T>(user: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(new URL(`/api/v1${path}`, inject("baseURL")), {
    method,
    headers: {
      authorization: `Bearer ${inject("sessions")[user]!}`,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as T;
  if (res.status >= 300)
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

describe("the intake form's dates and files", () => {
  it("in Arabic in an English browser: Arabic texts only, Arabic-Indic digits read, an impossible day refused", async () => {
    const { page, context, errors } = await open(browser, {
      lang: "ar",
      user: "monitor",
      browserLocale: "en-GB",
    });
    await page.goto("/reports/new");
    await page.locator("#occurredFrom").waitFor();
    await expectNoBrowserWidgets(page);
    expect(await page.locator("#occurredFrom").getAttribute("placeholder")).toBeNull();
    expect(await page.locator("#occurredFrom").getAttribute("dir")).toBe("ltr");

    // The format and the file picker in Arabic, nothing of the browser's English.
    const format = await text(page, "#occurredFrom-format");
    expect(format).toContain("السنة-الشهر-اليوم");
    expect(format).not.toMatch(LATIN);
    const picker = await text(page, ".file-picker");
    expect(picker).toContain("اختر ملفات…");
    expect(picker).toContain("لم يُختر أي ملف.");
    expect(picker).not.toMatch(LATIN);
    const files = page.getByLabel("الملفات (صور، فيديو، صوت، PDF)");
    await files.focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("evidence-files");

    // Typed on an Arabic keyboard, read back in full in Arabic.
    await page.locator("#occurredFrom").fill("٢٠٢٠-٠١-١٤ ٢١:٠٠");
    expect(await page.locator("#occurredFrom").inputValue()).toBe("2020-01-14 21:00");
    const echo = await text(page, "#occurredFrom-echo");
    expect(echo).toContain("الثلاثاء");
    expect(echo).toContain("يناير");
    expect(echo).toContain("21:00");
    expect(echo).toContain("بتوقيت البعثة");
    expect(echo).not.toMatch(LATIN);

    // 30 February: said in Arabic once the person leaves the field.
    await page.locator("#occurredTo").fill("2020-02-30 10:00");
    await page.locator("#occurredTo").press("Tab");
    expect(await text(page, "#occurredTo-problem")).toBe(
      "لا يوجد هذا اليوم في التقويم: تحقّق من الشهر واليوم.",
    );
    expect(await page.locator("#occurredTo").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#occurredTo-echo").count()).toBe(0);

    await page
      .locator("#evidence-files")
      .setInputFiles([{ name: "حفرة.png", mimeType: "image/png", buffer: Buffer.alloc(2048) }]);
    const chosen = await text(page, ".file-picker-chosen");
    expect(chosen).toContain("اختير ملف واحد:");
    expect(chosen).toContain("حفرة.png");
    await screenshot(page, "fields-intake-ar-in-english-browser", true);

    // The page is sent with what was typed: the Arabic-Indic digits made 19:00 UTC.
    const description = `قصف قرب السوق، اختبار ${Date.now()}`;
    await fillIntake(page, {
      from: "٢٠٢٠-٠١-١٤ ٢١:٠٠",
      to: "2020-01-14 21:30",
      place: "عين زارة",
      category: "A3",
      description,
    });
    await page.locator("#evidence-files").setInputFiles([]);
    expect(await text(page, ".file-picker-chosen")).toBe("لم يُختر أي ملف.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "إرسال البلاغ" }).click();
    await page.locator(".notice-success").waitFor();
    const mine = (
      await api<{ items: { description: string; occurredFrom: string; occurredTo: string }[] }>(
        "monitor",
        "GET",
        "/reports?limit=50",
      )
    ).items.find((r) => r.description === description);
    expect(new Date(mine!.occurredFrom).toISOString()).toBe("2020-01-14T19:00:00.000Z");
    expect(new Date(mine!.occurredTo).toISOString()).toBe("2020-01-14T19:30:00.000Z");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("in English in an Arabic browser: English texts only", async () => {
    const { page, context, errors } = await open(browser, {
      lang: "en",
      user: "monitor",
      browserLocale: "ar-LY",
    });
    await page.goto("/reports/new");
    await page.locator("#occurredFrom").waitFor();
    await expectNoBrowserWidgets(page);
    const format = await text(page, "#occurredFrom-format");
    expect(format).toContain("Year-month-day");
    expect(format).not.toMatch(ARABIC);
    const picker = await text(page, ".file-picker");
    expect(picker).toContain("Choose files…");
    expect(picker).toContain("No file chosen.");
    expect(picker).not.toMatch(ARABIC);

    await page.locator("#occurredFrom").fill("2020-01-14T21:00");
    expect(await text(page, "#occurredFrom-echo")).toBe(
      "Tuesday, 14 January 2020 at 21:00, mission time (Africa/Tripoli, UTC+2)",
    );
    await page.locator("#occurredTo").fill("2020-01-14 25:00");
    await page.locator("#occurredTo").blur();
    expect(await text(page, "#occurredTo-problem")).toBe(
      "There is no such time: hours go from 00 to 23, minutes from 00 to 59.",
    );
    await page.locator("#occurredTo").fill("14/01/2020");
    expect(await text(page, "#occurredTo-problem")).toBe(
      "Write the date and time as year-month-day hour:minute, with digits only.",
    );
    expect(await text(page, "#occurredTo-format")).toBe(
      "Year-month-day and 24-hour time, e.g. 2020-01-14 21:00",
    );
    await page.locator("#evidence-files").setInputFiles([
      { name: "a.png", mimeType: "image/png", buffer: Buffer.alloc(10) },
      { name: "b.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(3 * 1024) },
    ]);
    const chosen = await text(page, ".file-picker-chosen");
    expect(chosen).toContain("2 files chosen:");
    expect(chosen).toContain("b.pdf (3 KiB)");
    expect(chosen).not.toMatch(ARABIC);
    await screenshot(page, "fields-intake-en-in-arabic-browser", true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("fits a phone in both languages", async () => {
    for (const lang of ["ar", "en"] as const) {
      const { page, context } = await open(browser, {
        lang,
        user: "monitor",
        viewport: PHONE,
        browserLocale: lang === "ar" ? "en-GB" : "ar-LY",
      });
      await page.goto("/reports/new");
      await page.locator("#occurredFrom").fill("2020-01-14 21:00");
      await page.locator("#occurredTo").fill("2020-01-14 22:15");
      await expectNoBrowserWidgets(page);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await page.locator("#occurredFrom").scrollIntoViewIfNeeded();
      await screenshot(page, `fields-intake-phone-${lang}`);
      await page.locator(".file-picker").scrollIntoViewIfNeeded();
      await screenshot(page, `fields-intake-files-phone-${lang}`);
      await context.close();
    }
  });
});

/** An incident taken by the API to `state` ("in_review" or "endorsed"), as the chief sees it. */
async function incidentIn(state: "in_review" | "endorsed"): Promise<string> {
  const tag = `fields-${Date.now().toString(36)}`;
  const report = await api<{ id: string }>("liaison-gna", "POST", "/reports", {
    sourceKind: "party_complaint",
    occurredFrom: "2020-11-02T08:00:00Z",
    occurredTo: "2020-11-02T09:30:00Z",
    location: { lat: 31.19, lon: 16.57 },
    category: "A3",
    description: `Mortar rounds fell near the Sirte power station (${tag}).`,
    language: "en",
    allegedParty: "LNA",
  });
  const { id } = await api<{ id: string }>("chief", "POST", "/incidents", {
    reportIds: [report.id],
    title: `Mortar fire near Sirte (${tag})`,
  });
  const move = (user: string, to: string) =>
    api(user, "POST", `/incidents/${id}/transitions`, { to });
  await move("chief", "triaged");
  await move("chief", "under_verification");
  await api("analyst", "POST", `/incidents/${id}/findings`, {
    outcome: "violation_unattributed",
    verificationLevel: "V2",
    attributionLevel: "undetermined",
    provisions: ["LY-2020-01-12/1"],
    severity: 2,
    standardOfProof: "reasonable_grounds",
    publicNarrative: `Mortar rounds struck near the Sirte power station (${tag}).`,
    restrictedNarrative: "Crater analysis could not establish the firing point.",
  });
  await move("analyst", "assessed");
  await move("analyst", "in_review");
  if (state === "endorsed") await move("chief", "endorsed");
  return id;
}

describe("the chief's transition form", () => {
  it("reads the reply deadline back in the interface language, each language in the other's browser", async () => {
    const id = await incidentIn("in_review");
    for (const lang of ["ar", "en"] as const) {
      for (const viewport of [undefined, PHONE]) {
        const { page, context, errors } = await open(browser, {
          lang,
          user: "chief",
          viewport,
          browserLocale: lang === "ar" ? "en-GB" : "ar-LY",
        });
        await page.goto(`/incidents/${id}`);
        await page.locator("#reply-deadline").fill("2020-11-05 18:00");
        await expectNoBrowserWidgets(page);
        const echo = await text(page, "#reply-deadline-echo");
        expect(echo).toBe(
          lang === "ar"
            ? "الخميس، 5 نوفمبر 2020 في 18:00 بتوقيت البعثة"
            : "Thursday, 5 November 2020 at 18:00, mission time (Africa/Tripoli, UTC+2)",
        );
        await page.locator("#reply-deadline-echo").scrollIntoViewIfNeeded();
        const name = `fields-transition-${lang}${viewport ? "-phone" : ""}`;
        await screenshot(page, name, !viewport);
        expect(errors).toEqual([]);
        await context.close();
      }
    }
  });

  it("does not release now when the release time is typed wrong", async () => {
    const id = await incidentIn("endorsed");
    const { page, context } = await open(browser, {
      lang: "ar",
      user: "chief",
      browserLocale: "en-GB",
    });
    await page.goto(`/incidents/${id}`);
    await page.locator("#release-at").fill("2020-02-30 10:00");
    // Said at once, before the click (a message appearing on blur would move the button away).
    expect(await text(page, "#release-at-problem")).toBe(
      "لا يوجد هذا اليوم في التقويم: تحقّق من الشهر واليوم.",
    );
    await page.getByRole("button", { name: "نقل إلى «إصدار مقيَّد»" }).click();
    expect(await text(page, ".workflow-status .notice-error")).toContain(
      "صحّح التاريخ والوقت في «موعد الإصدار (اختياري)، بتوقيت البعثة (Africa/Tripoli، UTC+2)» أولًا.",
    );
    const after = await api<{ state: string }>("chief", "GET", `/incidents/${id}`);
    expect(after.state).toBe("endorsed");
    await screenshot(page, "fields-release-at-wrong-ar");
    await context.close();
  });
});
