/**
 * Geo layers in the browser: the analyst defines a layer, sees an invalid file refused with each
 * problem said in words and where it is (in English and in Arabic), uploads a valid one after a
 * map preview, finds the version listed and on the map, and ends it; a party's liaison and a
 * monitor cannot reach the page, and the API refuses them; an analyst draws a line of contact on
 * the map (mouse and keyboard) and saves it as a proposed version, and a zone drawn crossing
 * itself is refused before it is sent. Screenshots in both languages, on a
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

const DRAW = {
  en: {
    drawIt: "Draw it on the map",
    addCentre: "Add a point at the centre",
    undo: "Undo the last point",
    finish: "Finish the line",
    finished: /The line is finished: 3 points/,
    anotherPart: "Start another part",
    secondPart: /Part 2 of the line/,
    save: "Save the version",
    proposed: "Proposed to the joint commission",
  },
  ar: {
    drawIt: "رسمه على الخريطة",
    addCentre: "إضافة نقطة في الوسط",
    undo: "التراجع عن آخر نقطة",
    finish: "إنهاء الخط",
    finished: /انتهى الخط: (3|٣) نقاط/,
    anotherPart: "بدء جزء آخر من الخط",
    secondPart: /الجزء (2|٢) من الخط/,
    save: "حفظ الإصدار",
    proposed: "مقترح على اللجنة المشتركة",
  },
};

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

  for (const lang of ["en", "ar"] as const) {
    it(`an analyst draws a line of contact on the map and sends it as a proposed version (${lang})`, async () => {
      const s = DRAW[lang];
      const tag = `${lang}-${Date.now().toString(36)}`;
      const layer = (
        await call("analyst", "POST", "/geo/layers", {
          kind: "line_of_contact",
          name: `E2E drawn front ${tag}`,
          nameAr: `جبهة مرسومة ${tag}`,
        })
      ).json as { id: string };
      const { page, context, errors, external } = await open(browser, { lang, user: "analyst" });
      await page.goto(`/geo-layers/${layer.id}`);
      await page.getByRole("radio", { name: s.drawIt }).check();
      const panel = page.locator('[data-testid="draw-panel"]');
      const map = panel.locator('[data-testid="drawing-map"][data-state="ready"]');
      await map.waitFor({ timeout: 30_000 });
      const status = panel.locator('[data-testid="draw-status"]');
      const points = () => map.getAttribute("data-points");

      // From the keyboard: a point at the map's centre, then undone.
      await panel.getByRole("button", { name: s.addCentre }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(points).toBe("1");
      await panel.getByRole("button", { name: s.undo }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(points).toBe("0");

      // With the mouse: three points across the middle of the mission's area.
      await map.scrollIntoViewIfNeeded();
      const box = (await map.boundingBox())!;
      for (const [x, y] of [
        [0.4, 0.45],
        [0.5, 0.5],
        [0.6, 0.45],
      ] as const) {
        await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
      }
      await expect.poll(points).toBe("3");
      // The last point is dragged a little further on.
      const last = panel.locator('.draw-vertex[data-index="2"]');
      const before = await panel.locator(".draw-points li").nth(2).textContent();
      const at = (await last.boundingBox())!;
      await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
      await page.mouse.down();
      await page.mouse.move(at.x + 40, at.y + 20, { steps: 5 });
      await page.mouse.up();
      await expect
        .poll(() => panel.locator(".draw-points li").nth(2).textContent())
        .not.toBe(before);
      expect(await points()).toBe("3");
      await panel.getByRole("button", { name: s.finish }).click();
      await expect.poll(() => status.textContent()).toMatch(s.finished);
      await panel.locator('[data-testid="draw-checked"]').waitFor();
      await panel.locator('[data-testid="drawing-map"][data-drawn="3 done"]').waitFor();
      // A second part, beyond a gap: the line is sent as two parts.
      await panel.getByRole("button", { name: s.anotherPart }).click();
      await expect.poll(() => status.textContent()).toMatch(s.secondPart);
      for (const [x, y] of [
        [0.45, 0.7],
        [0.6, 0.72],
      ] as const) {
        await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
      }
      await expect.poll(points).toBe("2");
      await panel.getByRole("button", { name: s.finish }).click();
      await panel.locator('[data-testid="drawing-map"][data-drawn="1+2 done"]').waitFor();
      await panel.locator('[data-testid="draw-checked"]').waitFor();

      await page.locator("#version-from").fill("2021-08-01 00:00");
      expect(await page.locator("#version-status").inputValue()).toBe("proposed");
      await page.locator("#version-left").selectOption("GNA");
      await page.locator("#version-right").selectOption("LNA");
      await page.locator("#version-source").fill(`Drawn at the table ${tag}`);
      await screenshot(page, `geo-layers-drawn-${lang}`, true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: s.save }).click();
      await page.locator('[data-testid="version-saved"]').waitFor();

      // On the layer page: version 1, proposed, with its source; the drawing is cleared.
      const row = page.locator('.version-table tr[data-version="1"]');
      await row.waitFor();
      expect(await row.textContent()).toContain(s.proposed);
      expect(await row.textContent()).toContain(`Drawn at the table ${tag}`);
      await expect.poll(points).toBe("0");
      const read = (await call("analyst", "GET", `/geo/layers/${layer.id}`)).json as {
        versions: { status: string; leftParty: string }[];
      };
      expect(read.versions).toMatchObject([{ status: "proposed", leftParty: "GNA" }]);
      const file = (await call("analyst", "GET", `/geo/layers/${layer.id}/versions/1.geojson`))
        .json as { features: { geometry: { type: string; coordinates: number[][][] } }[] };
      const drawn = file.features.map((f) => f.geometry);
      // a line of contact's parts come back as one feature each (its disputed parts are marked
      // per part), or as one MultiLineString
      const parts: unknown[][] = drawn.flatMap((g) =>
        g.type === "MultiLineString" ? g.coordinates : [g.coordinates as unknown as number[][]],
      );
      expect(parts.map((p) => p.length)).toEqual([3, 2]);
      await screenshot(page, `geo-layers-drawn-saved-${lang}`, true);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });
  }

  it("a zone drawn crossing itself is refused in words before it is sent", async () => {
    const tag = Date.now().toString(36);
    const layer = (
      await call("analyst", "POST", "/geo/layers", {
        kind: "buffer_zone",
        name: `E2E drawn zone ${tag}`,
      })
    ).json as { id: string };
    const { page, context, errors } = await open(browser, { lang: "en", user: "analyst" });
    await page.goto(`/geo-layers/${layer.id}`);
    await page.getByRole("radio", { name: DRAW.en.drawIt }).check();
    const map = page.locator('[data-testid="drawing-map"][data-state="ready"]');
    await map.waitFor({ timeout: 30_000 });
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    // A bow tie: its second and fourth edges cross.
    for (const [x, y] of [
      [0.4, 0.4],
      [0.6, 0.6],
      [0.6, 0.4],
      [0.4, 0.6],
    ] as const) {
      await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
    }
    await page.getByRole("button", { name: "Close the zone" }).click();
    const problems = page.locator(".geometry-problems");
    await problems.waitFor();
    await page.locator('[data-testid="drawing-map"][data-drawn="4 done"]').waitFor();
    expect(await problems.textContent()).toContain("The drawing cannot be saved as it is");
    await page.locator("#version-from").fill("2021-08-01 00:00");
    await page.getByRole("button", { name: "Save the version" }).click();
    // Nothing was sent: the layer still has no version.
    const read = (await call("analyst", "GET", `/geo/layers/${layer.id}`)).json as {
      versions: unknown[];
    };
    expect(read.versions).toEqual([]);
    await screenshot(page, "geo-layers-drawn-refused-en", true);
    expect(errors).toEqual([]);
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
