/**
 * Geo layers in the browser: the analyst defines a layer, sees an invalid file refused with each
 * problem said in words and where it is (in English and in Arabic), uploads a valid one after a
 * map preview, finds the version listed and on the map, and ends it; a party's liaison and a
 * monitor cannot reach the page, and the API refuses them. Screenshots in both languages, on a
 * desktop and on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";
import { call } from "./support/cases.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// In the desert south-east, away from the demo's records, so no other test's position changes.
const ZONE = [
  [20.0, 24.0],
  [20.3, 24.0],
  [20.3, 24.3],
  [20.0, 24.3],
];
const zoneFile = (ring: number[][]) =>
  Buffer.from(
    JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } },
      ],
    }),
  );

async function upload(page: Page, name: string, body: Buffer): Promise<void> {
  await page
    .locator("#version-file")
    .setInputFiles({ name, mimeType: "application/geo+json", buffer: body });
}

describe("geo layers", () => {
  it("an analyst defines a layer, sees a bad file refused in words, uploads a good one and finds it on the map", async () => {
    const { page, context, errors, external } = await open(browser, {
      lang: "en",
      user: "analyst",
    });
    const tag = Date.now().toString(36);
    const name = `E2E buffer zone ${tag}`;
    await page.goto("/");
    await page.locator("header nav").getByRole("link", { name: "Geo layers" }).click();
    await page.locator(".layer-table tbody tr").first().waitFor();
    expect(await page.locator(".layer-table").textContent()).toContain("Line of contact");
    await screenshot(page, "geo-layers-list-en");

    // define the layer: its page opens, with no version yet
    await page.getByText("Define a new layer").click();
    await page.locator("#layer-kind").selectOption("buffer_zone");
    await page.locator("#layer-name").fill(name);
    await page.locator("#layer-name-ar").fill(`منطقة عازلة تجريبية ${tag}`);
    await page.getByRole("button", { name: "Define the layer" }).click();
    await page.locator("h1", { hasText: name }).waitFor();
    expect(await page.locator(".layer-history").textContent()).toContain("no version yet");

    // one point typed latitude first ([lat, lon] of a point near Ghadames): refused, saying where
    await upload(page, "swapped.geojson", zoneFile([...ZONE.slice(0, 2), [30.2, 10.0], ZONE[0]!]));
    await page
      .locator('[data-testid="geometry-preview"][data-state="ready"]')
      .waitFor({ timeout: 30_000 });
    await page.locator("#version-from").fill("2020-12-01 00:00");
    await page.getByRole("button", { name: "Save the version" }).click();
    const problems = page.locator(".geometry-problems");
    await problems.waitFor();
    const said = (await problems.locator(".geometry-problem-list").innerText()).trim();
    expect(said).toContain("Point 3 of the outer edge looks like latitude first");
    expect(said).toContain("longitude 30.2, latitude 10");
    expect(await problems.textContent()).toContain("counted from 1");
    await screenshot(page, "geo-layers-refused-en", true);

    // the same refusal, read in Arabic
    await page.locator("button.language-switch").click();
    await expect
      .poll(async () => problems.locator(".geometry-problem-list").innerText())
      .toContain("النقطة 3 من الحدّ الخارجي");
    await screenshot(page, "geo-layers-refused-ar", true);
    await page.locator("button.language-switch").click();
    await page.getByRole("button", { name: "Save the version" }).waitFor();

    // the good file: previewed, saved, listed as the current version from 1 December 2020
    await upload(page, "zone.geojson", zoneFile([...ZONE, ZONE[0]!]));
    await page
      .locator('[data-testid="geometry-preview"][data-state="ready"]')
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="preview-summary"]').textContent()).toContain(
      "Polygon with 5 points",
    );
    await page.locator("#version-source").fill("JMC sketch map, e2e");
    await page.getByRole("button", { name: "Save the version" }).click();
    await page.locator('[data-testid="version-saved"]').waitFor();
    expect(await page.locator('[data-testid="version-saved"]').textContent()).toContain(
      "Version 1 is saved",
    );
    expect(await problems.count()).toBe(0);
    const row = page.locator('.version-table tr[data-version="1"]');
    await row.waitFor();
    expect(await row.textContent()).toContain("JMC sketch map, e2e");
    expect(await row.getByRole("link", { name: "GeoJSON" }).getAttribute("href")).toMatch(
      /\/versions\/1\.geojson$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "geo-layers-layer-en", true);

    // listed on the list page
    await page.getByRole("link", { name: "All geo layers" }).click();
    const listed = page.locator(".layer-table tr", { hasText: name });
    await listed.waitFor();
    expect(await listed.textContent()).toContain("JMC sketch map, e2e");

    // and drawn on the map as on its first day
    await listed.getByRole("link").first().click();
    await page
      .getByRole("link", { name: /on the map/i })
      .first()
      .click();
    await page.waitForURL(/\/map\?/);
    expect(new URL(page.url()).searchParams.get("at")).toBe("2020-12-01");
    await expect
      .poll(() => page.locator(".layer-list").textContent(), { timeout: 30_000 })
      .toContain(name);

    // ended: the row says until when
    await page.goBack();
    await page.getByRole("button", { name: "End validity…" }).click();
    await page.locator("#end-v1").fill("2020-12-31 00:00");
    await page.getByRole("button", { name: "End the version" }).click();
    await expect
      .poll(() => page.locator('.version-table tr[data-version="1"]').textContent())
      .toMatch(/31 Dec 2020/);
    expect(await page.getByRole("button", { name: "End validity…" }).count()).toBe(0);

    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("looks right in Arabic and on a phone", async () => {
    const layers = (await call("analyst", "GET", "/geo/layers")).json.items as {
      id: string;
      kind: string;
      isDemo: boolean;
    }[];
    const demo = layers.find((l) => l.isDemo && l.kind === "buffer_zone")!;
    for (const lang of ["ar", "en"] as const) {
      for (const viewport of [undefined, { width: 390, height: 844 }]) {
        const { page, context, errors } = await open(browser, { lang, user: "chief", viewport });
        const size = viewport ? "phone" : "desktop";
        await page.goto("/geo-layers");
        await page.locator(".layer-table tbody tr").first().waitFor();
        await screenshot(page, `geo-layers-list-${size}-${lang}`, true);
        await page.goto(`/geo-layers/${demo.id}`);
        await page.locator(".version-table").waitFor();
        await upload(page, "zone.geojson", zoneFile([...ZONE, ZONE[0]!]));
        await page
          .locator('[data-testid="geometry-preview"][data-state="ready"]')
          .waitFor({ timeout: 30_000 });
        await screenshot(page, `geo-layers-layer-${size}-${lang}`, true);
        expect(await seriousViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }
    }
  });

  it("a party's liaison and a monitor cannot reach the page, and the API refuses their writes", async () => {
    for (const [user, lang, refused] of [
      ["liaison-gna", "ar", /ليست من عمل دورك/],
      ["monitor", "en", /not part of your role/],
    ] as const) {
      const { page, context } = await open(browser, { lang, user });
      await page.goto("/");
      await page.locator("header nav").waitFor();
      expect(await page.locator('header nav a[href="/geo-layers"]').count()).toBe(0);
      await page.goto("/geo-layers");
      await expect.poll(() => page.locator("main h1").innerText()).toMatch(refused);
      await screenshot(page, `geo-layers-refused-${user}-${lang}`);
      await context.close();

      const made = await call(user, "POST", "/geo/layers", {
        kind: "buffer_zone",
        name: "Not mine",
      });
      expect(made.status).toBe(403);
      const layer = (
        (await call("analyst", "GET", "/geo/layers")).json.items as { id: string }[]
      )[0]!;
      const version = await call(user, "POST", `/geo/layers/${layer.id}/versions/1/end`, {
        validTo: "2020-12-31T00:00:00Z",
      });
      expect(version.status).toBe(403);
    }
  });
});
