/**
 * The joint commission's workspace, finished (issue 13 item 3, decision 0016), in both
 * languages: the head of mission revises a signed decision's text (a new version, the earlier one
 * kept in view); an agenda item about a record the chair may not read is refused as if absent; a
 * delegation edits its own note; the secretariat edits and cancels an action item with a reason,
 * and turns another into a commitment whose being met shows on the item and whose page names the
 * item; a submission whose answer is lost and is sent again makes one record, not two.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
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
    revise: "Revise the text",
    reviseSubmit: "Save the revision",
    newVersion: "both delegations sign again",
    earlier: "1 earlier version",
    addItem: "Add an agenda item",
    kindIncident: "an incident",
    notFound: "an agenda item can only be about a record you can read",
    editNote: "Edit",
    saveNote: "Save the note",
    edited: "edited",
    editAction: "Edit the action item",
    saveAction: "Save the action item",
    cancelled: "Cancelled",
    mission: "Owed by the mission",
    makeCommitment: "Make it a commitment",
    enterCommitment: "Enter the commitment",
    became: "Became the commitment",
    met: "Met",
    fromCommission: "From the 5+5 Joint Military Commission's action items",
    addAction: "Add an action item",
  },
  ar: {
    revise: "تعديل النص",
    reviseSubmit: "حفظ التعديل",
    newVersion: "يوقّع الوفدان من جديد",
    earlier: "صيغة سابقة واحدة",
    addItem: "إضافة بند إلى جدول الأعمال",
    kindIncident: "حادثة",
    notFound: "لا يتناول بند جدول الأعمال إلا سجلاً يمكنك الاطلاع عليه",
    editNote: "تعديل",
    saveNote: "حفظ الملاحظة",
    edited: "عُدّلت",
    editAction: "تعديل بند العمل",
    saveAction: "حفظ بند العمل",
    cancelled: "ملغى",
    mission: "على البعثة",
    makeCommitment: "تحويله إلى التزام",
    enterCommitment: "إدخال الالتزام",
    became: "أصبح الالتزام",
    met: "أُنجز",
    fromCommission: "من بنود عمل",
    addAction: "إضافة بند عمل",
  },
};

interface Meeting {
  id: string;
  agenda: { id: string }[];
  decisions: { id: string; status: string }[];
  actionItems: { id: string; title: { en: string | null }; commitmentId: string | null }[];
}

async function openFold(scope: Page | ReturnType<Page["locator"]>, label: string) {
  const summary = scope.locator("summary", { hasText: label }).first();
  await summary.click();
}

describe("the joint commission's work in the browser", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`revises, refuses unseen subjects, edits notes and action items, feeds commitments (${lang})`, async () => {
      const s = T[lang];
      const tag = `${lang}-${Date.now().toString(36)}`;
      // Set up through the API: a meeting with one item, a decision the GNA head has signed,
      // two action items; and an incident not released (the chair reads released ones only).
      const m = await ok<Meeting>("chief", "POST", "/commission/meetings", {
        startsAt: "2031-04-01T08:00:00Z",
        placeEn: "Sirte",
        placeAr: "سرت",
        agenda: [{ titleEn: `Coastal road ${tag}`, titleAr: `الطريق الساحلي ${tag}` }],
      });
      const proposed = await ok<Meeting>(
        "chief",
        "POST",
        `/commission/meetings/${m.id}/decisions`,
        {
          agendaItemId: m.agenda[0]!.id,
          textEn: `Reopen the coastal road ${tag}.`,
          textAr: `إعادة فتح الطريق الساحلي ${tag}.`,
        },
      );
      await ok("commission", "POST", `/commission/decisions/${proposed.decisions[0]!.id}/sign`);
      for (const title of [`Exchange detainee lists ${tag}`, `Withdraw to the bases ${tag}`]) {
        await ok("chief", "POST", `/commission/meetings/${m.id}/action-items`, {
          titleEn: title,
          owner: { kind: "delegation", party: "LNA" },
          deadline: "2031-05-01T10:00:00Z",
        });
      }
      const report = await ok("liaison-gna", "POST", "/reports", {
        sourceKind: "party_complaint",
        occurredFrom: "2020-11-02T08:00:00Z",
        occurredTo: "2020-11-02T09:30:00Z",
        location: { lat: 31.19, lon: 16.57 },
        category: "A3",
        description: `Shelling near Sirte (${tag}).`,
        language: "en",
        allegedParty: "LNA",
      });
      const incident = await ok("chief", "POST", "/incidents", { reportIds: [report.id] });
      const items = (await ok<Meeting>("chief", "GET", `/commission/meetings/${m.id}`)).actionItems;
      const itemId = (title: string) => items.find((a) => a.title.en === `${title} ${tag}`)!.id;
      const [exchange, withdraw] = [
        itemId("Exchange detainee lists"),
        itemId("Withdraw to the bases"),
      ];

      // The chief revises the signed decision: a new version, the first kept under it.
      const chief = await open(browser, { lang, user: "chief" });
      await chief.page.goto(`/commission/${m.id}`);
      await openFold(chief.page.locator(".decision").first(), s.revise);
      await chief.page.getByText(s.newVersion).waitFor();
      const revisedEn = `Reopen the coastal road Misrata–Sirte ${tag}.`;
      await chief.page.locator(`#revise-${proposed.decisions[0]!.id}-en`).fill(revisedEn);
      await chief.page.getByRole("button", { name: s.reviseSubmit }).click();
      await chief.page.locator(".decision-history summary", { hasText: s.earlier }).click();
      await chief.page
        .locator(".decision-history")
        .getByText(
          lang === "en" ? `Reopen the coastal road ${tag}.` : `إعادة فتح الطريق الساحلي ${tag}.`,
        )
        .waitFor();
      if (lang === "en") await chief.page.getByText(revisedEn).first().waitFor();

      // The chief edits the first action item: owed by the mission, cancelled with a reason.
      const row = chief.page.locator(`#action-${exchange}`);
      await row.getByRole("button", { name: s.editAction }).click();
      await row.locator(`#edit-${exchange}-owner`).selectOption("mission");
      await row.locator(`#edit-${exchange}-status`).selectOption("cancelled");
      await row.locator(`#edit-${exchange}-reason`).fill(`Done at the prisoner exchange ${tag}`);
      await row.getByRole("button", { name: s.saveAction }).click();
      await row.locator(".badge", { hasText: s.cancelled }).waitFor();
      await row.getByText(s.mission).waitFor();
      await row.getByText(`Done at the prisoner exchange ${tag}`).waitFor();

      // The second becomes a commitment, prefilled from the item.
      const second = chief.page.locator(`#action-${withdraw}`);
      await openFold(second, s.makeCommitment);
      await second.locator(`#commit-${withdraw}-clause`).selectOption({ index: 1 });
      expect(await second.locator(`#commit-${withdraw}-title-en`).inputValue()).toBe(
        `Withdraw to the bases ${tag}`,
      );
      await second.getByRole("button", { name: s.enterCommitment }).click();
      await second.getByText(s.became).waitFor();
      const linked = (
        await ok<Meeting>("chief", "GET", `/commission/meetings/${m.id}`)
      ).actionItems.find((a) => a.id === withdraw)!.commitmentId!;
      for (const status of ["in_progress", "met"]) {
        await ok("chief", "POST", `/commitments/${linked}/status`, { status, reason: "Verified." });
      }
      await chief.page.reload();
      await second.locator(".action-commitment .badge", { hasText: s.met }).waitFor();
      await screenshot(chief.page, `commission-work-chief-${lang}`, true);
      expect(await seriousViolations(chief.page)).toEqual([]);
      await chief.page.goto(`/commitments/${linked}`);
      await chief.page.getByRole("heading", { name: s.fromCommission }).waitFor();
      await chief.page.locator(".from-commission a").click();
      await chief.page.waitForURL(new RegExp(`/commission/${m.id}$`));

      // A lost answer: the form is sent again with the same key, and one action item is made.
      await openFold(chief.page, s.addAction);
      await chief.page.locator("#action-en").fill(`Clear the mines ${tag}`);
      await chief.page.locator("#action-deadline").fill("2031-06-01 12:00");
      let dropped = false;
      await chief.page.route("**/api/v1/commission/meetings/*/action-items", async (route) => {
        if (dropped) return route.continue();
        dropped = true;
        await route.fetch(); // the server makes the item; the browser never hears of it
        await route.abort("connectionreset");
      });
      await chief.page.getByRole("button", { name: s.addAction, exact: true }).click();
      await chief.page.locator(".notice-error").first().waitFor();
      await chief.page.getByRole("button", { name: s.addAction, exact: true }).click();
      await chief.page
        .locator(".action-items strong", { hasText: `Clear the mines ${tag}` })
        .waitFor();
      const after = await ok<Meeting>("chief", "GET", `/commission/meetings/${m.id}`);
      expect(after.actionItems.filter((a) => a.title.en === `Clear the mines ${tag}`)).toHaveLength(
        1,
      );

      // The chair may not put an unreleased incident on the agenda: refused as if absent.
      const chair = await open(browser, { lang, user: "chair" });
      await chair.page.goto(`/commission/${m.id}`);
      await openFold(chair.page, s.addItem);
      await chair.page.locator("#new-item-en").fill(`Shelling near Sirte ${tag}`);
      await chair.page.locator("#new-item-kind").selectOption("incident");
      await chair.page.locator("#new-item-subject").fill(incident.id);
      await chair.page.getByRole("button", { name: s.addItem, exact: true }).click();
      await chair.page.locator(".notice-error .notice-title", { hasText: s.notFound }).waitFor();
      await screenshot(chair.page, `commission-work-chair-refused-${lang}`);

      // The GNA delegation edits its own note; the LNA delegation never reads it.
      const gna = await open(browser, { lang, user: "commission" });
      await gna.page.goto(`/commission/${m.id}`);
      await gna.page.locator("#note-body").fill(`Our position ${tag}`);
      await gna.page.locator(".delegation-notes button[type=submit]").click();
      await gna.page.locator(".delegation-notes").getByText(`Our position ${tag}`).waitFor();
      await gna.page.locator(".notes").getByRole("button", { name: s.editNote }).click();
      await gna.page.locator(".notes textarea").fill(`Our position, revised ${tag}`);
      await gna.page.getByRole("button", { name: s.saveNote }).click();
      await gna.page.locator(".notes").getByText(s.edited).waitFor();
      await gna.page.locator(".notes").getByText(`Our position, revised ${tag}`).waitFor();
      await screenshot(gna.page, `commission-work-gna-${lang}`, true);
      const lnaNotes = await ok("commission-lna", "GET", `/commission/meetings/${m.id}/notes`);
      expect(JSON.stringify(lnaNotes)).not.toContain(`Our position`);

      // The chief's page saw the connection dropped on purpose, the chair's the refusal; no other error.
      const refused = (e: string) => e.includes("400") && e.includes("/agenda");
      expect(chair.errors.filter((e) => !refused(e))).toEqual([]);
      expect(gna.errors).toEqual([]);
      for (const session of [chief, chair, gna]) {
        expect(session.external).toEqual([]);
        await session.context.close();
      }
    }, 240_000);
  }
});
