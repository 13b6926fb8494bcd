import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { inject } from "vitest";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Files a complaint through the API as a party's liaison; returns its tracking id. */
async function complain(user: string, body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${inject("baseURL")}/api/v1/reports`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${inject("sessions")[user]}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({
      sourceKind: "party_complaint",
      occurredFrom: "2020-01-20T21:00:00Z",
      occurredTo: "2020-01-20T22:30:00Z",
      category: "A1",
      language: "en",
      ...body,
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { trackingId: string }).trackingId;
}

describe("triage", () => {
  it("suggests the other party's complaint about the same exchange of fire as a duplicate", async () => {
    const gna = await complain("liaison-gna", {
      allegedParty: "LNA",
      location: { lat: 32.79, lon: 13.28 },
      description: "LNA forces opened fire on our positions south of Ain Zara.",
    });
    const lna = await complain("liaison-lna", {
      allegedParty: "GNA",
      location: { lat: 32.781, lon: 13.291 },
      description: "GNA militias fired first near Ain Zara; we responded.",
    });
    const { page, context, errors } = await open(browser, { lang: "en", user: "chief" });
    await page.goto("/reports?status=received");
    await page.getByLabel(new RegExp(gna)).check();
    const suggested = page.locator(".suggested");
    await suggested.getByText(`Report ${lna}`).waitFor();
    await suggested.getByRole("button", { name: "Select this report too" }).first().click();
    await expect
      .poll(() => page.locator(".selected-count").textContent())
      .toMatch(/2 reports selected/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "triage-suggested-en");
    expect(errors).toEqual([]);
    await context.close();
  });
});
