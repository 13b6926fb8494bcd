/**
 * Amending a report from its page: the submitter (a monitor its own observation, a liaison its
 * party's complaint) opens the intake form on the version as filed, changes it and sends it; the
 * new version opens, the two link to each other, and the old one says it is superseded and
 * offers no amendment. The other party's liaison opens neither version.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { call as api, type User } from "./support/cases.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function file(
  user: User,
  tag: string,
  sources: { sourceIdentity?: string; witnesses?: string[] } = {},
): Promise<string> {
  const monitor = user === "monitor";
  const res = await api(user, "POST", "/reports", {
    sourceKind: monitor ? "monitor" : "party_complaint",
    occurredFrom: "2020-02-03T06:00:00Z",
    occurredTo: "2020-02-03T07:00:00Z",
    location: { lat: 32.81, lon: 13.31 },
    category: "A3",
    description: `Three mortar rounds near the Ain Zara roundabout (${tag}).`,
    language: "en",
    counts: { explosions: 3 },
    ...(monitor ? {} : { allegedParty: "LNA" }),
    ...sources,
  });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

const TEXT = {
  en: {
    amend: "Amend this report",
    send: "Send the amendment",
    supersedes: "This version supersedes version 1",
    supersededBy: "Superseded by version 2",
    superseded: "This version has been superseded by a later amendment.",
    versions: "Versions of this report",
    notFound: "There is no such report, or you may not see it.",
    kept: "Version 1 also holds confidential details of its source: who the source is and the witnesses' names. They are not shown on this form; the new version keeps them.",
    clear: "Remove them from the new version",
  },
  ar: {
    amend: "تعديل هذا البلاغ",
    send: "إرسال التعديل",
    supersedes: "تحلّ هذه النسخة محلّ النسخة 1",
    supersededBy: "حلّت محلّها النسخة 2",
    superseded: "حلّت محلّ هذه النسخة نسخةٌ معدَّلة لاحقة.",
    versions: "نسخ هذا البلاغ",
    notFound: "لا يوجد بلاغ كهذا، أو لا يحق لك الاطلاع عليه.",
    kept: "تحمل النسخة 1 أيضًا بيانات سرية عن مصدرها: هوية المصدر وأسماء الشهود. لا تظهر في هذا النموذج، وتحتفظ بها النسخة الجديدة.",
    clear: "حذفها من النسخة الجديدة",
  },
} as const;

async function amendThroughPage(
  page: Page,
  lang: Lang,
  oldId: string,
  tag: string,
  beforeSending: (page: Page) => Promise<void> = async () => {},
) {
  const s = TEXT[lang];
  await page.goto(`/reports/${oldId}`);
  await page.getByRole("link", { name: s.amend }).click();
  const description = page.locator("#description");
  await expect.poll(() => description.inputValue()).toContain("Three mortar rounds");
  // the form holds the version as filed, times in Libya time
  expect(await page.locator("#occurredFrom").inputValue()).toBe("2020-02-03 08:00");
  // the map opens with the version's pin in view, clear of the edges (it sat cut off at the top)
  const map = page.locator('[data-testid="location-map"][data-state="ready"]');
  await map.waitFor();
  await expect
    .poll(async () => {
      const box = (await map.boundingBox())!;
      const pin = (await map.locator(".maplibregl-marker").boundingBox())!;
      return pin.y >= box.y && pin.y + pin.height <= box.y + box.height;
    })
    .toBe(true);
  await description.fill(`Four mortar rounds near the Ain Zara roundabout (${tag}, corrected).`);
  await page.locator("#count-explosions").fill("4");
  await beforeSending(page);
  await screenshot(page, `amend-form-${tag}`, true);
  await page.getByRole("button", { name: s.send }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe(`/reports/${oldId}/amend`);
  return new URL(page.url()).pathname.split("/").pop()!;
}

describe("amending a report", () => {
  for (const [user, lang] of [
    ["monitor", "en"],
    ["liaison-gna", "ar"],
    ["liaison-gna", "en"],
    ["monitor", "ar"],
  ] as const) {
    it(`${user} amends its report (${lang}); the old version is marked superseded`, async () => {
      const s = TEXT[lang];
      const tag = `${user}-${lang}`;
      const oldId = await file(user, tag);
      const { page, context, errors } = await open(browser, { lang, user });
      const newId = await amendThroughPage(page, lang, oldId, tag);
      expect(newId).not.toBe(oldId);

      // the new version: its text, a link back, both versions listed, and it may be amended again
      await page.getByText(`(${tag}, corrected)`).waitFor();
      await page.getByRole("link", { name: s.supersedes }).waitFor();
      await page.getByRole("heading", { name: s.versions }).waitFor();
      expect(await page.locator(".versions-table tbody tr").count()).toBe(2);
      expect(await page.getByRole("link", { name: s.amend }).count()).toBe(1);
      await screenshot(page, `amend-new-version-${tag}`, true);

      // the old version: says it is superseded, links forward, offers no amendment
      await page.getByRole("link", { name: s.supersedes }).click();
      await page.getByTestId("superseded-notice").waitFor();
      expect(await page.getByTestId("superseded-notice").textContent()).toContain(s.superseded);
      await page.getByRole("link", { name: s.supersededBy }).waitFor();
      expect(await page.getByRole("link", { name: s.amend }).count()).toBe(0);
      expect(await page.locator(".description").textContent()).toContain("Three mortar rounds");
      await screenshot(page, `amend-old-version-${tag}`, true);
      expect(new URL(page.url()).pathname).toBe(`/reports/${oldId}`);

      const stored = await api(user, "GET", `/reports/${newId}`);
      expect(stored.json).toMatchObject({ version: 2, supersedesId: oldId });
      expect((stored.json.counts as { explosions: number }).explosions).toBe(4);
      expect((await api(user, "GET", `/reports/${oldId}`)).json.status).toBe("superseded");
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const [user, lang] of [
    ["monitor", "en"],
    ["liaison-gna", "ar"],
  ] as const) {
    it(`${user} amends in the browser (${lang}): the source and witnesses are kept unless removed`, async () => {
      const s = TEXT[lang];
      const tag = `sources-${user}-${lang}`;
      const source = { sourceIdentity: `Shopkeeper (${tag})`, witnesses: [`Neighbour (${tag})`] };
      const v1 = await file(user, tag, source);
      const { page, context, errors } = await open(browser, { lang, user });

      // The form says what the version holds without saying what it is, and keeps it.
      const v2 = await amendThroughPage(page, lang, v1, `${tag}-kept`, async (p) => {
        const kept = p.getByTestId("kept-sources");
        expect(await kept.locator("p").first().textContent()).toBe(s.kept);
        expect(await p.locator("main").textContent()).not.toContain("Shopkeeper");
      });
      expect((await api("analyst", "GET", `/reports/${v2}`)).json).toMatchObject(source);
      expect(JSON.stringify((await api(user, "GET", `/reports/${v2}`)).json)).not.toContain(
        "Shopkeeper",
      );

      // Removing them is a change of its own, and the next version holds none.
      await page.goto(`/reports/${v2}/amend`);
      await page.getByLabel(s.clear).check();
      await page.getByRole("button", { name: s.send }).click();
      await expect.poll(() => new URL(page.url()).pathname).not.toBe(`/reports/${v2}/amend`);
      const v3 = new URL(page.url()).pathname.split("/").pop()!;
      expect(v3).not.toBe(v2);
      const third = (await api("analyst", "GET", `/reports/${v3}`)).json;
      expect(third.sourceIdentity ?? null).toBeNull();
      expect(third.witnesses ?? []).toEqual([]);
      expect((await api("analyst", "GET", `/reports/${v2}`)).json).toMatchObject(source);
      // … and the form of the version without them says nothing of sources.
      await page.goto(`/reports/${v3}/amend`);
      await page.locator("#description").waitFor();
      expect(await page.getByTestId("kept-sources").count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("the LNA liaison opens neither version of a GNA complaint", async () => {
    const oldId = await file("liaison-gna", "secret-gna");
    const newId = (
      await api("liaison-gna", "POST", `/reports/${oldId}/amendments`, {
        sourceKind: "party_complaint",
        occurredFrom: "2020-02-03T06:00:00Z",
        occurredTo: "2020-02-03T07:00:00Z",
        location: { lat: 32.81, lon: 13.31 },
        category: "A3",
        description: "Amended in secret (secret-gna).",
        language: "en",
        allegedParty: "LNA",
      })
    ).json.id as string;
    for (const lang of ["en", "ar"] as const) {
      const { page, context } = await open(browser, { lang, user: "liaison-lna" });
      // what a report that does not exist at all shows, with its id in place of the unknown one
      const unknown = "00000000-0000-4000-8000-000000000000";
      const shows = async (path: string) => {
        await page.goto(path);
        await page.getByText(TEXT[lang].notFound).waitFor();
        return (await page.locator("main").textContent()) ?? "";
      };
      for (const [id, suffix] of [
        [oldId, ""],
        [newId, ""],
        [oldId, "/amend"],
      ] as const) {
        const body = await shows(`/reports/${id}${suffix}`);
        expect(body).not.toContain("secret-gna");
        expect(body).not.toContain("Ain Zara");
        expect(body).toBe((await shows(`/reports/${unknown}${suffix}`)).replaceAll(unknown, id));
      }
      expect(await page.getByRole("link", { name: TEXT[lang].amend }).count()).toBe(0);
      await screenshot(page, `amend-other-party-404-${lang}`);
      await context.close();
    }
  });
});
