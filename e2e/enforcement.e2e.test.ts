/**
 * The enforcement ladder as the mission and the parties live it, in English and in Arabic: a
 * finding of violation attributed to the LNA is released; the chief issues a formal notice from
 * the incident page; the LNA's liaison responds in Arabic before the deadline; the chief refers
 * the case onto a joint commission meeting's agenda; the commission decides there, both
 * delegations' heads signing; the chief records that decision on the ladder by naming it, and
 * refers the case to the mandating body. The GNA's liaison sees the notice and the later steps
 * (the co-signed decision among them), never the LNA's response (decision 0017). The meeting's
 * agenda page lists the referred case.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { enforcementAr } from "../web/src/i18n/enforcement-ar.js";
import { enforcementEn } from "../web/src/i18n/enforcement-en.js";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, SCREENSHOTS, type Lang } from "./support/browser.js";
import { ok, seatDelegationHeads, type User } from "./support/cases.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  // Each party's commission member heads its delegation and signs the commission's decisions.
  await seatDelegationHeads();
});
afterAll(async () => {
  await browser?.close();
});

/** The enforcement section alone: the incident page is long. */
const shoot = (section: Locator, name: string) =>
  section.screenshot({ path: `${SCREENSHOTS}${name}.png` });
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });
const TEXTS = { en: enforcementEn.enforcement, ar: enforcementAr.enforcement };

/** A violation attributed to the LNA, concerning both parties, released to them. */
async function releasedViolation(tag: string): Promise<{ id: string; reference: string }> {
  const complaint = (by: User, alleged: string) =>
    ok(by, "POST", "/reports", {
      sourceKind: "party_complaint",
      occurredFrom: "2020-11-02T08:00:00Z",
      occurredTo: "2020-11-02T09:30:00Z",
      location: { lat: 31.19, lon: 16.57 },
      category: "A3",
      description: `Mortar rounds fell near the Sirte power station (${tag}).`,
      language: "en",
      allegedParty: alleged,
    });
  const reports = [await complaint("liaison-gna", "LNA"), await complaint("liaison-lna", "GNA")];
  const incident = await ok<{ id: string; reference: string }>("chief", "POST", "/incidents", {
    reportIds: reports.map((r) => r.id),
    title: `Mortar fire near the Sirte power station (${tag})`,
  });
  const move = (user: User, to: string) =>
    ok(user, "POST", `/incidents/${incident.id}/transitions`, { to });
  await move("chief", "triaged");
  await move("chief", "under_verification");
  await ok("analyst", "POST", `/incidents/${incident.id}/findings`, {
    outcome: "violation_attributed",
    verificationLevel: "V3",
    attributionLevel: "attributed",
    attributedParty: "LNA",
    provisions: ["LY-2020-01-12/1"],
    severity: 3,
    standardOfProof: "clear_and_convincing",
    publicNarrative: `LNA mortar positions fired on the Sirte power station (${tag}).`,
    restrictedNarrative: "Crater analysis and a patrol's observation point to LNA positions.",
    concernedParties: ["GNA", "LNA"],
  });
  await move("analyst", "assessed");
  await move("analyst", "in_review");
  await move("chief", "endorsed");
  await move("chief", "restricted_release");
  return incident;
}

/** A day some days from now, as the mission (Libya, UTC+2) counts days. */
const dayIn = (days: number) =>
  new Date(Date.now() + days * 86400_000 + 2 * 3600_000).toISOString().slice(0, 10);

async function recordStep(
  page: Page,
  T: (typeof TEXTS)["en"],
  kind: string,
  en: string,
  ar: string,
  meetingId?: string,
) {
  const form = page.locator("form.enforcement-form");
  await form.getByLabel(T.next.kind).selectOption(kind);
  if (meetingId) await form.getByLabel(T.next.meeting).selectOption(meetingId);
  await form.getByLabel(T.next.textEn).fill(en);
  await form.getByLabel(T.next.textAr).fill(ar);
  if (meetingId) await form.getByLabel(T.next.meeting).selectOption(meetingId);
  const steps = page.locator('[data-testid="notice-step"]');
  const before = await steps.count();
  await form.getByRole("button", { name: T.next.submit }).click();
  await poll(() => steps.count()).toBe(before + 1);
}

describe.each(["en", "ar"] as Lang[])("the enforcement ladder in %s", (lang) => {
  const T = TEXTS[lang];
  it("notice → Arabic response → commission → decision → mandating body; the other party never sees the response", async () => {
    const tag = `e2e-${lang}-${Date.now().toString(36)}`;
    const inc = await releasedViolation(tag);
    const response = `لم تطلق وحداتنا النار على محطة الكهرباء (${tag}).`;

    // The chief issues the notice from the incident page.
    const chief = await open(browser, { lang, user: "chief" });
    await chief.page.goto(`/incidents/${inc.id}`);
    const section = chief.page.locator("section.incident-enforcement");
    await section.waitFor();
    await poll(() => section.textContent()).toContain(T.none);
    await section.getByLabel(T.issue.deadline).fill(dayIn(5));
    await section.getByLabel(T.issue.textEn).fill(`The mission notifies the LNA (${tag}).`);
    await section.getByLabel(T.issue.textAr).fill(`تخطر البعثة الجيش الوطني (${tag}).`);
    await section.getByRole("button", { name: T.issue.submit }).click();
    await section.locator('[data-testid="notice"]').waitFor();
    await poll(() => section.locator('[data-testid="notice-status"]').textContent()).toBe(
      T.status.awaiting,
    );
    expect(await section.textContent()).toContain("LY-2020-01-12/1");

    // The LNA's liaison responds in Arabic before the deadline.
    const lna = await open(browser, { lang, user: "liaison-lna" });
    await lna.page.goto(`/incidents/${inc.id}`);
    const lnaSection = lna.page.locator("section.incident-enforcement");
    await lnaSection.getByLabel(T.respond.language, { exact: true }).selectOption("ar");
    await lnaSection.getByLabel(T.respond.text, { exact: true }).fill(response);
    await lnaSection.getByRole("button", { name: T.respond.submit }).click();
    await poll(() => lnaSection.locator('[data-testid="notice-step"]').count()).toBe(2);
    expect(await lnaSection.textContent()).toContain(response);
    // It corrects its response: a new step; the response stays, marked as superseded.
    const correction = `تصحيح: لم تكن لوحداتنا مدافع هاون في المنطقة (${tag}).`;
    await lnaSection.getByRole("button", { name: T.correct.open }).click();
    const fix = lnaSection.locator("form.correction-form");
    await fix.getByLabel(T.correct.textAr).fill(correction);
    await fix.getByRole("button", { name: T.correct.submit }).click();
    await poll(() => lnaSection.locator('[data-testid="notice-step"]').count()).toBe(3);
    expect(await lnaSection.locator('[data-superseded="true"]').getAttribute("data-kind")).toBe(
      "response",
    );
    expect(await lnaSection.textContent()).toContain(correction);
    await lnaSection.scrollIntoViewIfNeeded();
    await shoot(lnaSection, `enforcement-responded-lna-${lang}`);
    expect(await seriousViolations(lna.page)).toEqual([]);
    expect(lna.errors).toEqual([]);

    // The chief refers the case onto the agenda of the commission's next meeting.
    const meeting = await ok<{ id: string; reference: string }>(
      "chief",
      "POST",
      "/commission/meetings",
      { startsAt: "2031-05-04T08:00:00Z", placeEn: "Sirte", placeAr: "سرت", agenda: [] },
    );
    await chief.page.reload();
    await poll(() => section.locator('[data-testid="notice-status"]').textContent()).toBe(
      T.status.responded,
    );
    await recordStep(
      chief.page,
      T,
      "commission_referral",
      "Referred to the JMC.",
      "أحيلت إلى اللجنة.",
      meeting.id,
    );
    await section.getByRole("link", { name: meeting.reference }).first().waitFor();
    // Its decision is the one both delegations sign at that meeting: none is in effect yet.
    const form = section.locator("form.enforcement-form");
    await form.getByLabel(T.next.kind).selectOption("commission_decision");
    await form.locator('[data-testid="no-decision-in-effect"]').waitFor();
    expect(await form.getByRole("button", { name: T.next.submit }).isDisabled()).toBe(true);
    await shoot(form, `enforcement-decision-awaited-${lang}`);
    // The chief proposes the decision on the referral's agenda item; both heads sign it.
    const words = {
      en: `The JMC calls on the LNA to pull the mortars back (${tag}).`,
      ar: `تدعو اللجنة الجيش الوطني إلى سحب مدافع الهاون (${tag}).`,
    };
    const onAgenda = await ok<{ agenda: { id: string; subject: { id: string } | null }[] }>(
      "chief",
      "GET",
      `/commission/meetings/${meeting.id}`,
    );
    const item = onAgenda.agenda.find((i) => i.subject?.id === inc.id)!;
    const proposed = await ok<{ decisions: { id: string }[] }>(
      "chief",
      "POST",
      `/commission/meetings/${meeting.id}/decisions`,
      { agendaItemId: item.id, textEn: words.en, textAr: words.ar },
    );
    const decisionId = proposed.decisions[0]!.id;
    for (const head of ["commission", "commission-lna"] as const)
      await ok(head, "POST", `/commission/decisions/${decisionId}/sign`);
    // The chief records it on the ladder by naming it, with a note.
    await chief.page.reload();
    await form.getByLabel(T.next.kind).selectOption("commission_decision");
    await form.getByLabel(T.next.decision).selectOption(decisionId);
    await form.getByLabel(T.next.noteEn).fill("Signed by both heads at the meeting.");
    await shoot(form, `enforcement-decision-form-${lang}`);
    const steps = section.locator('[data-testid="notice-step"]');
    const before = await steps.count();
    await form.getByRole("button", { name: T.next.submit }).click();
    await poll(() => steps.count()).toBe(before + 1);
    const cited = section.locator('[data-testid="cited-decision"]');
    await poll(() => cited.textContent()).toContain(words[lang]);
    expect(await cited.getByRole("link", { name: meeting.reference }).getAttribute("href")).toBe(
      `/commission/${meeting.id}`,
    );
    await recordStep(
      chief.page,
      T,
      "mandating_body_referral",
      "Referred to the Security Council.",
      "أحيلت إلى مجلس الأمن.",
    );
    // The chief corrects the commission's decision: the correction supersedes it, never erases it.
    await section.getByRole("button", { name: T.correct.open }).click();
    const chiefFix = section.locator("form.correction-form");
    const decisionLabel = T.correct.option
      .replace("{{seq}}", "5")
      .replace("{{kind}}", T.kind.commission_decision);
    await chiefFix.getByLabel(T.correct.step).selectOption({ label: decisionLabel });
    await chiefFix.getByLabel(T.correct.textEn).fill("Corrected: the JMC decided unanimously.");
    await chiefFix.getByLabel(T.correct.textAr).fill("تصحيح: قررت اللجنة بالإجماع.");
    await chiefFix.getByRole("button", { name: T.correct.submit }).click();
    await poll(() => section.locator('[data-testid="notice-step"]').count()).toBe(7);
    const superseded = section.locator('[data-superseded="true"]');
    expect(
      await superseded.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind"))),
    ).toEqual(["response", "commission_decision"]);
    await section.scrollIntoViewIfNeeded();
    await shoot(section, `enforcement-ladder-chief-${lang}`);
    expect(await seriousViolations(chief.page)).toEqual([]);
    expect(chief.errors).toEqual([]);

    // The GNA's liaison: the notice and the later steps, not the response nor its status.
    const gna = await open(browser, { lang, user: "liaison-gna" });
    await gna.page.goto(`/incidents/${inc.id}`);
    const gnaSection = gna.page.locator("section.incident-enforcement");
    const kinds = gnaSection.locator('[data-testid="notice-step"]');
    await poll(() => kinds.count()).toBe(5);
    expect(await kinds.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))).toEqual([
      "notice",
      "commission_referral",
      "commission_decision",
      "mandating_body_referral",
      "correction",
    ]);
    // The decision both delegations signed, with its meeting.
    expect(await gnaSection.locator('[data-testid="cited-decision"]').textContent()).toContain(
      words[lang],
    );
    expect(await gna.page.content()).not.toContain(response);
    expect(await gna.page.content()).not.toContain(correction);
    // The GNA's liaison corrects nothing here: no step of this notice is its to write.
    expect(await gnaSection.getByRole("button", { name: T.correct.open }).count()).toBe(0);
    expect(await gnaSection.locator('[data-testid="notice-status"]').count()).toBe(0);
    await gnaSection.scrollIntoViewIfNeeded();
    await shoot(gnaSection, `enforcement-other-party-gna-${lang}`);
    // And on the notices page.
    await gna.page.goto("/enforcement");
    await gna.page.locator("h1").waitFor();
    await gna.page.getByLabel(T.onlyOpen).uncheck();
    await poll(() => gna.page.locator('[data-testid="notice-row"]').count()).toBeGreaterThan(0);
    expect(await gna.page.content()).not.toContain(response);
    expect(gna.errors).toEqual([]);

    // The referral is on that meeting's agenda, about this incident; the link leads there.
    await chief.page.goto(`/incidents/${inc.id}`);
    await section
      .locator('[data-testid="notice-step"][data-kind="commission_referral"]')
      .getByRole("link", { name: meeting.reference })
      .click();
    await chief.page.waitForURL(new RegExp(`/commission/${meeting.id}$`));
    const agendaRow = chief.page.locator(".agenda li", { hasText: inc.reference });
    await agendaRow.waitFor();
    expect(await agendaRow.textContent()).toContain(
      lang === "ar" ? "الإخطار الرسمي" : "Formal notice",
    );
    await agendaRow.getByRole("link").click();
    await chief.page.waitForURL(new RegExp(`/incidents/${inc.id}$`));
    await chief.page.goto(`/commission/${meeting.id}`);
    await chief.page.locator(".agenda li", { hasText: inc.reference }).waitFor();
    await screenshot(chief.page, `enforcement-referral-agenda-${lang}`, true);
    expect(await seriousViolations(chief.page)).toEqual([]);

    // The chief's notices page.
    await chief.page.goto("/enforcement");
    await chief.page.getByLabel(T.onlyOpen).uncheck();
    await poll(() => chief.page.locator('[data-testid="notice-row"]').count()).toBeGreaterThan(0);
    await screenshot(chief.page, `enforcement-notices-chief-${lang}`);
    expect(await seriousViolations(chief.page)).toEqual([]);
    for (const s of [chief, lna, gna]) await s.context.close();
  }, 180_000);
});
