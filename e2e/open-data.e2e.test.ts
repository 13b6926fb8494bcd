/**
 * Open data in the browser (decision 0021): an analyst imports an ACLED file — the page shows the
 * job's progress, then its counts and the refused row by line, column and reason — and sees the
 * events as the map's own context layer, switched on and off; the head of mission imports a UCDP
 * GED file in Arabic; a party's liaison is offered neither the page nor the layer.
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

const ACLED_HEADER =
  "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

function acledFile(tag: string): Buffer {
  const row = (id: string, date: string, place: string, lat: number, lon: number) =>
    `${id},${date},2020,1,Political violence,Battles,Armed clash,Actor A,,1,Actor B,,1,11,,434,Northern Africa,Libya,Tripoli,,,${place},${lat},${lon},1,Test source,Local,Clashes reported.,0,,1579392000`;
  return Buffer.from(
    [
      ACLED_HEADER,
      row(`E2E${tag}1`, "2020-01-18", "عين زارة", 32.7761, 13.2344),
      row(`E2E${tag}2`, "2020-01-19", "Salah al-Din", 32.81, 13.2),
      row(`E2E${tag}3`, "31 January 2020", "Tarhuna", 32.4351, 13.6332),
      row(`E2E${tag}4`, "2020-02-30", "Gharyan", 32.1722, 13.0203),
    ].join("\n"),
  );
}

describe("open data", () => {
  it("an analyst imports an ACLED file, reads what was refused, and sees the context layer on the map", async () => {
    const tag = Date.now().toString(36);
    const { page, context, errors, external } = await open(browser, {
      lang: "en",
      user: "analyst",
    });
    await page.goto("/");
    await page.locator("header nav").getByRole("link", { name: "Open data" }).click();
    await page.getByRole("heading", { name: "Import a file" }).waitFor();
    await page.getByLabel("ACLED (current or pre-2023 columns)").check();
    await page.locator("#od-file").setInputFiles({
      name: `acled-${tag}.csv`,
      mimeType: "text/csv",
      buffer: acledFile(tag),
    });
    await page.getByRole("button", { name: "Upload and import" }).click();
    const progress = page.locator('[data-testid="import-progress"]');
    await progress.waitFor();
    await page
      .locator('[data-testid="import-progress"][data-state="done"]')
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(() => progress.textContent())
      .toContain("4 rows read: 3 imported, 0 skipped as duplicates, 1 refused.");
    const refused = progress.locator(".import-problems-table tbody tr");
    await expect.poll(() => refused.count()).toBe(1);
    expect(await refused.first().textContent()).toContain("5event_date");
    expect(await refused.first().textContent()).toContain('"2020-02-30" is not a date');
    await screenshot(page, "open-data-import-en", true);
    expect(await seriousViolations(page)).toEqual([]);

    // The map: the context layer is off until switched on, then shows the month's events.
    await page.goto("/map?span=custom&from=2020-01-01&to=2020-01-31");
    const map = page.locator('[data-testid="incident-map"][data-state="ready"]');
    await map.waitFor({ timeout: 60_000 });
    expect(await map.getAttribute("data-context-features")).toBe("hidden");
    await page.getByLabel(/Context events \(ACLED, UCDP\)/).check();
    await expect
      .poll(async () => Number(await map.getAttribute("data-context-features")), {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(500);
    await screenshot(page, "open-data-map-context-en");
    await page.getByLabel(/Context events \(ACLED, UCDP\)/).uncheck();
    await expect.poll(() => map.getAttribute("data-context-features")).toBe("hidden");
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("the head of mission imports a UCDP GED file in Arabic", async () => {
    const tag = Date.now().toString(36);
    const { page, context, errors } = await open(browser, { lang: "ar", user: "chief" });
    await page.goto("/open-data");
    await page.getByRole("heading", { name: "استيراد ملف" }).waitFor();
    await page.getByLabel("UCDP GED").check();
    const header =
      "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob";
    const n = Number.parseInt(tag, 36) % 1_000_000_000;
    const row = `${n},LBY-${tag},2020,1,Clear,1,,,,,,,,,Government of Libya,,,LNA,1,,,,,,1,سرت,,Surt,,31.2089,16.5887,POINT (16.5887 31.2089),,Libya,620,Africa,1,1,2020-01-16,2020-01-16,1,1,0,0,2,3,2,620,620`;
    await page.locator("#od-file").setInputFiles({
      name: `ged-${tag}.csv`,
      mimeType: "text/csv",
      buffer: Buffer.from(`${header}\n${row}\n`),
    });
    await page.getByRole("button", { name: "ارفع واستورد" }).click();
    await page
      .locator('[data-testid="import-progress"][data-state="done"]')
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.locator('[data-testid="import-progress"]').textContent())
      .toContain("لم يُرفض أي صف.");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await screenshot(page, "open-data-import-ar", true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a party's liaison is offered neither the page nor the context layer", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "liaison-gna" });
    await page.goto("/");
    await page.locator("header nav").waitFor();
    expect(await page.locator("header nav").getByRole("link", { name: "Open data" }).count()).toBe(
      0,
    );
    await page.goto("/open-data");
    await page.getByText("This page is not part of your role's work").waitFor();
    await page.goto("/map");
    await page.locator('[data-testid="incident-map"]').waitFor();
    await page.locator('[data-testid="layer-switch"]').waitFor();
    expect(await page.getByLabel(/Context events/).count()).toBe(0);
    await context.close();
  });
});
