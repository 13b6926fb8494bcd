import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, open, screenshot } from "./support/browser.js";
import { fillIntake } from "./support/intake.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("the intake form", () => {
  it("a monitor files a report in Arabic, located on the map, and finds it in the list", async () => {
    const { page, context, external, errors } = await open(browser, {
      lang: "ar",
      user: "monitor",
    });
    await page.goto("/reports/new");
    await expect.poll(() => page.locator("h1").textContent()).toBe("تقديم بلاغ");
    const description = `سقوط قذائف هاون قرب عين زارة، رقم ${Date.now()}`;
    await fillIntake(page, {
      from: "2020-06-10T21:00",
      to: "2020-06-10T23:30",
      place: "عين زارة",
      category: "A3",
      description,
      explosions: 12,
      mapClick: { x: -0.05, y: -0.25 }, // inland, north-west of the centre of Libya
    });
    const lat = Number(await page.locator("#lat").inputValue());
    const lon = Number(await page.locator("#lon").inputValue());
    expect(lat).toBeGreaterThan(19.5);
    expect(lat).toBeLessThan(33.2);
    expect(lon).toBeGreaterThan(9.3);
    expect(lon).toBeLessThan(25.2);
    // typed in Arabic: the description's language follows
    expect(await page.getByRole("radio", { name: "العربية" }).isChecked()).toBe(true);
    await screenshot(page, "intake-filled-ar");
    await page.getByRole("button", { name: "إرسال البلاغ" }).click();

    const notice = page.locator(".notice-success");
    await notice.waitFor();
    const tracking = /R-\d+/.exec((await notice.textContent()) ?? "")?.[0];
    expect(tracking).toBeTruthy();

    await page.getByRole("link", { name: "بلاغاتي" }).click();
    const row = page.locator("tbody tr").first();
    await expect.poll(() => row.textContent()).toContain(tracking!);
    expect(await row.textContent()).toContain(description);
    // 21:00 typed in Tripoli is 19:00 UTC: shown back as 21:00 (Libya time, the 24-hour clock
    // in both languages) with the month named in Arabic
    const when = await row.locator("td").nth(2).textContent();
    expect(when).toContain("21:00");
    expect(when).toMatch(
      /يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر/,
    );
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the server's refusal, keeps the report to correct, and sends the correction", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "monitor" });
    await page.goto("/reports/new");
    const description = `Shots heard at the checkpoint, test ${Date.now()}`;
    await fillIntake(page, {
      from: "2020-06-11T10:00",
      to: "2099-06-11T11:00", // in the future: the server refuses it
      place: "Abu Grein",
      category: "A1",
      description,
    });
    await page.getByRole("button", { name: "Send report" }).click();

    const status = page.locator(".form-status");
    await expect.poll(() => status.textContent()).toContain("The server refused the report");
    expect(await status.textContent()).toContain("cannot end after the report was received");
    const item = page.locator('[data-testid="outbox-item"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain("Refused by the server");
    expect(await page.locator("#occurredTo").getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "intake-refused-en");

    await page.locator("#occurredTo").fill("2020-06-11T11:00");
    await page.getByRole("button", { name: "Send report" }).click();
    await page.locator(".notice-success").waitFor();
    await expect.poll(() => item.count()).toBe(0);
    const res = await page.request.get("/api/v1/reports?limit=50");
    const mine = ((await res.json()) as { items: { description: string }[] }).items.filter(
      (r) => r.description === description,
    );
    expect(mine).toHaveLength(1);
    await context.close();
  });

  it("fits a phone screen", async () => {
    const { page, context } = await open(browser, {
      lang: "ar",
      user: "monitor",
      viewport: { width: 390, height: 844 },
    });
    await page.goto("/reports/new");
    await page.locator("#description").waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "intake-phone-ar");
    await context.close();
  });
});
