/**
 * The incident page shows the wording of each provision a finding cites, as in force when the
 * finding was drafted, in the reader's language or else the authoritative text marked as such —
 * to the mission, and to a party in the finding released to it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, open, screenshot } from "./support/browser.js";
import { ok, type User } from "./support/cases.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const tag = Date.now().toString(36).toUpperCase();
const CODE = `CIT-${tag}`;
const P1_EN = "Withdraw all heavy weapons from the Sirte power station";
const P1_AR = "سحب جميع الأسلحة الثقيلة من محطة كهرباء سرت";
const P1_EN_LATER = "Withdraw all heavy weapons 10 km from the Sirte power station";
const P2_AR = "فتح ممر آمن لفرق الصيانة";

let id: string;

beforeAll(async () => {
  await ok("chief", "POST", "/agreements", {
    code: CODE,
    titleEn: "Arrangement on the Sirte power station",
    titleAr: "ترتيب محطة كهرباء سرت",
    signedAt: null,
    entryIntoForce: "2020-10-25T00:00:00Z",
    authoritativeLanguage: "ar",
    provisions: [
      { code: `${CODE}/1`, textEn: P1_EN, textAr: P1_AR, obligatedParties: ["LNA"] },
      { code: `${CODE}/2`, textEn: "", textAr: P2_AR, obligatedParties: ["GNA", "LNA"] },
    ],
  });
  const report = await ok("liaison-gna", "POST", "/reports", {
    sourceKind: "party_complaint",
    occurredFrom: "2020-11-02T08:00:00Z",
    occurredTo: "2020-11-02T09:30:00Z",
    location: { lat: 31.19, lon: 16.57 },
    category: "A3",
    description: `Heavy weapons seen at the Sirte power station (${tag}).`,
    language: "en",
    allegedParty: "LNA",
  });
  const incident = await ok("chief", "POST", "/incidents", {
    reportIds: [report.id],
    title: `Heavy weapons at the Sirte power station (${tag})`,
  });
  id = incident.id;
  await ok("chief", "POST", `/incidents/${id}/classification`, {
    classification: "parties",
    concernedParties: ["GNA", "LNA"],
    reason: "The parties read it.",
  });
  const move = (user: User, to: string) => ok(user, "POST", `/incidents/${id}/transitions`, { to });
  await move("chief", "triaged");
  await move("chief", "under_verification");
  await ok("analyst", "POST", `/incidents/${id}/findings`, {
    outcome: "violation_unattributed",
    verificationLevel: "V2",
    attributionLevel: "undetermined",
    provisions: [`${CODE}/1`, `${CODE}/2`],
    severity: 2,
    standardOfProof: "reasonable_grounds",
    publicNarrative: `Heavy weapons were seen at the Sirte power station (${tag}).`,
  });
  // The provision's wording changes after the finding was drafted: the finding keeps citing the
  // wording of its day.
  const agreements = await ok<{
    items: { code: string; provisions: { id: string; code: string }[] }[];
  }>("chief", "GET", "/agreements");
  const p1 = agreements.items.find((a) => a.code === CODE)!.provisions[0]!;
  await ok("chief", "POST", `/provisions/${p1.id}/versions`, {
    textEn: P1_EN_LATER,
    textAr: P1_AR,
    obligatedParties: ["LNA"],
    reason: "The signed text names a distance.",
  });
  await move("analyst", "assessed");
  await move("analyst", "in_review");
  await move("chief", "endorsed");
  await move("chief", "restricted_release");
});

describe("the wording a finding cites, on the incident page", () => {
  it("the analyst reads the wording of the finding's day, in English where it exists (en)", async () => {
    const { page, context, errors } = await open(browser, { lang: "en", user: "analyst" });
    await page.goto(`/incidents/${id}`);
    const cited = page.locator(".finding").first().locator(".cited-provision");
    await expect.poll(() => cited.count(), { timeout: 15_000 }).toBe(2);
    const first = await cited.nth(0).innerText();
    expect(first).toContain(P1_EN);
    expect(first).not.toContain(P1_EN_LATER);
    expect(first).toContain("version 1, in force when the finding was drafted");
    expect(first).toContain("Translation: the Arabic text is authoritative");
    const second = await cited.nth(1).innerText();
    expect(second).toContain(P2_AR);
    expect(second).toContain("The authoritative Arabic text: no English translation");
    await cited.first().scrollIntoViewIfNeeded();
    await screenshot(page, "cited-provisions-analyst-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the party's liaison reads them in the released finding, in Arabic (ar)", async () => {
    const { page, context, errors } = await open(browser, { lang: "ar", user: "liaison-gna" });
    await page.goto(`/incidents/${id}`);
    const cited = page.locator(".finding").first().locator(".cited-provision");
    await expect.poll(() => cited.count(), { timeout: 15_000 }).toBe(2);
    expect(await cited.nth(0).innerText()).toContain(P1_AR);
    expect(await cited.nth(0).locator(".translation-note").count()).toBe(0);
    expect(await cited.nth(1).innerText()).toContain(P2_AR);
    await cited.first().scrollIntoViewIfNeeded();
    await screenshot(page, "cited-provisions-liaison-ar");
    // The release page shows them too.
    const releases = await ok<{ items: { id: string }[] }>(
      "chief",
      "GET",
      `/releases?incidentId=${id}`,
    );
    await page.goto(`/releases/${releases.items[0]!.id}`);
    const onRelease = page.locator(".finding .cited-provision");
    await expect.poll(() => onRelease.count(), { timeout: 15_000 }).toBe(2);
    expect(await onRelease.nth(0).innerText()).toContain(P1_AR);
    expect(errors).toEqual([]);
    await context.close();
  });
});
