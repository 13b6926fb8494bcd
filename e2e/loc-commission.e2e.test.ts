/**
 * The line of contact as the joint commission decides it (issue 13 item 4, decision 0019), in
 * both languages: an analyst's proposed version, with a disputed part, is sent by the chief to a
 * commission meeting from the layer's page; both delegation heads co-sign the decision on the
 * meeting's page, each in their own session; the layer page then says the version is agreed from
 * the stated day by that meeting's decision, and the meeting's page says which line version the
 * decision adopts. The commission's chair puts another proposed version on a meeting's agenda
 * from the meeting's page, and the heads' signatures make it agreed. An incident near a proposed
 * line says, in its position panel, that the line is proposed and not agreed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { commissionAr } from "../web/src/i18n/commission-ar.js";
import { commissionEn } from "../web/src/i18n/commission-en.js";
import { seriousViolations } from "./support/axe.js";
import { ok, seatDelegationHeads } from "./support/cases.js";
import { launch, open, screenshot, SCREENSHOTS, type Lang } from "./support/browser.js";

const C = { en: commissionEn.commission, ar: commissionAr.commission };

/** Each delegation's head signs the meeting's decision awaiting them, on its page, in their session. */
async function headsSign(meetingId: string, lang: Lang): Promise<void> {
  const c = C[lang];
  for (const head of ["commission", "commission-lna"] as const) {
    const s = await open(browser, { lang, user: head });
    await s.page.goto(`/commission/${meetingId}`);
    const sign = s.page.getByRole("button", { name: c.sign });
    await sign.click();
    await sign.waitFor({ state: "detached" });
    if (head === "commission-lna") {
      await s.page
        .locator(".decision-in_effect .badge", { hasText: c.decisionStatus.in_effect })
        .waitFor();
      await screenshot(s.page, `loc-commission-signed-lna-${lang}`, true);
      expect(await seriousViolations(s.page)).toEqual([]);
    }
    expect(s.errors).toEqual([]);
    expect(s.external).toEqual([]);
    await s.context.close();
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await seatDelegationHeads();
});
afterAll(async () => {
  await browser?.close();
});

const T = {
  en: {
    send: "Send to the commission",
    meeting: "Meeting",
    from: "Agreed from (day, mission time)",
    pending: /Before the commission: meeting .*MTG-\d+/,
    agreed: /Agreed from .* by the decision of meeting .*MTG-\d+/,
    adopts: /Made version 1 of .*Sirte e2e front/,
    disputed: "Disputed parts marked",
    mark: "Mark disputed parts…",
    part: (n: number) => new RegExp(`^Part ${n}: `),
    save: "Save the disputed parts",
    saved: "The disputed parts of version 1 were saved.",
    legend: "Disputed parts",
  },
  ar: {
    send: "إحالة إلى اللجنة",
    meeting: "الاجتماع",
    from: "متفق عليه اعتباراً من (اليوم، بتوقيت البعثة)",
    pending: /معروض على اللجنة: الاجتماع .*MTG-\d+/,
    agreed: /متفق عليه اعتباراً من .* بقرار الاجتماع .*MTG-\d+/,
    adopts: /جعل الإصدار 1 من .*جبهة سرت/,
    disputed: "أجزاء متنازع عليها محددة",
    mark: "تحديد الأجزاء المتنازع عليها…",
    part: (n: number) => new RegExp(`^الجزء ${new Intl.NumberFormat("ar-EG").format(n)}: `),
    save: "حفظ الأجزاء المتنازع عليها",
    saved: "حُفظت الأجزاء المتنازع عليها من الإصدار 1.",
    legend: "الأجزاء المتنازع عليها",
  },
};

describe("a line version adopted by the joint commission", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the chief sends it, both heads co-sign, it is agreed from the day (${lang})`, async () => {
      const s = T[lang];
      const layer = await ok<{ id: string }>("analyst", "POST", "/geo/layers", {
        kind: "line_of_contact",
        name: `Sirte e2e front ${lang}`,
        nameAr: `جبهة سرت ${lang}`,
      });
      await ok("analyst", "POST", `/geo/layers/${layer.id}/versions`, {
        validFrom: "2021-06-01T00:00:00Z",
        status: "proposed",
        leftParty: "GNA",
        rightParty: "LNA",
        geometry: {
          type: "LineString",
          coordinates: [
            [16.0, 31.0],
            [16.2, 31.05],
            [16.4, 31.0],
          ],
        },
        disputed: {
          type: "LineString",
          coordinates: [
            [16.0, 31.0],
            [16.2, 31.05],
          ],
        },
      });
      const meeting = await ok<{ id: string; reference: string }>(
        "chief",
        "POST",
        "/commission/meetings",
        { startsAt: "2031-06-10T09:00:00Z", placeEn: "Sirte", placeAr: "سرت", agenda: [] },
      );

      const chief = await open(browser, { lang, user: "chief" });
      await chief.page.goto(`/geo-layers/${layer.id}`);
      const row = chief.page.locator('.version-table tr[data-version="1"]');
      await row.waitFor();
      expect(await row.textContent()).toContain(s.disputed);
      await row.getByRole("button", { name: s.send }).click();
      await row.getByLabel(s.meeting).selectOption(meeting.id);
      await row.getByLabel(s.from).fill("2021-07-01");
      await screenshot(chief.page, `loc-commission-send-${lang}`, true);
      await row.getByRole("button", { name: s.send }).click();
      await expect.poll(() => row.textContent(), { timeout: 15_000 }).toMatch(s.pending);
      expect(await seriousViolations(chief.page)).toEqual([]);

      // Both delegation heads sign on the meeting's page, each in their own session.
      await headsSign(meeting.id, lang);

      await chief.page.reload();
      await row.waitFor();
      await expect.poll(() => row.textContent(), { timeout: 15_000 }).toMatch(s.agreed);
      await screenshot(chief.page, `loc-commission-agreed-${lang}`, true);
      await row.getByRole("link", { name: s.agreed }).click();
      await chief.page.waitForURL(new RegExp(`/commission/${meeting.id}`));
      const adopts = chief.page.locator(".decision-adopts").first();
      await adopts.waitFor();
      expect(await adopts.textContent()).toMatch(s.adopts);
      await screenshot(chief.page, `loc-commission-meeting-${lang}`, true);

      // On the map on a day it is agreed: listed with its disputed part, the legend explaining.
      await chief.page.goto("/map?at=2021-07-15");
      const listed = chief.page.locator(".layer-list");
      await expect
        .poll(() => listed.textContent(), { timeout: 30_000 })
        .toContain(lang === "ar" ? `جبهة سرت ${lang}` : `Sirte e2e front ${lang}`);
      expect(await listed.textContent()).toContain(s.disputed);
      await screenshot(chief.page, `loc-commission-map-${lang}`);
      expect(chief.errors).toEqual([]);
      expect(chief.external).toEqual([]);
      await chief.context.close();
    });
  }

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the analyst marks the disputed parts of a proposed line on its page (${lang})`, async () => {
      const s = T[lang];
      const layer = await ok<{ id: string }>("analyst", "POST", "/geo/layers", {
        kind: "line_of_contact",
        name: `Jufra e2e front ${lang}`,
        nameAr: `جبهة الجفرة ${lang}`,
      });
      const parts = [
        [
          [15.6, 29.2],
          [15.9, 29.3],
        ],
        [
          [15.9, 29.3],
          [16.2, 29.25],
        ],
        [
          [16.2, 29.25],
          [16.5, 29.3],
        ],
      ];
      await ok("analyst", "POST", `/geo/layers/${layer.id}/versions`, {
        validFrom: "2021-06-01T00:00:00Z",
        status: "proposed",
        leftParty: "GNA",
        rightParty: "LNA",
        geometry: { type: "MultiLineString", coordinates: parts },
        disputed: { type: "LineString", coordinates: parts[1] },
      });
      const analyst = await open(browser, { lang, user: "analyst" });
      await analyst.page.goto(`/geo-layers/${layer.id}`);
      const row = analyst.page.locator('.version-table tr[data-version="1"]');
      await row.waitFor();
      await row.getByRole("button", { name: s.mark }).click();
      const panel = analyst.page.locator('[data-testid="disputed-parts"]');
      const box = (n: number) => panel.getByRole("checkbox", { name: s.part(n) });
      await box(1).waitFor();
      // The part marked when the version was written is ticked; the analyst adds the third.
      expect(await box(1).isChecked()).toBe(false);
      expect(await box(2).isChecked()).toBe(true);
      await box(3).check();
      await panel.locator('[data-testid="geometry-preview"][data-state="ready"]').waitFor({
        timeout: 30_000,
      });
      expect(await panel.textContent()).toContain(s.legend);
      await panel.scrollIntoViewIfNeeded();
      await screenshot(analyst.page, `loc-disputed-parts-${lang}`, true);
      expect(await seriousViolations(analyst.page)).toEqual([]);
      await panel.getByRole("button", { name: s.save }).click();
      await analyst.page.getByText(s.saved).waitFor();
      const read = await ok<{ versions: { disputed: unknown }[] }>(
        "liaison-lna",
        "GET",
        `/geo/layers/${layer.id}`,
      );
      expect(read.versions[0]!.disputed).toEqual({
        type: "MultiLineString",
        coordinates: [parts[1], parts[2]],
      });
      // The map draws them dashed, the layer list saying so beside its legend.
      await analyst.page.goto("/map?at=2021-07-15");
      const listed = analyst.page.locator(".layer-list");
      await expect
        .poll(() => listed.textContent(), { timeout: 30_000 })
        .toContain(lang === "ar" ? `جبهة الجفرة ${lang}` : `Jufra e2e front ${lang}`);
      expect(await listed.textContent()).toContain(s.disputed);
      expect(analyst.errors).toEqual([]);
      expect(analyst.external).toEqual([]);
      await analyst.context.close();
    });
  }

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the commission's chair puts a proposed line on a meeting's agenda; the heads' signatures make it agreed (${lang})`, async () => {
      const c = C[lang];
      const tag = `${lang}-${Date.now().toString(36)}`;
      const name = lang === "ar" ? `خط الهلال ${tag}` : `Crescent line ${tag}`;
      const layer = await ok<{ id: string }>("analyst", "POST", "/geo/layers", {
        kind: "line_of_contact",
        name: `Crescent line ${tag}`,
        nameAr: `خط الهلال ${tag}`,
      });
      await ok("analyst", "POST", `/geo/layers/${layer.id}/versions`, {
        validFrom: "2021-08-01T00:00:00Z",
        status: "proposed",
        leftParty: "GNA",
        rightParty: "LNA",
        geometry: {
          type: "LineString",
          coordinates: [
            [19.0, 30.2],
            [19.3, 30.3],
          ],
        },
      });
      const meeting = await ok<{ id: string }>("chair", "POST", "/commission/meetings", {
        startsAt: "2031-07-01T09:00:00Z",
        placeEn: "Ras Lanuf",
        placeAr: "رأس لانوف",
        agenda: [],
      });
      const chair = await open(browser, { lang, user: "chair" });
      await chair.page.goto(`/commission/${meeting.id}`);
      await chair.page.locator("summary", { hasText: c.proposedLine.open }).click();
      await chair.page.getByLabel(c.proposedLine.version).selectOption(`${layer.id}/1`);
      // The chair sees the line before sending it: drawn on a small map.
      await chair.page
        .locator('[data-testid="proposal-preview"] [data-state="ready"]')
        .waitFor({ timeout: 20_000 });
      await chair.page.getByLabel(c.proposedLine.from).fill("2021-09-01");
      await screenshot(chair.page, `loc-commission-chair-form-${lang}`, true);
      expect(await seriousViolations(chair.page)).toEqual([]);
      await chair.page.getByRole("button", { name: c.proposedLine.submit }).click();
      await chair.page.locator(".agenda strong", { hasText: name }).waitFor({ timeout: 15_000 });
      await chair.page.locator(".decision-proposed").waitFor();
      // Sent: it is no longer offered (a decision awaits the signatures).
      await expect
        .poll(() => chair.page.locator(`#proposed-line option[value="${layer.id}/1"]`).count())
        .toBe(0);

      await headsSign(meeting.id, lang);
      await chair.page.reload();
      await chair.page
        .locator(".decision-in_effect .badge", { hasText: c.decisionStatus.in_effect })
        .waitFor();
      await screenshot(chair.page, `loc-commission-chair-agreed-${lang}`, true);
      const read = await ok<{ versions: { status: string; validFrom: string }[] }>(
        "liaison-gna",
        "GET",
        `/geo/layers/${layer.id}`,
      );
      expect(read.versions[0]).toMatchObject({
        status: "agreed",
        validFrom: "2021-08-31T22:00:00.000Z",
      });
      expect(chair.errors).toEqual([]);
      expect(chair.external).toEqual([]);
      await chair.context.close();
    });
  }

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`an incident near a proposed line says in its position panel that the line is proposed (${lang})`, async () => {
      const tag = `${lang}-${Date.now().toString(36)}`;
      const layer = await ok<{ id: string }>("analyst", "POST", "/geo/layers", {
        kind: "line_of_contact",
        name: `Ubari proposal ${tag}`,
        nameAr: `مقترح أوباري ${tag}`,
      });
      // In the south-west, away from the demo's lines and records.
      await ok("analyst", "POST", `/geo/layers/${layer.id}/versions`, {
        validFrom: "2022-03-01T00:00:00Z",
        status: "proposed",
        leftParty: "GNA",
        rightParty: "LNA",
        geometry: {
          type: "LineString",
          coordinates: [
            [12.6, 26.5],
            [12.9, 26.6],
            [13.2, 26.5],
          ],
        },
      });
      const report = await ok("liaison-gna", "POST", "/reports", {
        sourceKind: "party_complaint",
        occurredFrom: "2022-03-05T08:00:00Z",
        occurredTo: "2022-03-05T09:00:00Z",
        location: { lat: 26.62, lon: 12.9 },
        category: "A3",
        description: `Shots fired across the proposed line near Ubari (${tag}).`,
        language: "en",
        allegedParty: "LNA",
      });
      const incident = await ok("chief", "POST", "/incidents", {
        reportIds: [report.id],
        title: `Shots near Ubari (${tag})`,
      });
      const viewer = await open(browser, { lang, user: "chief" });
      await viewer.page.goto(`/incidents/${incident.id}`);
      const panel = viewer.page.locator('[data-testid="geo-panel"]');
      const proposed =
        lang === "ar"
          ? "مقترح على اللجنة، غير متفق عليه"
          : "Proposed to the commission, not agreed";
      await expect.poll(() => panel.textContent(), { timeout: 45_000 }).toContain(proposed);
      // The line's name in the reader's language, once the layers valid then are read.
      await expect
        .poll(() => panel.textContent(), { timeout: 15_000 })
        .toContain(lang === "ar" ? `مقترح أوباري ${tag}` : `Ubari proposal ${tag}`);
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `${SCREENSHOTS}loc-incident-proposed-${lang}.png` });
      expect(viewer.errors).toEqual([]);
      expect(viewer.external).toEqual([]);
      await viewer.context.close();
    });
  }
});
