import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("finding editor", () => {
  it("an analyst drafts a finding, saves a second version and sees both in the history", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "analyst" });
    // An incident whose finding may be drafted, with no finding yet.
    let id: string | undefined;
    for (const state of ["under_verification", "triaged"]) {
      const list = (await (
        await page.request.get(`/api/v1/incidents?state=${state}&limit=100`)
      ).json()) as { items: { id: string }[] };
      for (const i of list.items) {
        const d = (await (await page.request.get(`/api/v1/incidents/${i.id}`)).json()) as {
          findings: unknown[];
        };
        if (d.findings.length === 0) {
          id = i.id;
          break;
        }
      }
      if (id) break;
    }
    expect(id).toBeDefined();
    await page.goto(`/incidents/${id}`);
    const editor = page.locator(".finding-editor");
    await editor.waitFor();

    // The rules are said before sending: an attributed violation needs a party, a provision and
    // its public narrative in the authoritative language.
    await editor.getByLabel("Outcome").selectOption("violation_attributed");
    await editor.getByRole("button", { name: "Save as version 1" }).click();
    await editor.locator(".notice-error").waitFor();
    expect(await editor.locator(".notice-error li").count()).toBe(3);

    await editor.getByLabel("Attribution level").selectOption("attributed");
    await editor.getByLabel("Party responsible").selectOption("LNA");
    await editor.locator(".checkbox-list input").first().check();
    await editor.getByLabel("Verification level").selectOption("V1");
    await editor.getByLabel("Severity").selectOption("2");
    await editor.getByLabel("Standard of proof").selectOption("reasonable_grounds");
    await editor.locator("select[id^=grade-rel-]").first().selectOption("B");
    await editor.locator("select[id^=grade-cred-]").first().selectOption("2");
    await editor.getByLabel("Authoritative language").selectOption("en");
    await editor
      .getByLabel("Public narrative in English")
      .fill("Mortar rounds landed near a school.");
    await editor
      .getByLabel("Restricted narrative in English")
      .fill("Two witnesses; crater analysis pending.");
    await editor.getByRole("button", { name: "Save as version 1" }).click();
    await expect
      .poll(() => editor.locator(".notice-success").textContent())
      .toBe("Version 1 of the finding was saved.");

    // v2: the form starts from v1; only the verification level changes.
    await editor.getByRole("button", { name: "Save as version 2" }).waitFor();
    await editor.getByLabel("Verification level").selectOption("V2");
    await editor.getByRole("button", { name: "Save as version 2" }).click();
    await expect
      .poll(() => editor.locator(".notice-success").textContent())
      .toBe("Version 2 of the finding was saved.");

    const current = page.locator(".finding").first();
    await expect.poll(() => current.locator(".panel-title").textContent()).toContain("version 2");
    expect(await current.textContent()).toContain("V2 — corroborated");
    const history = page.locator(".history-table tbody tr", { hasText: "Finding version drafted" });
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.last().textContent()).toContain("Version 2");
    // the evidence section is there (with or without files)
    await page.locator("#evidence-title").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "finding-editor-en", true);

    await page.getByRole("button", { name: "العربية" }).click();
    await expect.poll(() => page.getAttribute("html", "dir")).toBe("rtl");
    await page.locator(".history-table").scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "finding-editor-ar", true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
