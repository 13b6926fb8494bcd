/**
 * An account under attack, as its owner and the administrator see it (decision 0024): guesses
 * from twenty addresses behind the mission's proxy slow down logins from places the user never
 * logged in from — the login page says so in the reader's language — and the administrator finds
 * the notice in the inbox. A server of its own: it trusts the loopback proxy, so each guess can
 * come from its own address, and the shared server's accounts stay untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { startServer, type Server } from "./support/server.js";

let browser: Browser;
let server: Server;

beforeAll(async () => {
  server = await startServer({ CFM_TRUST_PROXY: "127.0.0.1", CFM_LOGIN_RATE_PER_MINUTE: "20" });
  browser = await launch();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Wrong passwords for `username` from `count` addresses behind the proxy, one each, waiting as the
 * server asks once the account is under attack (each further failure doubles the wait).
 */
async function guess(username: string, count: number, network: number): Promise<void> {
  for (let i = 1; i <= count;) {
    const res = await fetch(`${server.baseURL}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `10.${network}.0.${i}` },
      body: JSON.stringify({ username, password: `guess-${i}` }),
    });
    if (res.status === 401) {
      i++;
      continue;
    }
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe("login_throttled");
    await new Promise((r) => setTimeout(r, Number(res.headers.get("retry-after")) * 1000));
  }
}

const TEXT = {
  en: {
    username: "Username",
    password: "Password",
    login: "Log in",
    throttled: "attempts from new places are slowed down",
    notice: "Many failed logins on the account",
  },
  ar: {
    username: "اسم المستخدم",
    password: "كلمة المرور",
    login: "دخول",
    throttled: "تُبطَّأ المحاولات من أماكن جديدة",
    notice: "محاولات دخول فاشلة كثيرة على الحساب",
  },
} as const;

describe("an account under attack", () => {
  for (const [lang, user, network] of [
    ["en", "monitor", 20],
    ["ar", "reviewer", 21],
  ] as [Lang, string, number][]) {
    it(`slows a new place's logins and tells the administrator (${lang})`, async () => {
      // Strangers, one guess each: no address is locked, the account is under attack, and from
      // the 24th failure a new address waits 16 seconds.
      await guess(user, 24, network);

      // The owner, from a place this account never logged in from, must wait — even with the
      // right password — and is told why.
      const t = TEXT[lang];
      const owner = await open(browser, { lang, server: { baseURL: server.baseURL } });
      await owner.page.goto("/");
      await owner.page.getByLabel(t.username).fill(user);
      await owner.page.getByLabel(t.password).fill("demo");
      await owner.page.getByRole("button", { name: t.login, exact: true }).click();
      await owner.page.getByRole("alert").getByText(t.throttled).waitFor();
      expect(await seriousViolations(owner.page)).toEqual([]);
      await screenshot(owner.page, `login-throttled-${lang}`);
      expect(owner.external).toEqual([]);
      await owner.context.close();

      // The administrator has been told, once, in the inbox.
      const admin = await open(browser, {
        lang,
        server: { baseURL: server.baseURL, token: await server.login("admin") },
      });
      await admin.page.goto("/inbox");
      const notice = admin.page
        .locator('.inbox-entry[data-kind="account.under_attack"]')
        .filter({ hasText: t.notice })
        .filter({ hasText: user }); // the name is isolated from the sentence's direction
      await notice.waitFor();
      expect(await notice.count()).toBe(1);
      expect(await seriousViolations(admin.page)).toEqual([]);
      await screenshot(admin.page, `inbox-account-under-attack-${lang}`);
      expect(admin.errors).toEqual([]);
      await admin.context.close();
    }, 120_000);
  }
});
