/**
 * The joint commission's workspace (issue 13 item 3, decision 0016), in both languages: the head
 * of mission schedules a meeting with its agenda, records attendance and proposes a decision;
 * both delegations' heads co-sign it and it takes effect; a second decision meets a dissent,
 * which stays on record; one delegation's note never reaches the other delegation. The head of
 * mission records the chair and himself present beside both delegations; minutes written in both
 * languages are shared, and each delegation's head then reads them; the head of
 * mission also moves a planned meeting and then cancels it; a delegation's head finds both notices in
 * the inbox.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { ok, seatDelegationHeads } from "./support/cases.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { commissionAr } from "../web/src/i18n/commission-ar.js";
import { commissionEn } from "../web/src/i18n/commission-en.js";
import { notificationsAr } from "../web/src/i18n/notifications-ar.js";
import { notificationsEn } from "../web/src/i18n/notifications-en.js";

const WORDS = {
  en: { ...commissionEn.commission, kinds: notificationsEn.notifications.kinds },
  ar: { ...commissionAr.commission, kinds: notificationsAr.notifications.kinds },
};

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
    nav: "Joint commission",
    title: "5+5 Joint Military Commission: meetings",
    schedule: "Schedule a meeting",
    when: "Date and time",
    placeEn: "Place (English)",
    placeAr: "Place (Arabic)",
    itemEn: "Item 1 (English)",
    submit: "Schedule",
    attendance: "Record attendance",
    present: "Present",
    saveAttendance: "Save attendance",
    propose: "Propose a decision",
    textEn: "Text (English)",
    textAr: "Text (Arabic)",
    sign: "Sign for my delegation",
    dissent: "Record a dissent",
    reason: "Why my delegation dissents",
    dissentSubmit: "Record the dissent",
    awaiting: "Awaiting signatures",
    inEffect: "In effect",
    dissented: "Dissent recorded",
    notes: "Our delegation's notes",
    newNote: "A new note",
    addNote: "Add the note",
  },
  ar: {
    nav: "اللجنة المشتركة",
    title: "",
    schedule: "تحديد موعد اجتماع",
    when: "التاريخ والوقت",
    placeEn: "المكان (بالإنجليزية)",
    placeAr: "المكان (بالعربية)",
    itemEn: "البند 1 (بالإنجليزية)",
    submit: "تحديد الموعد",
    attendance: "تسجيل الحضور",
    present: "حاضر",
    saveAttendance: "حفظ الحضور",
    propose: "اقتراح قرار",
    textEn: "النص (بالإنجليزية)",
    textAr: "النص (بالعربية)",
    sign: "التوقيع باسم وفدي",
    dissent: "تسجيل اعتراض",
    reason: "سبب اعتراض وفدي",
    dissentSubmit: "تسجيل الاعتراض",
    awaiting: "بانتظار التوقيعات",
    inEffect: "ساري المفعول",
    dissented: "سُجّل اعتراض",
    notes: "ملاحظات وفدنا",
    newNote: "ملاحظة جديدة",
    addNote: "إضافة الملاحظة",
  },
};

async function proposeDecision(page: Page, s: (typeof T)["en"], en: string, ar: string) {
  const fold = page.locator("details", { has: page.locator("summary", { hasText: s.propose }) });
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open)))
    await fold.locator("summary").click();
  // Within the fold: a decision's card has its own revision fields with the same labels.
  await fold.getByLabel(s.textEn).fill(en);
  await fold.getByLabel(s.textAr).fill(ar);
  await page.getByRole("button", { name: s.propose, exact: true }).click();
  // The page shows the text in the interface's language.
  await page.locator(".decision p", { hasText: s === T.ar ? ar : en }).waitFor();
}

describe("the joint commission", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`meets, co-signs a decision, records a dissent, keeps each delegation's notes apart (${lang})`, async () => {
      const s = T[lang];
      const tag = `${lang}-${Date.now().toString(36)}`;
      const chief = await open(browser, { lang, user: "chief" });
      await chief.page.goto("/");
      await chief.page
        .locator("header nav")
        .getByRole("link", { name: s.nav, exact: true })
        .click();
      await chief.page.locator("main h1").waitFor();
      if (lang === "en") expect(await chief.page.locator("main h1").textContent()).toBe(s.title);
      await chief.page.getByRole("button", { name: s.schedule }).click();
      await chief.page.getByLabel(s.when).fill("2031-03-01 10:00");
      await chief.page.getByLabel(s.placeEn).fill("Sirte");
      await chief.page.getByLabel(s.placeAr).fill("سرت");
      await chief.page.getByLabel(s.itemEn).fill(`Withdrawal to the camps ${tag}`);
      await chief.page.getByRole("button", { name: s.submit, exact: true }).click();
      await chief.page.waitForURL(/\/commission\/[0-9a-f-]{36}$/);
      const meetingId = chief.page.url().split("/").pop()!;
      await chief.page
        .locator(".agenda strong", { hasText: `Withdrawal to the camps ${tag}` })
        .waitFor();
      // The meeting's time is shown in the mission's zone (Libya, UTC+2), not the browser's.
      await chief.page
        .locator("main")
        .getByText(/10:00|١٠:٠٠/)
        .first()
        .waitFor();

      await chief.page.locator("summary", { hasText: s.attendance }).click();
      for (const name of ["GNA delegation", "LNA delegation"]) {
        await chief.page.getByLabel(new RegExp(name)).selectOption({ label: s.present });
      }
      await chief.page.getByRole("button", { name: s.saveAttendance }).click();
      await chief.page.locator(".attendance li").nth(1).waitFor();

      await proposeDecision(
        chief.page,
        s,
        `Units return to their camps ${tag}.`,
        "تعود الوحدات إلى معسكراتها.",
      );
      await chief.page.getByText(s.awaiting).first().waitFor();
      expect(await chief.page.getByRole("button", { name: s.sign }).count()).toBe(0);
      await screenshot(chief.page, `commission-meeting-chief-${lang}`, true);
      expect(await seriousViolations(chief.page)).toEqual([]);

      // Each delegation's head signs, in their own session; then the decision is in effect.
      const gna = await open(browser, { lang, user: "commission" });
      await gna.page.goto(`/commission/${meetingId}`);
      await gna.page.getByRole("button", { name: s.sign }).click();
      await gna.page.getByRole("button", { name: s.sign }).waitFor({ state: "detached" });
      expect(await gna.page.getByText(s.awaiting).count()).toBe(1);
      const lna = await open(browser, { lang, user: "commission-lna" });
      await lna.page.goto(`/commission/${meetingId}`);
      await lna.page.getByRole("button", { name: s.sign }).click();
      await lna.page.locator(".decision-in_effect .badge", { hasText: s.inEffect }).waitFor();

      // A second decision: the LNA delegation dissents, with its reason, which stays.
      await proposeDecision(
        chief.page,
        s,
        `Foreign fighters leave by D+90 ${tag}.`,
        "يغادر المقاتلون الأجانب.",
      );
      await lna.page.reload();
      await lna.page.getByRole("button", { name: s.dissent }).click();
      await lna.page.getByLabel(s.reason).fill(`Not before the withdrawal ${tag}.`);
      await lna.page.getByRole("button", { name: s.dissentSubmit }).click();
      await lna.page.locator(".decision-dissented .badge", { hasText: s.dissented }).waitFor();
      await lna.page.getByText(`Not before the withdrawal ${tag}.`).waitFor();

      // The GNA delegation's note: read by its members, never by the LNA's.
      const secret = `GNA fallback position ${tag}`;
      await gna.page.reload();
      await gna.page.getByRole("heading", { name: new RegExp(s.notes) }).waitFor();
      await gna.page.getByLabel(s.newNote).fill(secret);
      await gna.page.getByRole("button", { name: s.addNote }).click();
      await gna.page.locator(".delegation-notes").getByText(secret).waitFor();
      await gna.page.locator(".decision-dissented").waitFor();
      await screenshot(gna.page, `commission-meeting-gna-${lang}`, true);
      expect(await seriousViolations(gna.page)).toEqual([]);

      await lna.page.reload();
      await lna.page.getByRole("heading", { name: new RegExp(s.notes) }).waitFor();
      await lna.page.locator(".delegation-notes .muted").first().waitFor();
      expect(await lna.page.locator("body").textContent()).not.toContain(secret);
      await screenshot(lna.page, `commission-meeting-lna-${lang}`, true);
      const lnaNotes = await ok<unknown>(
        "commission-lna",
        "GET",
        `/commission/meetings/${meetingId}/notes`,
      );
      expect(JSON.stringify(lnaNotes)).not.toContain(secret);
      // Nor the head of mission: no notes panel on their page.
      await chief.page.reload();
      await chief.page.locator(".decision-dissented").waitFor();
      expect(await chief.page.locator(".delegation-notes").count()).toBe(0);
      expect(await chief.page.locator("body").textContent()).not.toContain(secret);

      await chief.page.goto("/commission");
      await chief.page.locator("main table").waitFor();
      await screenshot(chief.page, `commission-list-${lang}`);
      for (const session of [chief, gna, lna]) {
        expect(session.errors).toEqual([]);
        expect(session.external).toEqual([]);
        await session.context.close();
      }
    });

    it(`a planned meeting moved, then cancelled: both reach a delegation's inbox (${lang})`, async () => {
      const w = WORDS[lang];
      const tag = `${lang}-${Date.now().toString(36)}`;
      const made = await ok<{ id: string; reference: string }>(
        "chief",
        "POST",
        "/commission/meetings",
        {
          startsAt: "2031-06-01T08:00:00Z",
          placeEn: "Sirte",
          placeAr: "سرت",
          agenda: [{ titleEn: `Reopening of the coastal road ${tag}` }],
        },
      );
      const chief = await open(browser, { lang, user: "chief" });
      await chief.page.goto(`/commission/${made.id}`);
      await chief.page.locator("summary", { hasText: w.move }).click();
      // 11:00 in Libya (UTC+2) on the 2nd, in Ghadames.
      await chief.page.locator("#move-when").fill("2031-06-02 11:00");
      await chief.page.getByLabel(w.placeEn).fill("Ghadames");
      await chief.page.getByLabel(w.placeAr).fill("غدامس");
      await screenshot(chief.page, `commission-meeting-move-form-${lang}`);
      await chief.page.getByRole("button", { name: w.moveSubmit, exact: true }).click();
      await chief.page
        .locator("p", { hasText: lang === "ar" ? "غدامس" : "Ghadames" })
        .first()
        .waitFor();
      expect(await chief.page.locator("main").textContent()).toMatch(/11:00|١١:٠٠/);
      await screenshot(chief.page, `commission-meeting-moved-${lang}`);

      const lna = await open(browser, { lang, user: "commission-lna" });
      await lna.page.goto("/inbox");
      const moved = lna.page.locator('.inbox-entry[data-kind="commission.meeting_moved"]', {
        hasText: made.reference,
      });
      await moved.waitFor();
      expect(await moved.textContent()).toContain(
        w.kinds.commission_meeting_moved.split("{{meeting}}")[0]!,
      );

      // Cancelled, after the head of mission confirms: it says so, not "closed", and takes no
      // record (no attendance, minutes, decision nor action form).
      chief.page.once("dialog", (d) => void d.accept());
      await chief.page.getByRole("button", { name: w.callOff, exact: true }).click();
      await chief.page
        .locator(".badge.meeting-cancelled", { hasText: w.status.cancelled })
        .waitFor();
      expect(await chief.page.locator(".badge.meeting-closed").count()).toBe(0);
      expect(await chief.page.getByText(w.cancelledNote).count()).toBe(1);
      expect(await chief.page.locator("summary", { hasText: w.move }).count()).toBe(0);
      for (const form of [w.draftMinutes, w.recordAttendance]) {
        expect(await chief.page.getByText(form, { exact: true }).count(), form).toBe(0);
      }
      await lna.page.reload();
      await lna.page
        .locator('.inbox-entry[data-kind="commission.meeting_cancelled"]', {
          hasText: made.reference,
        })
        .waitFor();
      await screenshot(lna.page, `commission-inbox-moved-cancelled-${lang}`);
      expect(await seriousViolations(lna.page)).toEqual([]);
      for (const session of [chief, lna]) {
        expect(session.errors).toEqual([]);
        await session.context.close();
      }
    });
  }

  const C = { en: commissionEn.commission, ar: commissionAr.commission };
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`records the chair and the head of mission together, shares minutes both delegations read (${lang})`, async () => {
      const c = C[lang];
      const tag = `${lang}-${Date.now().toString(36)}`;
      const meeting = await ok("chief", "POST", "/commission/meetings", {
        startsAt: "2031-04-01T09:00:00Z",
        placeEn: "Ghadames",
        placeAr: "غدامس",
        agenda: [{ titleEn: `Exchange of detainees ${tag}`, titleAr: `تبادل المحتجزين ${tag}` }],
      });
      const chief = await open(browser, { lang, user: "chief" });
      await chief.page.goto(`/commission/${meeting.id}`);
      await chief.page.locator("summary", { hasText: c.recordAttendance }).click();
      // Everyone who may attend is offered once: both delegations, the chair, the head of mission.
      const form = chief.page.locator("details.secretariat-form", {
        has: chief.page.locator("summary", { hasText: c.recordAttendance }),
      });
      for (const name of [
        "GNA delegation (demo)",
        "LNA delegation (demo)",
        "JMC 5+5 chair (demo)",
        "Head of mission (demo)",
      ]) {
        const field = form.getByLabel(name);
        expect(await field.count(), name).toBe(1);
        await field.selectOption({ label: c.attendanceStatus.present });
      }
      await screenshot(chief.page, `commission-attendance-form-${lang}`, true);
      await form.getByRole("button", { name: c.saveAttendance }).click();
      const attended = chief.page.locator(".attendance li");
      await expect.poll(() => attended.count(), { timeout: 15_000 }).toBe(4);
      const list = await chief.page.locator(".attendance").textContent();
      expect(list).toContain("JMC 5+5 chair (demo)");
      expect(list).toContain("Head of mission (demo)");

      // The minutes, in both languages: the delegations read nothing until they are shared.
      const en = `The commission agreed on the exchange of detainees ${tag}.`;
      const ar = `اتفقت اللجنة على تبادل المحتجزين ${tag}.`;
      await chief.page.locator("summary", { hasText: c.draftMinutes }).click();
      await chief.page.getByLabel(c.minutesEn).fill(en);
      await chief.page.getByLabel(c.minutesAr).fill(ar);
      await chief.page.getByRole("button", { name: c.saveMinutes }).click();
      await chief.page.locator(".minutes", { hasText: lang === "ar" ? ar : en }).waitFor();
      const gna = await open(browser, { lang, user: "commission" });
      await gna.page.goto(`/commission/${meeting.id}`);
      await gna.page.getByText(c.minutesNotShared).waitFor();
      const unshared = await gna.page.locator("body").textContent();
      expect(unshared).not.toContain(en);
      expect(unshared).not.toContain(ar);

      await chief.page.getByRole("button", { name: c.shareMinutes }).click();
      await chief.page.getByText(c.minutesSharedAt).waitFor();
      expect(await chief.page.locator("summary", { hasText: c.draftMinutes }).count()).toBe(0);
      await screenshot(chief.page, `commission-minutes-shared-${lang}`, true);

      // Each delegation's head reads them, in the interface's language first.
      const lna = await open(browser, { lang, user: "commission-lna" });
      for (const head of [gna, lna]) {
        await head.page.goto(`/commission/${meeting.id}`);
        const minutes = head.page.locator(".minutes");
        await minutes.waitFor();
        expect(await minutes.textContent()).toContain(lang === "ar" ? ar : en);
        await head.page.getByText(c.minutesSharedAt).waitFor();
        expect(await seriousViolations(head.page)).toEqual([]);
      }
      await screenshot(lna.page, `commission-minutes-lna-${lang}`, true);
      for (const session of [chief, gna, lna]) {
        expect(session.errors).toEqual([]);
        expect(session.external).toEqual([]);
        await session.context.close();
      }
    });
  }
});
