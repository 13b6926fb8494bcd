/**
 * The chief decides who may read an incident: classification, parties concerned and embargo,
 * typed in mission time (Libya demo: Tripoli), with a reason and a summary of what the change means before it is applied.
 * Other case roles read these values and have no form.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";
import { ok as api } from "./support/cases.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** An incident from one complaint of each party, opened by the chief; its id. */
async function incident(tag: string): Promise<string> {
  const ids: string[] = [];
  for (const [user, alleged] of [
    ["liaison-gna", "LNA"],
    ["liaison-lna", "GNA"],
  ] as const) {
    const r = await api(user, "POST", "/reports", {
      sourceKind: "party_complaint",
      occurredFrom: "2020-03-04T10:00:00Z",
      occurredTo: "2020-03-04T11:00:00Z",
      location: { lat: 32.7, lon: 13.2 },
      category: "A3",
      description: `Artillery exchange south of the airport road (${tag}).`,
      language: "en",
      allegedParty: alleged,
    });
    ids.push(r.id as string);
  }
  return (await api("chief", "POST", "/incidents", { reportIds: ids })).id as string;
}

describe("classification of an incident", () => {
  it("the chief makes an incident public under an embargo (English)", async () => {
    const id = await incident("classify-en");
    const { page, context, errors } = await open(browser, { lang: "en", user: "chief" });
    await page.goto(`/incidents/${id}`);
    const level = page.getByTestId("classification-level");
    await expect.poll(() => level.textContent()).toContain("Parties");
    await page.getByTestId("will-change").getByText("Nothing changes").waitFor();
    expect(await page.getByRole("button", { name: "Apply the change" }).isDisabled()).toBe(true);

    await page.getByRole("radio", { name: /^Public/ }).check();
    await page
      .getByLabel("Embargo until (optional), in mission time (Africa/Tripoli, UTC+2)")
      .fill("2030-01-02T10:00");
    const summary = page.getByTestId("will-change");
    await expect.poll(() => summary.textContent()).toContain("Classification: Parties → Public.");
    expect(await summary.textContent()).toContain(
      "Government of National Accord and Libyan National Army (General Command) will be able to read it",
    );
    expect(await summary.textContent()).toContain("2030");

    // the reason is required: nothing is sent without it
    await page.getByRole("button", { name: "Apply the change" }).click();
    await page.getByText("Give the reason for the change.").waitFor();
    expect((await api("chief", "GET", `/incidents/${id}`)).classification).toBe("parties");

    await page.getByLabel(/Reason for the change/).fill("Cleared for publication after review.");
    await screenshot(page, "classification-form-en", true);
    await page.getByRole("button", { name: "Apply the change" }).click();
    await page.getByText("The classification was changed.").waitFor();
    await expect.poll(() => level.textContent()).toContain("Public");
    expect(await page.getByTestId("classification-embargo").textContent()).toContain("2030");
    await page.getByTestId("will-change").getByText("Nothing changes").waitFor();
    await screenshot(page, "classification-done-en", true);

    const stored = await api("chief", "GET", `/incidents/${id}`);
    expect(stored).toMatchObject({
      classification: "public",
      embargoUntil: "2030-01-02T08:00:00.000Z", // 10:00 in Tripoli
      concernedParties: ["GNA", "LNA"],
    });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    // an analyst reads the new values and has no form
    const analyst = await open(browser, { lang: "en", user: "analyst" });
    await analyst.page.goto(`/incidents/${id}`);
    const read = analyst.page.getByTestId("classification-level");
    await expect.poll(() => read.textContent()).toContain("Public");
    expect(await analyst.page.getByTestId("classification-embargo").textContent()).toContain(
      "2030",
    );
    expect(await analyst.page.locator(".classify-form").count()).toBe(0);
    expect(await analyst.page.getByRole("button", { name: "Apply the change" }).count()).toBe(0);
    await screenshot(analyst.page, "classification-analyst-en");
    await analyst.context.close();
  });

  it("the chief withdraws an incident from one party and lifts its embargo (Arabic)", async () => {
    const id = await incident("classify-ar");
    await api("chief", "POST", `/incidents/${id}/classification`, {
      classification: "parties",
      embargoUntil: "2030-05-01T08:00:00.000Z",
      reason: "Set up for the test.",
    });
    const { page, context, errors } = await open(browser, { lang: "ar", user: "chief" });
    await page.goto(`/incidents/${id}`);
    const level = page.getByTestId("classification-level");
    await expect.poll(() => level.textContent()).toContain("الأطراف");
    expect(
      await page
        .getByLabel("حظر النشر حتى (اختياري)، بتوقيت البعثة (Africa/Tripoli، UTC+2)")
        .inputValue(),
    ).toBe(
      "2030-05-01 10:00", // the app's date field shows a space, not the T
    );

    await page.getByRole("radio", { name: /^داخلي/ }).check();
    // Arabic pages name the party in Arabic, without its Latin code.
    await page.getByRole("checkbox", { name: /الوطني الليبي/ }).uncheck();
    await page.getByRole("button", { name: "رفع الحظر" }).click();
    const summary = page.getByTestId("will-change");
    await expect.poll(() => summary.textContent()).toContain("التصنيف: الأطراف ← داخلي.");
    expect(await summary.textContent()).toContain("لن يطّلع عليها سوى البعثة");
    expect(await summary.textContent()).toContain("رُفع الحظر");
    await page
      .getByLabel(/سبب التغيير/)
      .fill("سحب الحادثة إلى النطاق الداخلي لحين استكمال التحقق.");
    await screenshot(page, "classification-form-ar", true);
    await page.getByRole("button", { name: "تطبيق التغيير" }).click();
    await page.getByText("تم تغيير التصنيف.").waitFor();
    await expect.poll(() => level.textContent()).toContain("داخلي");
    expect(await page.getByTestId("classification-embargo").textContent()).toContain("لا حظر");
    await screenshot(page, "classification-done-ar", true);
    expect(await api("chief", "GET", `/incidents/${id}`)).toMatchObject({
      classification: "internal",
      embargoUntil: null,
      concernedParties: ["GNA"],
    });
    expect(errors).toEqual([]);
    await context.close();

    const analyst = await open(browser, { lang: "ar", user: "analyst" });
    await analyst.page.goto(`/incidents/${id}`);
    const read = analyst.page.getByTestId("classification-level");
    await expect.poll(() => read.textContent()).toContain("داخلي");
    expect(await analyst.page.locator(".classify-form").count()).toBe(0);
    await screenshot(analyst.page, "classification-analyst-ar");
    await analyst.context.close();
  });
});
