/**
 * The gazetteer in the browser: the administrator adds a place in both scripts, finds it by an
 * Arabic spelling, corrects its position on the map, merges a duplicate into it, and imports a
 * file (a refused one lists its problems by line, a good one is counted); the analyst and chief
 * use the page in Arabic; a liaison and a monitor are not offered it. Only places this test adds
 * are changed, far in the desert, so no other test's records move.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const importFile = (rows: string[]) =>
  Buffer.from(["osm_type,osm_id,place,name,name_ar,lat,lon", ...rows].join("\n"));

describe("the gazetteer page", () => {
  it("an administrator adds, finds, moves, merges and imports places", async () => {
    // Each attempt its own names: a retry must not meet the places of the first.
    const tag = Date.now().toString(36);
    const { page, context, errors, external } = await open(browser, { lang: "en", user: "admin" });
    await page.goto("/");
    await page.locator("header nav").getByRole("link", { name: "Gazetteer" }).click();
    await page.locator(".gazetteer-table tbody tr").first().waitFor();

    // add a place, named in both scripts
    await page.getByText("Add a place").click();
    await page.locator("#place-name").fill(`Bir Test ${tag}`);
    await page.locator("#place-name-ar").fill("بئر التجربة");
    await page.locator("#place-variants").fill(`Beer Test ${tag}, بير التجربة`);
    await page.locator("#place-lat").fill("23.5");
    await page.locator("#place-lon").fill("21.5");
    await page.locator("#place-kind").selectOption("site");
    await page.getByRole("button", { name: "Add the place" }).click();
    await page.getByRole("status").filter({ hasText: "was added" }).waitFor();

    // found by an Arabic spelling with hamza dropped and diacritics
    await page.locator("#gazetteer-q").fill("بِير التجربه");
    await page.locator(".gazetteer-search button[type=submit]").click();
    const row = page.locator(".gazetteer-table tbody tr", { hasText: `Bir Test ${tag}` });
    await row.waitFor();
    await screenshot(page, "gazetteer-list-en");

    // correct its position on the map
    await row.getByRole("button", { name: "Correct position" }).click();
    await page
      .locator('[data-testid="location-map"][data-state="ready"]')
      .waitFor({ timeout: 30_000 });
    await page.locator("#position-lat").fill("23.61");
    await page.locator("#position-lon").fill("21.42");
    await page.locator("#position-reason").fill("The well is by the track, not the dune.");
    await screenshot(page, "gazetteer-position-en");
    await page.getByRole("button", { name: "Save position" }).click();
    await page.getByRole("status").filter({ hasText: "saved" }).waitFor();
    await expect.poll(() => row.textContent()).toContain("23.6100, 21.4200");

    // a duplicate, merged into it: its name becomes one of the survivor's (the fold is still open)
    await page.locator("#place-name").fill(`Bir Test dup ${tag}`);
    await page.locator("#place-name-ar").fill("بئر التجربة المكررة");
    await page.locator("#place-lat").fill("23.6");
    await page.locator("#place-lon").fill("21.4");
    await page.getByRole("button", { name: "Add the place" }).click();
    await page.getByRole("status").filter({ hasText: "was added" }).waitFor();
    await page.locator("#gazetteer-q").fill(`Bir Test dup ${tag}`);
    await page.locator(".gazetteer-search button[type=submit]").click();
    const dup = page.locator(".gazetteer-table tbody tr", { hasText: `Bir Test dup ${tag}` });
    await dup.getByRole("button", { name: "Merge into…" }).click();
    await page.locator("#merge-q").fill(`Bir Test ${tag}`);
    await page.locator(".gazetteer-panel").getByRole("button", { name: "Find a place" }).click();
    await page
      .locator(".merge-candidates label", { hasText: `Bir Test ${tag}` })
      .first()
      .click();
    await page.locator("#merge-reason").fill("One well entered twice.");
    await screenshot(page, "gazetteer-merge-en");
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "was merged into" }).waitFor();
    await page.locator("#gazetteer-q").fill("بئر التجربة المكررة");
    await page.locator(".gazetteer-search button[type=submit]").click();
    await expect
      .poll(() => page.locator(".gazetteer-table tbody tr").first().textContent())
      .toContain(`Bir Test ${tag}`);

    // a refused import lists each problem with its line; a good one is counted
    await page.getByText("Import a place file").click();
    await page.locator("#import-file").setInputFiles({
      name: "extract.csv",
      mimeType: "text/csv",
      buffer: importFile([
        `node,9${tag.length}01,village,Good ${tag},جيد,23.2,21.2`,
        `node,9${tag.length}02,castle,Bad ${tag},سيء,23.2,21.2`,
      ]),
    });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const refused = page.locator(".import-problems");
    await refused.waitFor();
    expect(await refused.textContent()).toContain("line 3");
    expect(await refused.textContent()).toContain("kind");
    await screenshot(page, "gazetteer-import-refused-en");
    await page.locator("#import-file").setInputFiles({
      name: "extract.csv",
      mimeType: "text/csv",
      buffer: importFile([`node,77${Date.now()},village,Good ${tag},جيد,23.2,21.2`]),
    });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "1 places added" }).waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("the analyst and the chief use it in Arabic; the analyst is not offered merge or import", async () => {
    for (const user of ["analyst", "chief"] as const) {
      const { page, context, errors } = await open(browser, { lang: "ar", user });
      await page.goto("/gazetteer");
      await page.locator(".gazetteer-table tbody tr").first().waitFor();
      expect(await page.locator("h1").textContent()).toContain("معجم الأماكن");
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
      const merge = page.getByRole("button", { name: "دمج في…" });
      const importFold = page.getByText("استيراد ملف أماكن");
      if (user === "analyst") {
        expect(await merge.count()).toBe(0);
        expect(await importFold.count()).toBe(0);
      } else {
        expect(await merge.count()).toBeGreaterThan(0);
        await importFold.click();
      }
      await page.locator("#gazetteer-q").fill("مصراته");
      await page.locator(".gazetteer-search button[type=submit]").click();
      await expect
        .poll(() => page.locator(".gazetteer-table tbody tr").first().textContent())
        .toContain("مصراتة");
      if (user === "chief") {
        await page
          .locator(".gazetteer-table tbody tr")
          .first()
          .getByRole("button", { name: "تصحيح الموقع" })
          .click();
        await page
          .locator('[data-testid="location-map"][data-state="ready"]')
          .waitFor({ timeout: 30_000 });
      }
      await screenshot(page, `gazetteer-${user}-ar`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("a refused import's problems are explained in Arabic, with the id isolated", async () => {
    const { page, context, errors } = await open(browser, { lang: "ar", user: "chief" });
    await page.goto("/gazetteer");
    await page.locator(".gazetteer-table tbody tr").first().waitFor();
    await page.getByText("استيراد ملف أماكن").click();
    await page.locator("#import-file").setInputFiles({
      name: "extract.csv",
      mimeType: "text/csv",
      buffer: importFile([
        "node,9901,castle,Bad,سيء,23.2,21.2",
        "node,9902,village,Twice,مرتين,23.2,21.2",
        "node,9902,village,Twice,مرتين,23.2,21.2",
      ]),
    });
    await page.getByRole("button", { name: "استيراد", exact: true }).click();
    const refused = page.locator(".import-problems");
    await refused.waitFor();
    const text = (await refused.textContent()) ?? "";
    expect(text).toContain("السطر 2");
    expect(text).toContain("النوع «\u2068castle\u2069» ليس من الأنواع المقبولة");
    expect(text).toContain("المعرّف \u2068osm:node/9902\u2069 مكرّر (ورد أولًا في السطر 3)");
    expect(text).not.toContain("is not one of");
    await screenshot(page, "gazetteer-import-refused-ar");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await context.close();
  });

  it("a liaison and a monitor are not offered the page, and are told so", async () => {
    for (const user of ["liaison-gna", "monitor"] as const) {
      const { page, context } = await open(browser, { lang: "en", user });
      await page.goto("/");
      await page.locator("header nav").waitFor();
      expect(
        await page.locator("header nav").getByRole("link", { name: "Gazetteer" }).count(),
      ).toBe(0);
      await page.goto("/gazetteer");
      await page.locator("main").waitFor();
      expect(await page.locator(".gazetteer-table").count()).toBe(0);
      await context.close();
    }
  });
});
