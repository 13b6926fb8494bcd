/**
 * The line of contact as the joint commission decides it (issue 13 item 4, decision 0019), in
 * both languages: an analyst's proposed version, with a disputed part, is sent by the chief to a
 * commission meeting from the layer's page; both delegation heads co-sign the decision; the layer
 * page then says the version is agreed from the stated day by that meeting's decision, and the
 * meeting's page says which line version the decision adopts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { ok, seatDelegationHeads } from "./support/cases.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

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

      // Both delegation heads sign (their own sessions).
      const view = await ok<{
        decisions: { id: string; adopts: { layerId: string } | null }[];
      }>("chief", "GET", `/commission/meetings/${meeting.id}`);
      const decision = view.decisions.find((d) => d.adopts?.layerId === layer.id)!;
      for (const head of ["commission", "commission-lna"] as const)
        await ok(head, "POST", `/commission/decisions/${decision.id}/sign`);

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
});
