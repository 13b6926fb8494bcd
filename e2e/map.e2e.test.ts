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

async function setDay(page: Page, input: string, day: string): Promise<void> {
  await page.locator(input).fill(day);
  await expect.poll(() => page.locator(input).inputValue()).toBe(day);
}

async function setLayerDay(page: Page, day: string): Promise<void> {
  await setDay(page, "#layers-at", day);
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

type Feature = {
  geometry: { coordinates: [number, number] };
  properties: { id?: string; occurredFrom?: string; occurredTo?: string };
};

/** What the API gives the logged-in user of `page`. */
async function api<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`/api/v1${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** Libya was UTC+2 all through 2020: a mission day's first and last instants. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+02:00`).getTime();
const dayEnd = (day: string) => new Date(`${day}T23:59:59.999+02:00`).getTime();
const missionDayOf = (iso: string) =>
  new Date(new Date(iso).getTime() + 2 * 3600_000).toISOString().slice(0, 10);

/** The incident ids the side list shows. */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator(".map-list a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.split("/").pop()!).sort();
}

async function listSettled(page: Page): Promise<void> {
  await page.locator('section[aria-labelledby="in-view-title"][aria-busy="false"]').waitFor();
}

/** The colour of the map's canvas at a point (fractions of its width and height). */
async function canvasPixel(page: Page, fx: number, fy: number): Promise<[number, number, number]> {
  const png = await page.locator(`${MAP} canvas`).screenshot();
  // decoded on a blank page: the app's content security policy refuses data: fetches
  const blank = await page.context().newPage();
  const colour = await blank.evaluate(
    async ({ b64, fx, fy }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const img = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext("2d")!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(Math.round(img.width * fx), Math.round(img.height * fy), 1, 1).data;
      return [d[0]!, d[1]!, d[2]!] as [number, number, number];
    },
    { b64: png.toString("base64"), fx, fy },
  );
  await blank.close();
  return colour;
}

const LAND: [number, number, number] = [0xf6, 0xf3, 0xec];
const OUTSIDE: [number, number, number] = [0xdd, 0xe5, 0xea];
const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe("the map page opened from a bookmark", () => {
  /**
   * Holds back every request matching `held` until one matching `awaited` has been sent (or 15 s
   * have passed), and says whether it was sent first: what the page asks for without waiting.
   */
  async function holdUntilAsked(page: Page, held: RegExp, awaited: RegExp) {
    let asked = false;
    page.on("request", (r) => {
      if (awaited.test(r.url())) asked = true;
    });
    const seen = { askedFirst: null as boolean | null };
    await page.route(held, async (route) => {
      for (let waited = 0; !asked && waited < 15_000; waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
      }
      seen.askedFirst ??= asked;
      await route.fallback();
    });
    return seen;
  }

  it("asks for its time window before MapLibre's code arrives, and for the session beside the mission", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "analyst" });
    // Before: the page's reads waited for the map's code (about 1 MB), and the session for the
    // mission's answer, one round trip after another.
    const mapCode = await holdUntilAsked(
      page,
      /\/assets\/map-base-[^/]*\.js$/,
      /\/api\/v1\/map\/incidents\/time-extent/,
    );
    const mission = await holdUntilAsked(page, /\/api\/v1\/mission$/, /\/api\/v1\/auth\/session/);
    await page.goto("/map");
    await mapReady(page);
    expect(mapCode.askedFirst, "the time window asked for while the map's code is held").toBe(true);
    expect(mission.askedFirst, "the session asked for while the mission is held").toBe(true);
    expect(await page.locator(`${MAP} canvas`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the map's time window", () => {
  it("opens on the latest day with data, filters the points by the window, and a link reproduces the view", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "analyst" });
    await page.goto("/map");
    await mapReady(page);
    const extent = await api<{ latestEventAt: string }>(page, "/map/incidents/time-extent");
    const latest = missionDayOf(extent.latestEventAt);
    expect(latest < "2021-01-01", "the demo ends in 2020").toBe(true);

    // the window ends on the latest day with data, not today; the lines follow its end
    await expect.poll(() => new URL(page.url()).searchParams.get("to")).toBe(latest);
    expect(new URL(page.url()).searchParams.get("span")).toBe("30d");
    expect(await page.locator("#time-to").inputValue()).toBe(latest);
    expect(await page.locator("#layers-at").inputValue()).toBe(latest);
    expect(await page.locator('[data-testid="time-summary"]').textContent()).toMatch(
      /latest day with located events you may see/,
    );
    expect(await page.locator('[data-testid="layers-at-follows"]').textContent()).toMatch(
      /Follows the end of the time window/,
    );

    // every incident stays only under "All": a shorter window shows those overlapping it only
    type Collection = { features: Feature[] };
    const all = (await api<Collection>(page, "/incidents.geojson")).features;
    const byId = new Map(all.map((f) => [f.properties.id!, f.properties]));
    const check = async (span: string, from: string | null, to: string) => {
      await page.locator(`input[name="time-span"][value="${span}"]`).check();
      await expect.poll(() => new URL(page.url()).searchParams.get("span")).toBe(span);
      await listSettled(page);
      const ids = await listedIds(page);
      const expected = all
        .filter(
          (f) =>
            (from === null || new Date(f.properties.occurredTo!).getTime() >= dayStart(from)) &&
            new Date(f.properties.occurredFrom!).getTime() <= dayEnd(to),
        )
        .map((f) => f.properties.id!)
        .sort();
      expect(ids, span).toEqual(expected);
      for (const id of ids) expect(byId.has(id)).toBe(true);
      return ids.length;
    };
    await setDay(page, "#time-to", "2020-08-01");
    expect(await page.locator("#layers-at").inputValue()).toBe("2020-08-01");
    await expect.poll(() => listedLayers(page), { timeout: 20_000 }).toContain("Sirte");
    const week = await check("7d", "2020-07-26", "2020-08-01");
    const month = await check("30d", "2020-07-03", "2020-08-01");
    const everything = await check("all", null, "2021-12-31");
    expect(everything).toBe(all.length);
    expect(week).toBeLessThan(everything);
    expect(month).toBeLessThan(everything);

    // the lines drawn as on a day apart from the window, kept in the URL
    await check("30d", "2020-07-03", "2020-08-01");
    await setDay(page, "#layers-at", "2020-02-01");
    await expect.poll(() => new URL(page.url()).searchParams.get("at")).toBe("2020-02-01");
    await expect
      .poll(() => listedLayers(page), { timeout: 20_000 })
      .toContain("Tripoli southern front");
    await screenshot(page, "map-window-en");
    const before = await listedIds(page);

    // the link opens the same view
    const link = page.url();
    const other = await open(browser, { lang: "en", user: "analyst" });
    await other.page.goto(link);
    await mapReady(other.page);
    await listSettled(other.page);
    expect(await other.page.locator("#time-to").inputValue()).toBe("2020-08-01");
    expect(await other.page.locator("#time-from").inputValue()).toBe("2020-07-03");
    expect(await other.page.locator("#layers-at").inputValue()).toBe("2020-02-01");
    expect(await listedIds(other.page)).toEqual(before);
    await other.context.close();

    // back to following the window
    await page.getByRole("button", { name: "Follow the time window" }).click();
    expect(await page.locator("#layers-at").inputValue()).toBe("2020-08-01");
    expect(new URL(page.url()).searchParams.get("at")).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a party's liaison sees the window end on its own latest day, and only its own records", async () => {
    const { page, context, errors } = await open(browser, { lang: "ar", user: "liaison-gna" });
    await page.goto("/map");
    await mapReady(page);
    const extent = await api<{ latestEventAt: string | null }>(page, "/map/reports/time-extent");
    const expected = extent.latestEventAt ? missionDayOf(extent.latestEventAt) : null;
    expect(expected).not.toBeNull();
    await expect.poll(() => new URL(page.url()).searchParams.get("to")).toBe(expected);
    await page.locator('input[name="time-span"][value="all"]').check();
    await listSettled(page);
    const mine = await api<{ features: { properties: { submitterParty?: string } }[] }>(
      page,
      "/reports.geojson",
    );
    expect(mine.features.every((f) => f.properties.submitterParty === "GNA")).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the map's controls and basemap", () => {
  it("shows the layer switches on the map, without scrolling", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "analyst" });
    await page.goto("/map");
    await mapReady(page);
    const map = (await page.locator(MAP).boundingBox())!;
    for (const box of await page
      .locator('[data-testid="layer-switch"] input[name="layer-group"]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.bottom).toBeLessThanOrEqual(768);
      expect(box.top).toBeGreaterThanOrEqual(map.y);
      expect(box.left).toBeGreaterThanOrEqual(map.x);
      expect(box.right).toBeLessThanOrEqual(map.x + map.width);
    }
    await context.close();
  });

  it("keeps the land filled when zoomed in, inside an area of control too", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "analyst" });
    const { features } = await api<{ features: Feature[] }>(page, "/incidents.geojson");
    // inland Tripoli, inside the illustrative GNA-held area
    const target = features.find((f) => {
      const [lon, lat] = f.geometry.coordinates;
      return lon > 13.1 && lon < 13.4 && lat > 32.6 && lat < 32.85;
    });
    expect(target).toBeTruthy();
    await page.goto(`/map?focus=${target!.properties.id}`);
    await mapReady(page);
    for (let i = 0; i < 5; i++) {
      await page.locator(".maplibregl-ctrl-zoom-in").click();
      await page.waitForTimeout(400);
    }
    await page.waitForTimeout(1500);
    await screenshot(page, "map-zoomed-in-en");
    // away from the focused point, south of it (inland)
    const tinted = await canvasPixel(page, 0.3, 0.8);
    expect(
      distance(tinted, LAND),
      `${tinted.join(",")} reads as land, not as the outside`,
    ).toBeLessThan(distance(tinted, OUTSIDE));
    // without the areas of control: the land's own colour
    await page.locator('input[name="layer-group"][value="area_of_control"]').uncheck();
    await page.waitForTimeout(800);
    expect(distance(await canvasPixel(page, 0.3, 0.8), LAND)).toBeLessThan(4);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`is usable on a phone in ${lang}: 44 px controls, nothing cut off`, async () => {
      const { page, context, errors } = await open(browser, {
        lang,
        user: "analyst",
        viewport: { width: 390, height: 844 },
      });
      await page.goto("/map");
      await mapReady(page);
      await page.waitForTimeout(500);
      await screenshot(page, `map-phone-${lang}`);
      const sizes = await page
        .locator(
          '.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out, [data-testid="layer-switch"] summary, .time-spans label',
        )
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(sizes.length).toBeGreaterThanOrEqual(7);
      for (const s of sizes) {
        expect(s.height).toBeGreaterThanOrEqual(44);
        expect(s.width).toBeGreaterThanOrEqual(44);
      }
      // the side panel's dates and buttons too
      const side = await page
        .locator(".map-side input:not([type=radio]):not([type=checkbox]), .map-side .button.small")
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(side.length).toBeGreaterThanOrEqual(4);
      for (const h of side) expect(h).toBeGreaterThanOrEqual(44);
      // the layer switch, folded on a phone, is on the map in the first screen
      const summary = page.locator('[data-testid="layer-switch"] summary');
      const box = (await summary.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      await summary.click();
      await page.locator('input[name="layer-group"][value="zones"]').uncheck();
      await expect
        .poll(() => page.locator(MAP).getAttribute("data-overlays"))
        .not.toContain("zones");
      await screenshot(page, `map-phone-layers-${lang}`);
      // nothing wider than the screen
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `map-phone-full-${lang}`, true);
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
