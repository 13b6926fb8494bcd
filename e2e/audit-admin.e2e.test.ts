/**
 * The auditor's and the administrator's pages: the auditor verifies the chain and reads the
 * log; the administrator ends another user's session from the list of users; a monitor and a
 * party liaison are told these pages are not theirs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

/** A session of its own for a demo user no other browser test logs in as, marked by its agent. */
async function sessionOf(username: string, agent: string): Promise<string> {
  const res = await fetch(new URL("/api/v1/auth/login", inject("baseURL")), {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": agent },
    body: JSON.stringify({ username, password: "demo" }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function me(token: string): Promise<number> {
  const res = await fetch(new URL("/api/v1/auth/me", inject("baseURL")), {
    headers: { authorization: `Bearer ${token}` },
  });
  return res.status;
}

describe("the audit log and the administrator's page", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the auditor lands on the audit log, verifies the chain and reads entries (${lang})`, async () => {
      const { page, context, errors, external } = await open(browser, { lang, user: "auditor" });
      await page.goto("/");
      await page.waitForURL("**/audit");
      const rows = page.locator(".audit-table tbody tr");
      await rows.first().waitFor();
      expect(await rows.count()).toBe(50);
      // Newest first: the numbers go down.
      const seqs = (await page.locator(".audit-table tbody tr td:first-child").allInnerTexts()).map(
        (s) => Number(s.replace(/[^0-9]/g, "")),
      );
      expect(seqs[0]).toBeGreaterThan(seqs[1]!);
      await page
        .getByRole("button", { name: lang === "en" ? "Verify the chain" : "التحقق من السلسلة" })
        .click();
      await page
        .locator(".notice-success")
        .filter({ hasText: lang === "en" ? "The chain is intact" : "السلسلة سليمة" })
        .waitFor();
      await screenshot(page, `audit-${lang}`, true);
      // A subject filter, typed as a username.
      await page
        .getByRole("searchbox", { name: lang === "en" ? "Subject" : "الموضوع", exact: true })
        .fill("analyst2");
      await page.getByRole("button", { name: lang === "en" ? "Apply filters" : "تطبيق" }).click();
      await page.waitForURL("**/audit?subject=analyst2");
      await page.locator(".audit-table tbody tr").first().waitFor();
      const about = await page.locator(".audit-table tbody tr td:nth-child(5)").allInnerTexts();
      expect(about.every((s) => s.includes("analyst2"))).toBe(true);
      // More than the first page, on request.
      await page.goto("/audit");
      await rows.first().waitFor();
      await page.getByRole("button", { name: lang === "en" ? "Load more" : /المزيد/ }).click();
      await page.waitForFunction(
        () => document.querySelectorAll(".audit-table tbody tr").length > 50,
      );
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();

      const phone = await open(browser, { lang, user: "auditor", viewport: PHONE });
      await phone.page.goto("/audit");
      await phone.page.locator(".audit-table tbody tr").first().waitFor();
      await screenshot(phone.page, `audit-phone-${lang}`);
      await phone.context.close();
    });
  }

  it("the chief reads the audit log too, and the subjects open their incident", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "chief" });
    await page.goto("/dashboard");
    await page.getByRole("navigation").getByRole("link", { name: "Audit log" }).click();
    await page.locator(".audit-table tbody tr").first().waitFor();
    const incident = page.locator('.audit-table a[href^="/incidents/"]').first();
    if (await incident.count()) {
      await incident.click();
      await page.waitForURL(/\/incidents\/[0-9a-f-]+$/);
      await page.locator("main h1").waitFor();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the administrator sees the users and ends another user's session (${lang})`, async () => {
      const agent = `e2e-audit-admin-${lang}-${Date.now().toString(36)}`;
      const token = await sessionOf("analyst2", agent);
      expect(await me(token)).toBe(200);
      const { page, context, errors, external } = await open(browser, { lang, user: "admin" });
      await page.goto("/");
      await page.waitForURL("**/admin");
      const users = page.locator(".users-table > tbody > tr");
      await users.first().waitFor();
      for (const name of ["admin", "analyst2", "auditor", "liaison-gna"])
        await page
          .locator(".users-table th[scope=row]")
          .filter({ hasText: name })
          .first()
          .waitFor();
      await page.locator(".cli-command").filter({ hasText: "cfm user set" }).waitFor();
      await page
        .getByRole("button", {
          name: lang === "en" ? "Manage analyst2" : "إدارة analyst2",
          exact: true,
        })
        .click();
      const mine = page.locator(".session-list li").filter({ hasText: agent });
      await mine.waitFor();
      await screenshot(page, `admin-${lang}`, true);
      await mine.getByRole("button").click();
      await page
        .locator(".user-panel .notice-success")
        .filter({ hasText: lang === "en" ? "The session was ended." : "أُنهيت الجلسة." })
        .waitFor();
      await expect.poll(() => mine.count()).toBe(0);
      expect(await me(token)).toBe(401);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();

      const phone = await open(browser, { lang, user: "admin", viewport: PHONE });
      await phone.page.goto("/admin");
      await phone.page.locator(".users-table tbody tr").first().waitFor();
      await screenshot(phone.page, `admin-phone-${lang}`);
      await phone.context.close();
    });
  }

  it("a monitor and a party liaison are told these pages are not theirs", async () => {
    for (const [user, path] of [
      ["monitor", "/audit"],
      ["monitor", "/admin"],
      ["liaison-gna", "/audit"],
      ["liaison-lna", "/admin"],
    ] as const) {
      const { page, context } = await open(browser, { lang: "en", user });
      await page.goto(path);
      await page
        .getByRole("heading", { name: "This page is not part of your role's work" })
        .waitFor();
      expect(await page.locator(".audit-table, .users-table").count()).toBe(0);
      expect(await page.getByRole("link", { name: "Audit log" }).count()).toBe(0);
      await context.close();
    }
  });
});
