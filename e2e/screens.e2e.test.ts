/**
 * Every main page in both languages at 1366×768: axe-core finds no serious or critical
 * violation, and a screenshot of each is saved in e2e/screenshots/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations, type Violation } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { waitForMap } from "./support/intake.js";

let browser: Browser;
let incidentId: string;
let reportId: string;

beforeAll(async () => {
  browser = await launch();
  // a released incident with several reports and a finding, for the incident page
  const token = inject("sessions")["analyst"]!;
  const api = (path: string) =>
    fetch(new URL(path, inject("baseURL")), { headers: { authorization: `Bearer ${token}` } }).then(
      (r) => r.json() as Promise<{ items: { id: string }[] }>,
    );
  incidentId = (await api("/api/v1/incidents?state=published&limit=1")).items[0]!.id;
  reportId = (await api("/api/v1/reports?limit=1")).items[0]!.id;
});
afterAll(async () => {
  await browser?.close();
});

interface Screen {
  name: string;
  user?: string;
  path: () => string;
  ready: string;
  map?: string;
  /** Long pages: save the whole page, not only the first screen. */
  fullPage?: boolean;
}

const SCREENS: Screen[] = [
  { name: "login", path: () => "/", ready: "#login-username" },
  { name: "reports", user: "analyst", path: () => "/reports", ready: "tbody tr" },
  { name: "triage", user: "chief", path: () => "/reports?status=received", ready: "tbody tr" },
  { name: "report", user: "analyst", path: () => `/reports/${reportId}`, ready: ".details" },
  {
    name: "intake",
    user: "monitor",
    path: () => "/reports/new",
    ready: "#description",
    map: "location-map",
    fullPage: true,
  },
  { name: "incidents", user: "analyst", path: () => "/incidents", ready: "tbody tr" },
  {
    name: "incident",
    user: "analyst",
    path: () => `/incidents/${incidentId}`,
    ready: ".compare-table",
    fullPage: true,
  },
  { name: "map", user: "analyst", path: () => "/map", ready: ".map-list li", map: "incident-map" },
  { name: "complaints", user: "liaison-gna", path: () => "/reports", ready: "tbody tr" },
];

describe("main screens", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`have no serious accessibility violation, in ${lang}`, async () => {
      const found: Record<string, Violation[]> = {};
      for (const screen of SCREENS) {
        const { page, context, external, errors } = await open(browser, {
          lang,
          user: screen.user,
        });
        await page.goto(screen.path());
        await page.locator(screen.ready).first().waitFor();
        if (screen.map) await waitForMap(page, screen.map);
        await screenshot(page, `${screen.name}-${lang}`, screen.fullPage);
        const violations = await seriousViolations(page);
        if (violations.length) found[screen.name] = violations;
        expect(external, screen.name).toEqual([]);
        expect(errors, screen.name).toEqual([]);
        await context.close();
      }
      expect(found).toEqual({});
    });
  }
});
