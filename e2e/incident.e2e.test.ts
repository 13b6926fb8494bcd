import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, open, screenshot } from "./support/browser.js";
import { waitForMap } from "./support/intake.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function allowedTransitions(page: Page, id: string): Promise<string[]> {
  const res = await page.request.get(`/api/v1/incidents/${id}`);
  return ((await res.json()) as { allowedTransitions: string[] }).allowedTransitions;
}

const STATE_LABELS: Record<string, string> = {
  triaged: "Triaged",
  closed: "Closed",
  de_escalation: "De-escalation",
  under_verification: "Under verification",
};

describe("triage and the incident page", () => {
  it("the chief opens an incident from two reports and moves it with a note", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "chief" });
    await page.goto("/reports?status=received");
    const boxes = page.locator("tbody input[type=checkbox]");
    await boxes.first().waitFor();
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect
      .poll(() => page.locator(".selected-count").textContent())
      .toBe("2 reports selected");
    await page.getByLabel("Incident title (optional)").fill("Test: two reports of one event");
    await page.getByRole("button", { name: "Open incident" }).click();

    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop()!;
    await expect.poll(() => page.locator("h1").textContent()).toMatch(/^Incident INC-\d+$/);
    // side by side: one column per report
    await expect.poll(() => page.locator(".compare-table thead th").count()).toBe(2);

    const buttons = page.locator(".workflow-panel .action-row button");
    const expected = (await allowedTransitions(page, id)).map(
      (s) => `Move to “${STATE_LABELS[s]}”`,
    );
    expect(await buttons.allTextContents()).toEqual(expected);
    await screenshot(page, "incident-new-en");

    await page.getByLabel("Note (optional)").fill("Both reports describe the same shelling.");
    await page.getByRole("button", { name: "Move to “Triaged”" }).click();
    await expect
      .poll(() => page.locator(".workflow-panel .notice-success").textContent())
      .toBe("The case moved to “Triaged”.");
    const after = (await allowedTransitions(page, id)).map((s) => `Move to “${STATE_LABELS[s]}”`);
    await expect.poll(() => buttons.allTextContents()).toEqual(after);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("offers an analyst no move on a case still awaiting triage", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "analyst" });
    const res = await page.request.get("/api/v1/incidents?state=received&limit=1");
    const [incident] = ((await res.json()) as { items: { id: string }[] }).items;
    await page.goto(`/incidents/${incident!.id}`);
    await page.locator(".workflow-panel").waitFor();
    expect(await page.locator(".workflow-panel").textContent()).toContain(
      "No move is open to you at this stage.",
    );
    expect(await page.locator(".workflow-panel button").count()).toBe(0);
    await context.close();
  });

  it("a click on an incident's circle on the map opens the incident", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "analyst" });
    const res = await page.request.get("/api/v1/incidents?limit=200");
    type Located = { id: string; location: { lat: number; lon: number } | null };
    const items = ((await res.json()) as { items: Located[] }).items;
    // one whose circle no other incident's circle overlaps at the zoom the map jumps to
    const apart = (a: Located, b: Located) =>
      Math.hypot(a.location!.lat - b.location!.lat, a.location!.lon - b.location!.lon) > 0.1;
    const located = items.filter((i) => i.location);
    const target = located.find((i) => located.every((j) => j === i || apart(i, j)))!;
    await page.goto(`/map?focus=${target.id}`);
    await waitForMap(page, "incident-map");
    const canvas = page.locator('[data-testid="incident-map"] canvas');
    const box = (await canvas.boundingBox())!;
    await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    expect(page.url()).toContain(target.id);
    await page.locator(".compare-table").waitFor();
    await context.close();
  });
});
