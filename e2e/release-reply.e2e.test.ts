/**
 * The right of reply and the simultaneous release, as the parties' liaisons live them: a draft
 * about one party reaches that party only; a reply is confirmed and recorded; a released finding
 * reads the same, with the same fingerprint, for both parties. The cases are set up through the
 * API (complaints, incident, finding, four-eyes moves) so that the deadline lies ahead of now.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot } from "./support/browser.js";
import { call, caseInRightOfReply, ok } from "./support/cases.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

async function switchLanguage(page: Page, to: "ar" | "en") {
  await page.getByRole("button", { name: to === "ar" ? "العربية" : "English" }).click();
  await expect.poll(() => page.getAttribute("html", "dir")).toBe(to === "ar" ? "rtl" : "ltr");
}

/** The fingerprint as the page shows it (grouped by eight for reading), without the spaces. */
async function shownFingerprint(page: Page): Promise<string> {
  const code = page.locator(".fingerprint-value code");
  await code.waitFor();
  return ((await code.textContent()) ?? "").replace(/\s/g, "");
}

describe("right of reply and release to the parties", () => {
  it("the GNA liaison reads a draft about the GNA and replies; the LNA never sees it", async () => {
    const c = await caseInRightOfReply(true);

    // The LNA has no way to this draft: not listed, not readable.
    expect((await call("liaison-lna", "GET", `/incidents/${c.id}`)).status).toBe(404);
    expect((await call("liaison-lna", "GET", `/incidents/${c.id}/draft`)).status).toBe(404);

    const gna = await open(browser, { lang: "ar", user: "liaison-gna" });
    const { page } = gna;
    await page.goto("/releases");
    await expect.poll(() => page.locator("h1").textContent()).toBe("الاستنتاجات الخاصة بطرفك");
    const row = page.locator(".awaiting-table tbody tr", { hasText: c.reference });
    await row.waitFor();
    expect(await row.textContent()).toContain("يُغلق خلال");
    await row.getByRole("link", { name: c.reference }).click();

    await expect
      .poll(() => page.locator("h1").textContent())
      .toBe(`مشروع الاستنتاج ${c.reference}`);
    expect(await page.locator(".main-nav [aria-current=page]").textContent()).toBe("الاستنتاجات");
    const finding = page.locator(".finding");
    expect(await finding.textContent()).toContain("Mortar rounds struck near the Sirte");
    expect(await finding.textContent()).toContain("crater analysis");
    expect(await page.locator(".draft-replies").textContent()).toContain(
      "لم يرد طرفك على هذا المشروع بعد.",
    );

    // Nothing is sent without text, and nothing without a second look.
    const form = page.locator(".reply-form");
    await form.getByRole("button", { name: "مراجعة وإرسال" }).click();
    expect(await form.locator(".field-problem").textContent()).toBe("اكتب الرد أولًا.");
    const reply = "يرفض طرفنا هذا الاستنتاج: لم تكن لقواتنا مواقع قرب محطة الكهرباء في ذلك اليوم.";
    await form.getByLabel("ردك").fill(reply);
    expect(await form.locator(".char-count").textContent()).toBe(`${reply.length} من 20,000 حرف`);
    expect(await form.getByLabel("لغة الرد").inputValue()).toBe("ar");
    await form.getByRole("button", { name: "مراجعة وإرسال" }).click();
    await form.locator(".reply-confirm").waitFor();
    await expectAccessible(page);
    await form.getByRole("button", { name: "إرسال الرد" }).click();
    await expect.poll(() => form.locator(".notice-success").textContent()).toBe("أُرسل ردك وسُجِّل.");
    await expect.poll(() => page.locator(".draft-replies .reply").count()).toBe(1);
    expect(await page.locator(".draft-replies .reply-text").textContent()).toBe(reply);
    expect(await page.locator(".draft-replies .reply-text").getAttribute("lang")).toBe("ar");
    await expectAccessible(page);
    await screenshot(page, "draft-reply-ar", true);

    await switchLanguage(page, "en");
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Draft finding ${c.reference}`);
    await expectAccessible(page);
    await screenshot(page, "draft-reply-en", true);

    // The server recorded it, for the GNA.
    const draft = await ok<{ replies: { party: string; text: string }[] }>(
      "liaison-gna",
      "GET",
      `/incidents/${c.id}/draft`,
    );
    expect(draft.replies.map((r) => [r.party, r.text])).toEqual([["GNA", reply]]);
    expect(gna.errors).toEqual([]);
    expect(gna.external).toEqual([]);
    await gna.context.close();

    // In the LNA's browser: neither the list nor the address shows anything of it.
    const lna = await open(browser, { lang: "en", user: "liaison-lna" });
    await lna.page.goto("/releases");
    await lna.page.locator("#released-title").waitFor();
    await expect.poll(() => lna.page.locator(".notice-loading").count()).toBe(0);
    const listing = (await lna.page.locator("main").textContent()) ?? "";
    expect(listing).not.toContain(c.reference);
    expect(listing).not.toContain(c.title);
    await lna.page.goto(`/releases/drafts/${c.id}`);
    await lna.page.locator(".notice-error").waitFor();
    const refused = (await lna.page.locator("main").textContent()) ?? "";
    expect(refused).not.toContain("Mortar rounds struck");
    expect(refused).not.toContain(reply);
    await lna.context.close();
  });

  it("a reply sent after the deadline is refused in the server's words", async () => {
    const c = await caseInRightOfReply(true, 8_000);
    const deadline = Date.now() + 8_000;
    const { page, context } = await open(browser, { lang: "en", user: "liaison-gna" });
    await page.goto(`/releases/drafts/${c.id}`);
    const form = page.locator(".reply-form");
    await form.getByLabel("Your reply").fill("We reply too late.");
    await form.getByLabel("Language of the reply").selectOption("en");
    await form.getByRole("button", { name: "Review and send" }).click();
    await new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now() + 1_000)));
    await form.getByRole("button", { name: "Send the reply" }).click();
    const refusal = form.locator(".notice-error");
    await refusal.waitFor();
    expect(await refusal.locator(".notice-title").textContent()).toBe(
      "The deadline for replies has passed.",
    );
    expect(await refusal.locator(".server-message").textContent()).toContain(
      "no reply can be added now",
    );
    // The text stays, and nothing was recorded.
    expect(await form.getByLabel("Your reply").inputValue()).toBe("We reply too late.");
    expect(await page.locator(".draft-replies .reply").count()).toBe(0);
    await context.close();
  });

  it("both parties read the released finding with the same fingerprint", async () => {
    const c = await caseInRightOfReply(false);
    const gnaReply = "The GNA contests the time window: its units were not firing that morning.";
    await ok("liaison-gna", "POST", `/incidents/${c.id}/replies`, {
      text: gnaReply,
      language: "en",
    });

    // Before the release, the LNA's draft holds its own replies only.
    const lnaDraft = await open(browser, { lang: "en", user: "liaison-lna" });
    await lnaDraft.page.goto(`/releases/drafts/${c.id}`);
    await expect
      .poll(() => lnaDraft.page.locator("h1").textContent())
      .toBe(`Draft finding ${c.reference}`);
    expect(await lnaDraft.page.locator(".draft-replies").textContent()).toContain(
      "Your party has not replied to this draft.",
    );
    expect(await lnaDraft.page.locator("main").textContent()).not.toContain(gnaReply);
    await lnaDraft.context.close();

    // The chief endorses and releases to the parties.
    await ok("chief", "POST", `/incidents/${c.id}/transitions`, { to: "endorsed" });
    await ok("chief", "POST", `/incidents/${c.id}/transitions`, { to: "restricted_release" });
    const released = await ok<{ items: { id: string; contentHash: string }[] }>(
      "chief",
      "GET",
      `/releases?incidentId=${c.id}`,
    );
    expect(released.items).toHaveLength(1);
    const release = released.items[0]!;

    // The GNA finds it in its list.
    const gna = await open(browser, { lang: "ar", user: "liaison-gna" });
    await gna.page.goto("/releases");
    const row = gna.page.locator(".release-table tbody tr", { hasText: c.reference });
    await row.waitFor();
    expect(await row.textContent()).toContain("V2 — مؤيَّد");
    await row.getByRole("link", { name: c.reference }).click();
    await expect
      .poll(() => gna.page.locator("h1").textContent())
      .toBe(`الاستنتاج الصادر ${c.reference}`);
    const gnaHash = await shownFingerprint(gna.page);
    await gna.page.locator(".fingerprint .notice-success").waitFor();
    expect(await gna.page.locator(".reply-list").textContent()).toContain(gnaReply);
    await expectAccessible(gna.page);
    await screenshot(gna.page, "release-ar", true);

    // The LNA, from its own list, reads the same content.
    const lna = await open(browser, { lang: "en", user: "liaison-lna" });
    await lna.page.goto("/releases");
    const lnaRow = lna.page.locator(".release-table tbody tr", { hasText: c.reference });
    await lnaRow.waitFor();
    await expect.poll(() => lna.page.locator(".notice-loading").count()).toBe(0);
    await expectAccessible(lna.page);
    await screenshot(lna.page, "releases-liaison-en");
    await lnaRow.getByRole("link", { name: c.reference }).click();
    await expect
      .poll(() => lna.page.locator("h1").textContent())
      .toBe(`Released finding ${c.reference}`);
    const lnaHash = await shownFingerprint(lna.page);
    await lna.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: inject("baseURL"),
    });
    await lna.page.getByRole("button", { name: "Copy the fingerprint" }).click();
    await expect
      .poll(() => lna.page.locator(".fingerprint-status").textContent())
      .toBe("The fingerprint was copied.");
    expect(await lna.page.evaluate(() => navigator.clipboard.readText())).toBe(lnaHash);
    await lna.page.locator(".fingerprint .notice-success").waitFor();
    await expectAccessible(lna.page);
    await screenshot(lna.page, "release-en", true);

    expect(gnaHash).toMatch(/^[0-9a-f]{64}$/);
    expect(lnaHash).toBe(gnaHash);
    expect(gnaHash).toBe(release.contentHash);
    expect(await gna.page.locator(".release-raw pre").textContent()).toBe(
      await lna.page.locator(".release-raw pre").textContent(),
    );
    for (const s of [gna, lna]) {
      expect(s.errors).toEqual([]);
      expect(s.external).toEqual([]);
      await s.context.close();
    }

    // The mission reaches the same release from the incident page, with the reply listed there.
    const chief = await open(browser, { lang: "en", user: "chief" });
    await chief.page.goto(`/incidents/${c.id}`);
    const section = chief.page.locator(".incident-releases");
    await section.waitFor();
    expect(await section.textContent()).toContain(gnaReply);
    await section.scrollIntoViewIfNeeded();
    await screenshot(chief.page, "incident-releases-en");
    await section.getByRole("link", { name: "Open" }).click();
    expect(await shownFingerprint(chief.page)).toBe(gnaHash);
    await chief.context.close();
  });

  it("the chief sets the release instant on the incident page; before it, no party sees the release", async () => {
    const c = await caseInRightOfReply(false);
    await ok("chief", "POST", `/incidents/${c.id}/transitions`, { to: "endorsed" });
    // Two days ahead, typed as Libya wall time (UTC+2).
    const at = new Date(Math.ceil((Date.now() + 2 * 86_400_000) / 60_000) * 60_000);
    const wall = new Date(at.getTime() + 2 * 3600_000).toISOString().slice(0, 16);
    const chief = await open(browser, { lang: "en", user: "chief" });
    await chief.page.goto(`/incidents/${c.id}`);
    await chief.page
      .getByLabel("Release at (optional), in mission time (Africa/Tripoli, UTC+2)")
      .fill(wall);
    await chief.page.getByRole("button", { name: "Move to “Restricted release”" }).click();
    await chief.page.locator(".workflow-status .notice-success").waitFor();
    const mine = await ok<{ items: { releaseAt: string }[] }>(
      "chief",
      "GET",
      `/releases?incidentId=${c.id}`,
    );
    expect(mine.items.map((r) => r.releaseAt)).toEqual([at.toISOString()]);
    for (const party of ["liaison-gna", "liaison-lna"] as const) {
      const theirs = await ok<{ items: unknown[] }>(party, "GET", `/releases?incidentId=${c.id}`);
      expect(theirs.items, `${party} before the release instant`).toEqual([]);
    }
    expect(chief.errors).toEqual([]);
    await chief.context.close();
  });
});
