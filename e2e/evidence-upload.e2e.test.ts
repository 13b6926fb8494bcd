import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
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

// The smallest valid PNG: 1×1 transparent pixel.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

describe("evidence with the intake form", () => {
  it("a monitor on a phone files a report with two files: one stored with its SHA-256, one refused with a reason", async () => {
    const { page, context, errors } = await open(browser, {
      lang: "en",
      user: "monitor",
      viewport: { width: 390, height: 844 },
    });
    await page.goto("/reports/new");
    await page.locator("#evidence-files").waitFor();
    expect(await page.locator("#evidence-files-offline").textContent()).toContain(
      "only be attached while online",
    );
    await fillIntake(page, {
      from: "2020-03-02T10:00",
      to: "2020-03-02T10:30",
      place: "Ain Zara",
      category: "A3",
      description: "Two mortar rounds landed near the market; photo attached.",
    });
    await page.locator("#evidence-files").setInputFiles([
      { name: "crater.png", mimeType: "image/png", buffer: PNG },
      { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not evidence") },
    ]);
    await page.getByRole("button", { name: "Send report" }).click();
    const done = page.locator(".upload-results .upload-done");
    await done.waitFor();
    const sha = createHash("sha256").update(PNG).digest("hex");
    expect(await done.textContent()).toContain(sha);
    const refused = page.locator(".upload-results .upload-refused");
    await refused.waitFor();
    expect(await refused.textContent()).toContain("notes.txt is not a type accepted as evidence");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "intake-evidence-phone-en", true);
    expect(errors.filter((e) => !/status of 415/.test(e))).toEqual([]);
    await context.close();
  });
});
