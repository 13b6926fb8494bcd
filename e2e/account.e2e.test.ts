import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, loginThroughPage, open, screenshot } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("account security in the browser", () => {
  it("sets up an authenticator app, keeps a recovery code, and logs in with it", async () => {
    // The auditor: a demo user no other browser test logs in as. A demo user who sets up a
    // factor is asked for it from then on (decision 0006).
    const { page, context, errors, external } = await open(browser, { lang: "en" });
    await loginThroughPage(page, "auditor", "en");
    await page.goto("/account");
    await page.getByRole("button", { name: "Show the QR code" }).click();
    const key = (await page.locator(".totp-key").textContent())!.replace(/\s/g, "");
    expect(key).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel("Code from the app").fill(await generate({ secret: key }));
    await page.getByRole("button", { name: "Confirm" }).click();
    const codes = page.getByRole("list", { name: "Recovery codes" }).locator("li");
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    const recovery = (await codes.first().textContent())!.trim();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "account-recovery-codes-en");
    await page.getByRole("button", { name: "I have saved them — continue" }).click();
    await page.getByText("An authenticator app is set up.").waitFor();

    // Next time the password is not enough; a recovery code works, once.
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByLabel("Username").fill("auditor");
    await page.getByLabel("Password").fill("demo");
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await page.getByRole("button", { name: "Use a recovery code instead" }).click();
    await page.getByLabel("Recovery code").fill(recovery);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "login-second-factor-en");
    await page.getByRole("button", { name: "Verify" }).click();
    await page.locator(".app-header").waitFor();
    await page.goto("/account");
    await page.getByText("9 recovery codes are left.", { exact: false }).waitFor();
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
