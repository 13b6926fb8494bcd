/**
 * Notifications as people meet them: the administrator has registered a webhook; a finding is
 * released to the parties; both parties' liaisons find the notice in their inbox, the bell
 * counting it; opening it marks it read and goes to the release; the administrator's webhooks
 * page shows the delivery, which a real HTTP listener started here received, signed. In English
 * and in Arabic. The case is set up through the API.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "../src/domain/notifications.js";
import { notificationsAr } from "../web/src/i18n/notifications-ar.js";
import { notificationsEn } from "../web/src/i18n/notifications-en.js";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { caseInRightOfReply, ok } from "./support/cases.js";

let browser: Browser;
let listener: Server;
let hookUrl: string;
const hits: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];

beforeAll(async () => {
  browser = await launch();
  listener = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/cfm`;
});
afterAll(async () => {
  await browser?.close();
  listener?.close();
});

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000 });
const TEXTS = { en: notificationsEn, ar: notificationsAr };

describe.each(["en", "ar"] as Lang[])("notifications in %s", (lang) => {
  const T = TEXTS[lang];
  it("a release reaches both liaisons' inboxes; opening it reads it; the webhook log shows it", async () => {
    const hook = await ok<{ id: string; secret: string }>("admin", "POST", "/admin/webhooks", {
      url: hookUrl,
      description: `Mission dashboard (${lang})`,
      kinds: ["release.parties"],
      audience: "mission",
    });
    const c = await caseInRightOfReply(false);
    await ok("chief", "POST", `/incidents/${c.id}/transitions`, { to: "endorsed" });
    await ok("chief", "POST", `/incidents/${c.id}/transitions`, { to: "restricted_release" });

    for (const user of ["liaison-gna", "liaison-lna"] as const) {
      const s = await open(browser, { lang, user });
      const { page } = s;
      await page.goto("/releases");
      // The bell counts the unread notices (this one at least).
      const bell = page.locator("a.bell");
      await poll(async () =>
        Number((await bell.locator(".nav-badge").textContent()) ?? 0),
      ).toBeGreaterThan(0);
      const before = Number(await bell.locator(".nav-badge").textContent());
      await bell.click();
      await poll(() => page.locator("h1").textContent()).toBe(T.notifications.title);
      const entry = page.locator('.inbox-entry[data-kind="release.parties"]', {
        hasText: c.reference,
      });
      await entry.waitFor();
      expect(await entry.getAttribute("class")).toContain("unread");
      expect(await entry.textContent()).toContain(
        T.notifications.kinds.release_parties.replace("{{incident}}", c.reference),
      );
      if (user === "liaison-gna") {
        await screenshot(page, `inbox-${lang}`);
        expect(await seriousViolations(page)).toEqual([]);
      }
      await entry.locator("a").click();
      await poll(() => page.url()).toContain("/releases/");
      // Read now: one fewer on the bell, and no longer marked unread.
      await poll(async () => Number((await bell.locator(".nav-badge").textContent()) ?? 0)).toBe(
        before - 1,
      );
      await page.goto("/inbox");
      await page
        .locator('.inbox-entry[data-kind="release.parties"]', { hasText: c.reference })
        .waitFor();
      expect(
        await page
          .locator('.inbox-entry[data-kind="release.parties"]', { hasText: c.reference })
          .getAttribute("class"),
      ).not.toContain("unread");
      expect(s.errors).toEqual([]);
      await s.context.close();
    }

    // The listener received the release, signed with the endpoint's secret.
    await poll(() => hits.some((h) => h.body.includes(c.reference))).toBe(true);
    const hit = hits.find((h) => h.body.includes(c.reference))!;
    expect(
      verifyWebhookSignature(
        hook.secret,
        String(hit.headers["x-cfm-timestamp"]),
        hit.body,
        String(hit.headers["x-cfm-signature"]),
      ),
    ).toBe(true);

    // The administrator reads the delivery log.
    const admin = await open(browser, { lang, user: "admin" });
    await admin.page.goto("/admin/webhooks");
    await poll(() => admin.page.locator("h1").textContent()).toBe(T.webhooks.title);
    const delivered = admin.page.locator(".webhook-deliveries tbody tr", {
      hasText: T.webhooks.statuses.delivered,
    });
    await poll(() => delivered.count()).toBeGreaterThan(0);
    expect(await delivered.first().textContent()).toContain("204");
    await screenshot(admin.page, `webhooks-admin-${lang}`, true);
    expect(await seriousViolations(admin.page)).toEqual([]);
    expect(admin.errors).toEqual([]);
    await ok("admin", "POST", `/admin/webhooks/${hook.id}/disable`);
    await admin.context.close();
  });

  it("a liaison records an e-mail address for notices and refuses one kind", async () => {
    const s = await open(browser, { lang, user: "liaison-lna" });
    const { page } = s;
    await page.goto("/account");
    const section = page.locator("section[aria-labelledby=account-email]");
    await section.locator("#notice-email").fill(`lna-${lang}@example.org`);
    await section.locator("#notice-language").selectOption(lang);
    await section
      .getByRole("checkbox", { name: T.notifications.kindNames.reply_window_closing_soon })
      .uncheck();
    await section.getByRole("button", { name: T.notifications.email.save }).click();
    await poll(() => section.locator("[role=status]").textContent()).toContain(
      T.notifications.email.saved,
    );
    const saved = await ok<{ email: string; emailKindsOff: string[] }>(
      "liaison-lna",
      "GET",
      "/account/notifications",
    );
    expect(saved).toMatchObject({
      email: `lna-${lang}@example.org`,
      emailKindsOff: ["reply_window.closing_soon"],
    });
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, `account-email-${lang}`);
    expect(await seriousViolations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
