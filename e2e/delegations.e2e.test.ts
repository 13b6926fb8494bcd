/**
 * The joint body's delegations, read only (issue 12): the head of mission reads every party's
 * from their navigation, a party's liaison only their own party's, in both languages; a monitor
 * is offered no such page and told it is not theirs. The administrator sets them on the parties
 * page (agreements-admin.e2e.test.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

async function asAdmin<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(new URL(`/api/v1${path}`, inject("baseURL")), {
    method,
    headers: {
      authorization: `Bearer ${inject("sessions").admin!}`,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as T;
  if (res.status >= 300)
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  // The LNA's liaison heads the LNA's delegation (the administrator sets it).
  const { items } = await asAdmin<{ items: { id: string; username: string }[] }>(
    "GET",
    "/admin/users?q=liaison-lna",
  );
  const lna = items.find((u) => u.username === "liaison-lna")!;
  await asAdmin("PUT", "/delegations/LNA", { memberIds: [lna.id], headUserId: lna.id });
});
afterAll(async () => {
  await browser?.close();
});

const T = {
  en: {
    nav: "Delegations",
    title: "Delegations to the joint body",
    head: "Head of the delegation",
  },
  ar: { nav: "الوفود", title: "الوفود إلى الهيئة المشتركة", head: "رئيس الوفد" },
};

describe("the delegations, read only", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the chief reads every party's delegation, a liaison their own party's (${lang})`, async () => {
      const s = T[lang];
      const chief = await open(browser, { lang, user: "chief" });
      await chief.page.goto("/");
      await chief.page
        .locator("header nav")
        .getByRole("link", { name: s.nav, exact: true })
        .click();
      await chief.page.getByRole("heading", { name: s.title, level: 1 }).waitFor();
      const cards = chief.page.locator("main .delegation");
      await cards.first().waitFor();
      expect(await cards.count()).toBeGreaterThanOrEqual(2);
      expect(await cards.first().getByRole("heading", { name: s.head }).count()).toBe(1);
      // Read only: nothing to tick, nothing to save.
      expect(
        await chief.page.locator("main input, main select, main button[type=submit]").count(),
      ).toBe(0);
      expect(await seriousViolations(chief.page)).toEqual([]);
      await screenshot(chief.page, `delegations-chief-${lang}`, true);
      expect(chief.errors).toEqual([]);
      expect(chief.external).toEqual([]);
      await chief.context.close();

      const liaison = await open(browser, { lang, user: "liaison-lna" });
      await liaison.page.goto("/delegations");
      await liaison.page.getByRole("heading", { name: s.title, level: 1 }).waitFor();
      await liaison.page.locator("main .delegation").first().waitFor();
      expect(await liaison.page.locator("main .delegation").count()).toBe(1);
      expect(await liaison.page.locator("main .delegation").innerText()).toContain("liaison-lna");
      await screenshot(liaison.page, `delegations-liaison-${lang}`, true);
      expect(liaison.errors).toEqual([]);
      await liaison.context.close();
    });
  }

  it("a monitor is offered no delegations page and is told it is not theirs", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "monitor" });
    await page.goto("/delegations");
    await page
      .getByRole("heading", { name: "This page is not part of your role's work" })
      .waitFor();
    expect(await page.getByRole("link", { name: "Delegations" }).count()).toBe(0);
    await context.close();
  });
});
