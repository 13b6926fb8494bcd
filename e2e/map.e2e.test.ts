/**
 * The map (issue 5): points and clusters from the GeoJSON views, geo layers toggled and shown as
 * on a chosen day, a click through to the incident and its Position panel, and the intake form's
 * place search. In Arabic first, as the mission's analysts work; screenshots in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MAP = '[data-testid="incident-map"]';

async function mapReady(page: Page): Promise<void> {
  await page.locator(`${MAP}[data-state="ready"]`).waitFor({ timeout: 45_000 });
}

/** The names of the layers the panel lists as valid on the chosen day. */
async function listedLayers(page: Page): Promise<string> {
  return (await page.locator(".layer-list").textContent()) ?? "";
}

async function setLayerDay(page: Page, day: string): Promise<void> {
  await page.locator("#layers-at").fill(day);
  await expect.poll(() => page.locator("#layers-at").inputValue()).toBe(day);
}

describe("the map", () => {
  it("an analyst in Arabic sees the points, toggles the line of contact and travels back in time", async () => {
    const { page, context, external, errors } = await open(browser, {
      lang: "ar",
      user: "analyst",
    });
    await page.goto("/map");
    await mapReady(page);

    // points (or clusters) from the GeoJSON view of the whole country
    const points = page.locator(".map-list li");
    const clusters = page.locator(".map-cluster:not(.legend-cluster-sample)");
    await expect
      .poll(async () => (await points.count()) + (await clusters.count()))
      .toBeGreaterThan(0);

    // the lines of contact are drawn, and can be switched off and on again
    const lines = page.locator('input[name="layer-group"][value="line_of_contact"]');
    await expect(lines.isChecked()).resolves.toBe(true);
    await expect.poll(() => page.locator(MAP).getAttribute("data-overlay-features")).not.toBe("0");
    expect(await page.locator(MAP).getAttribute("data-overlays")).toContain("line_of_contact");

    // as on 1 August 2020: the Sirte–Jufra line, not the Tripoli front of January–June
    await setLayerDay(page, "2020-08-01");
    await expect.poll(() => listedLayers(page), { timeout: 20_000 }).toContain("خط سرت الجفرة");
    expect(await listedLayers(page)).not.toContain("جبهة طرابلس");
    // the demo layers say they are illustrative
    expect(await page.locator(".layer-list .badge-demo").count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await screenshot(page, "map-2020-08-01-ar");

    // the Sirte–Jufra line is long at this zoom: switching it off changes the picture
    const canvas = page.locator(`${MAP} canvas`);
    await page.waitForTimeout(800);
    const withLines = await canvas.screenshot();
    await lines.uncheck();
    await expect
      .poll(() => page.locator(MAP).getAttribute("data-overlays"))
      .not.toContain("line_of_contact");
    await page.waitForTimeout(800);
    const withoutLines = await canvas.screenshot();
    expect(withoutLines.equals(withLines), "switching the lines off changes the map").toBe(false);
    await lines.check();
    await expect
      .poll(() => page.locator(MAP).getAttribute("data-overlays"))
      .toContain("line_of_contact");

    // as on 1 February 2020: the Tripoli front (working line and the LNA's claim), no Sirte line
    await setLayerDay(page, "2020-02-01");
    await expect.poll(() => listedLayers(page), { timeout: 20_000 }).toContain("جبهة طرابلس");
    expect(await listedLayers(page)).not.toContain("خط سرت الجفرة");

    // the map's controls sit on the left in Arabic
    const zoom = await page.locator(".maplibregl-ctrl-top-left .maplibregl-ctrl-zoom-in").count();
    expect(zoom).toBe(1);

    await page.waitForTimeout(500);
    await screenshot(page, "map-ar");
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a click on a point opens the incident, whose Position panel gives the distance in km", async () => {
    const { page, context, errors } = await open(browser, { lang: "ar", user: "analyst" });
    const res = await page.request.get("/api/v1/incidents.geojson?zoom=5");
    type Point = { geometry: { coordinates: [number, number] }; properties: { id?: string } };
    const features = ((await res.json()) as { features: Point[] }).features.filter(
      (f) => f.properties.id,
    );
    // one whose circle no other circle overlaps at the zoom the map starts at
    const apart = (a: Point, b: Point) =>
      Math.hypot(
        a.geometry.coordinates[0] - b.geometry.coordinates[0],
        a.geometry.coordinates[1] - b.geometry.coordinates[1],
      ) > 0.1;
    const target = features.find((f) => features.every((g) => g === f || apart(f, g)))!;
    expect(target).toBeTruthy();
    await page.goto(`/map?focus=${target.properties.id}`);
    await mapReady(page);
    const canvas = page.locator(`${MAP} canvas`);
    const box = (await canvas.boundingBox())!;
    await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    expect(page.url()).toContain(target.properties.id);

    const panel = page.locator('[data-testid="geo-panel"]');
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain("كم");
    await page.locator('[data-testid="position-map"][data-state="ready"]').waitFor({
      timeout: 30_000,
    });
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, "incident-position-ar");
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`reads well in ${lang} at 1366×768`, async () => {
      const { page, context, errors } = await open(browser, { lang, user: "analyst" });
      await page.goto("/map");
      await mapReady(page);
      await page.locator(".layer-list li").first().waitFor({ timeout: 20_000 });
      await page.getByLabel(lang === "ar" ? "مجموعة الفئات" : "Category group").check();
      await page.waitForTimeout(500);
      await screenshot(page, `map-category-${lang}`);
      // reports instead of incidents: the list follows
      await page.getByLabel(lang === "ar" ? "البلاغات" : "Reports", { exact: true }).check();
      await expect
        .poll(() => page.locator("#in-view-title").textContent(), { timeout: 20_000 })
        .toMatch(lang === "ar" ? /البلاغات في هذا العرض/ : /Reports in this view/);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe("the intake form's place search", () => {
  it("finds مصراتة when typed مصراته and fills the coordinates", async () => {
    const { page, context, errors } = await open(browser, { lang: "ar", user: "monitor" });
    await page.goto("/reports/new");
    const search = page.locator('[data-testid="place-search"]');
    await search.fill("مصراته");
    const first = page.locator('[role="listbox"] [role="option"]').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.textContent()).toContain("مصراتة");
    expect(await search.getAttribute("aria-expanded")).toBe("true");
    expect(await search.getAttribute("aria-activedescendant")).toBe(await first.getAttribute("id"));
    await screenshot(page, "intake-place-search-ar");
    await search.press("Enter");

    await expect.poll(() => page.locator("#lat").inputValue()).toMatch(/^32\.\d+/);
    expect(Number(await page.locator("#lon").inputValue())).toBeCloseTo(15.09, 0);
    expect(await page.locator("#wherePrecision").inputValue()).toBe("2");
    expect(await page.locator("#placeName").inputValue()).toBe("مصراتة");
    expect(await search.getAttribute("aria-expanded")).toBe("false");
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("files a report with a place name only and shows how the server located it", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "monitor" });
    await page.goto("/reports/new");
    await page.locator("#occurredFrom").fill("2020-08-02T10:00");
    await page.locator("#occurredTo").fill("2020-08-02T11:00");
    await page.locator("#placeName").fill("Misrata");
    await page.locator("#category").selectOption("A3");
    await page.locator("#description").fill("Shelling heard east of the town.");
    await page.locator(".form-actions button[type=submit]").click();
    const note = page.locator('[data-testid="location-resolution"]');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toMatch(/gazetteer|several places/);
    await context.close();
  });
});
