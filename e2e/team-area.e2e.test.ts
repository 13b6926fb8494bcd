/**
 * A team member's lists and map open on the team's area (issue 12): the incident and report lists
 * filtered to the team's sectors, the map fitted on them with the sectors drawn and the incidents
 * there, all saying so and all
 * undone with one click. A filter, not a restriction: the team here is not need-to-know.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { call, ok } from "./support/cases.js";

let browser: Browser;
let token: string;
const TEAM = "e2e-central";
const AREA = "sirte_jufra";

beforeAll(async () => {
  browser = await launch();
  const made = await call("admin", "POST", "/admin/teams", {
    code: TEAM,
    nameEn: "Central front team",
    nameAr: "فريق الجبهة الوسطى",
    sectors: [AREA],
    areaOnly: false,
  });
  expect([201, 409]).toContain(made.status);
  const users = await ok<{ items: { id: string; username: string }[] }>(
    "admin",
    "GET",
    "/admin/users?q=analyst2",
  );
  const analyst2 = users.items.find((u) => u.username === "analyst2")!;
  await ok("admin", "PATCH", `/admin/users/${analyst2.id}`, { team: TEAM });
  const res = await fetch(new URL("/api/v1/auth/login", inject("baseURL")), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "analyst2", password: "demo" }),
  });
  expect(res.status).toBe(200);
  token = ((await res.json()) as { token: string }).token;
});
afterAll(async () => {
  await browser?.close();
});

/** The first page of incident references the team member's list shows for a query, from the API. */
async function firstPage(query: string): Promise<string[]> {
  const res = await fetch(new URL(`/api/v1/incidents?limit=50${query}`, inject("baseURL")), {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: { reference: string }[] }).items.map((i) => i.reference);
}

const TEXT = {
  en: {
    every: "Show every sector",
    whole: "Show the whole mission",
    back: "Back to your team's area",
  },
  ar: { every: "عرض كل القطاعات", whole: "عرض البعثة كلها", back: "العودة إلى منطقة فريقك" },
};

describe("a team member's list and map", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`open on the team's area, said and removable (${lang})`, async () => {
      const { page, context, errors, external } = await open(browser, {
        lang,
        server: { baseURL: inject("baseURL"), token },
      });
      const s = TEXT[lang];

      // The list: the team's sector ticked, the rows those of the sector.
      await page.goto("/incidents");
      const notice = page.getByTestId("team-area-notice");
      await notice.waitFor();
      // the sectors by name once the mission's geography is read
      await expect
        .poll(() => notice.textContent())
        .toContain(lang === "ar" ? "سرت–الجفرة" : "Sirte–Jufra");
      const box = page.locator(`input[name="sector"][value="${AREA}"]`);
      expect(await box.isChecked()).toBe(true);
      expect(await page.locator('input[name="sector"]:checked').count()).toBe(1);
      const inArea = await firstPage(`&sector=${AREA}`);
      const everywhere = await firstPage("");
      expect(inArea.length).toBeGreaterThan(0);
      expect(inArea).not.toEqual(everywhere);
      await expect
        .poll(async () =>
          (await page.locator("tbody tr td:first-child").allTextContents()).map((x) => x.trim()),
        )
        .toEqual(inArea);
      await screenshot(page, `incidents-team-area-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);

      // Removed with one click: every sector, and the address says so.
      await page.getByRole("button", { name: s.every }).click();
      await expect.poll(() => new URL(page.url()).search).toBe("?sector=");
      await expect
        .poll(async () =>
          (await page.locator("tbody tr td:first-child").allTextContents()).map((x) => x.trim()),
        )
        .toEqual(everywhere);
      expect(await notice.count()).toBe(0);
      expect(await box.isChecked()).toBe(false);

      // The reports list too (an analyst's; a monitor's is their own reports, wherever).
      const reportsAsked = page.waitForRequest((r) => /\/api\/v1\/reports\?/.test(r.url()));
      await page.goto("/reports");
      expect(new URL((await reportsAsked).url()).searchParams.get("sector")).toBe(AREA);
      await notice.waitFor();
      expect(await box.isChecked()).toBe(true);
      await screenshot(page, `reports-team-area-${lang}`);
      const everyAsked = page.waitForRequest(
        (r) => /\/api\/v1\/reports\?/.test(r.url()) && !r.url().includes("sector="),
      );
      await page.getByRole("button", { name: s.every }).click();
      await everyAsked;
      expect(await notice.count()).toBe(0);

      // The map: fitted on the sector, drawn, showing the incidents there, and the whole
      // mission a click away.
      const pointsAsked = page.waitForRequest((r) => r.url().includes("/incidents.geojson"));
      await page.goto("/map");
      expect(new URL((await pointsAsked).url()).searchParams.get("sector")).toBe(AREA);
      const map = page.locator('[data-testid="incident-map"]');
      await page.locator('[data-testid="incident-map"][data-state="ready"]').waitFor({
        timeout: 45_000,
      });
      expect(await map.getAttribute("data-sectors")).toBe("shown");
      // the sectors named on the map, the team's among them
      await expect
        .poll(() => page.locator(".sector-label").allTextContents())
        .toContain(
          lang === "ar" ? "سرت–الجفرة والجبهة الوسطى" : "Sirte–Jufra and the central front",
        );
      const areaFit = (await map.getAttribute("data-fit"))!.split(",").map(Number);
      const mission = (await (
        await fetch(new URL("/api/v1/mission", inject("baseURL")))
      ).json()) as {
        bbox: number[];
      };
      // the sector's box, inside the mission's and much smaller
      expect(areaFit[0]).toBeGreaterThan(mission.bbox[0]!);
      expect(areaFit[2]! - areaFit[0]!).toBeLessThan((mission.bbox[2]! - mission.bbox[0]!) / 2);
      const bounds = () =>
        page.evaluate(() => document.querySelector(".maplibregl-canvas")?.getBoundingClientRect());
      expect(await bounds()).toBeTruthy();
      await page.waitForTimeout(600);
      await screenshot(page, `map-team-area-${lang}`);
      const wholeAsked = page.waitForRequest(
        (r) => r.url().includes("/incidents.geojson") && !r.url().includes("sector="),
      );
      await page.getByRole("button", { name: s.whole }).click();
      await expect.poll(() => map.getAttribute("data-fit")).toBe(mission.bbox.join(","));
      await wholeAsked;
      await page.getByRole("button", { name: s.back }).click();
      await expect.poll(() => map.getAttribute("data-fit")).toBe(areaFit.join(","));

      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });
  }
});
