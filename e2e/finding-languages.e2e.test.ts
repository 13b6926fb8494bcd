import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";
import { ok, type User } from "./support/cases.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const AR_PUBLIC = "سقطت قذائف هاون قرب محطة كهرباء سرت.";
const EN_PUBLIC = "Mortar rounds struck near the Sirte power station.";
const AR_RESTRICTED = "لم يحدد تحليل الحفر موقع الإطلاق.";

/** An incident of a GNA complaint, under verification, with no finding yet. */
async function caseUnderVerification(): Promise<string> {
  const tag = `e2e-lang-${Date.now().toString(36)}`;
  const report = await ok("liaison-gna", "POST", "/reports", {
    sourceKind: "party_complaint",
    occurredFrom: "2020-11-02T08:00:00Z",
    occurredTo: "2020-11-02T09:30:00Z",
    location: { lat: 31.19, lon: 16.57 },
    category: "A3",
    description: `Mortar rounds fell near the Sirte power station (${tag}).`,
    language: "en",
    allegedParty: "LNA",
  });
  const incident = await ok("chief", "POST", "/incidents", {
    reportIds: [report.id],
    title: `Mortar fire near the Sirte power station (${tag})`,
  });
  await ok("chief", "POST", `/incidents/${incident.id}/classification`, {
    classification: "parties",
    concernedParties: ["GNA"],
    reason: "The shelling concerns GNA positions only.",
  });
  for (const to of ["triaged", "under_verification"]) {
    await ok("chief", "POST", `/incidents/${incident.id}/transitions`, { to });
  }
  return incident.id;
}

describe("findings in Arabic and English", () => {
  let id: string;
  let releaseId: string;

  it("an analyst writes the narratives in both languages, Arabic authoritative", async () => {
    id = await caseUnderVerification();
    const { page, context, errors } = await open(browser, { lang: "en", user: "analyst" });
    await page.goto(`/incidents/${id}`);
    const editor = page.locator(".finding-editor");
    await editor.waitFor();
    await editor.getByLabel("Outcome").selectOption("unable_to_determine");
    await editor.getByLabel("Verification level").selectOption("V1");
    await editor.getByLabel("Authoritative language").selectOption("ar");
    // The authoritative narrative is required: the editor says so before sending.
    await editor.getByLabel("Public narrative in English").fill(EN_PUBLIC);
    await editor.getByRole("button", { name: "Save as version 1" }).click();
    await expect
      .poll(() => editor.locator(".notice-error").textContent())
      .toContain("Write the public narrative in Arabic, the authoritative language.");
    await editor.getByLabel("Public narrative in Arabic").fill(AR_PUBLIC);
    await editor.getByLabel("Restricted narrative in Arabic").fill(AR_RESTRICTED);
    // The English restricted narrative is optional, and said to be missing.
    expect(await editor.locator("#finding-restricted-en-hint").textContent()).toBe(
      "Optional: the translation is missing.",
    );
    await editor.getByRole("button", { name: "Save as version 1" }).click();
    await expect
      .poll(() => editor.locator(".notice-success").textContent())
      .toBe("Version 1 of the finding was saved.");
    const saved = page.locator(".finding").first();
    await expect.poll(() => saved.textContent(), { timeout: 15_000 }).toContain(EN_PUBLIC);
    // Under the English public narrative: it is a translation, and the Arabic can be read.
    expect(await saved.textContent()).toContain("Translation: the Arabic text is authoritative");
    expect(await saved.textContent()).toContain("Translation missing — shown in Arabic");
    await editor.scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "finding-languages-editor-en", true);

    await page.getByRole("button", { name: "العربية" }).click();
    await expect.poll(() => page.getAttribute("html", "dir")).toBe("rtl");
    await expect.poll(() => saved.textContent(), { timeout: 15_000 }).toContain(AR_PUBLIC);
    await page.locator(".narratives").scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "finding-languages-editor-ar", true);
    expect(errors).toEqual([]);
    await context.close();

    const move = (user: User, to: string) =>
      ok(user, "POST", `/incidents/${id}/transitions`, { to });
    await move("analyst", "assessed");
    await move("analyst", "in_review");
    await move("chief", "endorsed");
    await move("chief", "restricted_release");
    const list = await ok<{ items: { id: string }[] }>(
      "chief",
      "GET",
      `/releases?incidentId=${id}`,
    );
    releaseId = list.items[0]!.id;
  });

  it("the liaison reads the released finding in Arabic, its interface language", async () => {
    const { page, context, errors } = await open(browser, { lang: "ar", user: "liaison-gna" });
    await page.goto(`/releases/${releaseId}`);
    // The narratives as read (the page also shows the frozen content itself, in both languages).
    const narratives = page.locator(".narrative-block");
    await narratives.first().waitFor();
    const text = (await narratives.allTextContents()).join(" ");
    expect(text).toContain(AR_PUBLIC);
    expect(text).toContain(AR_RESTRICTED);
    expect(text).not.toContain(EN_PUBLIC);
    expect(text).not.toContain("الترجمة غير متوفرة");
    // The English translation of the public narrative is one click away.
    await page.getByRole("button", { name: "اقرأ باللغة الإنجليزية" }).click();
    await expect
      .poll(() => narratives.first().textContent(), { timeout: 10_000 })
      .toContain(EN_PUBLIC);
    expect(await narratives.first().textContent()).toContain(
      "ترجمة: المعتمد هو النص باللغة العربية",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "finding-languages-liaison-ar", true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the liaison reads it in English: the missing translation is marked, Arabic shown", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "liaison-gna" });
    await page.goto(`/releases/${releaseId}`);
    const narratives = page.locator(".narrative-block");
    await narratives.first().waitFor();
    expect(await narratives.first().textContent()).toContain(EN_PUBLIC);
    const restricted = narratives.nth(1);
    expect(await restricted.textContent()).toContain("Translation missing — shown in Arabic");
    expect(await restricted.locator("p[lang=ar]").textContent()).toBe(AR_RESTRICTED);
    await page.getByRole("button", { name: "Read in Arabic" }).click();
    await expect
      .poll(() => narratives.first().textContent(), { timeout: 10_000 })
      .toContain(AR_PUBLIC);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "finding-languages-liaison-en", true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the other party's liaison does not read it in either language", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "liaison-lna" });
    await page.goto(`/releases/${releaseId}`);
    await page.locator("main").waitFor();
    await page.waitForLoadState("networkidle");
    const text = (await page.locator("main").textContent()) ?? "";
    for (const s of [AR_PUBLIC, EN_PUBLIC, AR_RESTRICTED]) expect(text).not.toContain(s);
    await context.close();
  });
});
