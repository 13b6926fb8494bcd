/**
 * What a person met on a working day and should not have: a page that contradicts itself, an
 * error said twice, "does not exist" for a page that exists, a retry that cannot help, a 401
 * in the console before logging in, a distance whose sign lands at the wrong end in Arabic.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { caseInRightOfReply, ok } from "./support/cases.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TEXT = {
  en: {
    username: "Username",
    password: "Password",
    login: "Log in",
    wrong: "The username or password is not correct.",
    notAllowed: "This page is not part of your role's work",
    notFound: "There is no page at this address",
    noFinding: "No finding has been drafted yet",
    draftOpen: "open for your reply",
  },
  ar: {
    username: "اسم المستخدم",
    password: "كلمة المرور",
    login: "دخول",
    wrong: "اسم المستخدم أو كلمة المرور غير صحيحة.",
    notAllowed: "هذه الصفحة ليست من عمل دورك",
    notFound: "لا توجد صفحة بهذا العنوان",
    noFinding: "لم يُصَغ أي استنتاج بعد",
    draftOpen: "مفتوح لردّكم",
  },
} as const;

for (const lang of ["en", "ar"] as Lang[]) {
  const T = TEXT[lang];
  describe(`a working day, in ${lang}`, () => {
    it("the login page logs no error before anyone logs in, and says a wrong password once", async () => {
      const { page, context, errors } = await open(browser, { lang });
      try {
        await page.goto("/");
        await page.getByLabel(T.username).waitFor();
        await page.waitForLoadState("networkidle");
        expect(errors).toEqual([]);
        await page.getByLabel(T.username).fill("analyst");
        await page.getByLabel(T.password).fill("not-the-password");
        await page.getByRole("button", { name: T.login, exact: true }).click();
        const alert = page.getByRole("alert");
        await alert.waitFor();
        const said = await alert.innerText();
        expect(said.split(T.wrong.slice(0, 20)).length - 1).toBe(1);
        // Nothing folded away either: the server's English wording would only say it again.
        expect(await alert.locator("details").count()).toBe(0);
        await screenshot(page, `day-login-error-${lang}`);
      } finally {
        await context.close();
      }
    });

    it("a page the role may not open says so, an unknown address says it does not exist, and neither offers a useless retry", async () => {
      const { page, context, errors } = await open(browser, { lang, user: "commission" });
      try {
        await page.goto("/reports");
        await expect.poll(() => page.locator("main h1").innerText()).toBe(T.notAllowed);
        await page.goto("/no/such/page");
        await expect.poll(() => page.locator("main h1").innerText()).toBe(T.notFound);
        await page.goto("/incidents/00000000-0000-4000-8000-000000000000");
        await page.locator("main .notice-error").waitFor();
        expect(await page.locator("main .notice-error button").count()).toBe(0);
        expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it("a liaison in the reply window is pointed to the draft, not told that nothing was drafted", async () => {
      const c = await caseInRightOfReply(true);
      const { page, context } = await open(browser, { lang, user: "liaison-gna" });
      try {
        await page.goto(`/incidents/${c.id}`);
        const findings = page.locator("section[aria-labelledby='findings-title']");
        await findings.waitFor();
        const text = await findings.innerText();
        expect(text).not.toContain(T.noFinding);
        expect(text).toContain(T.draftOpen);
        expect(await findings.locator(`a[href="/releases/drafts/${c.id}"]`).count()).toBe(1);
        await screenshot(page, `day-liaison-reply-window-${lang}`, true);
      } finally {
        await context.close();
      }
    });

    it("'waiting for your reply' lists only open windows; closed ones are folded apart", async () => {
      const open_ = await caseInRightOfReply(true);
      const { page, context } = await open(browser, { lang, user: "liaison-gna" });
      try {
        await page.goto("/releases");
        const waiting = page.locator("section[aria-labelledby='awaiting-title']");
        await waiting.locator("table, .notice-empty").first().waitFor();
        const rows = waiting.locator(":scope > .table-wrap tbody tr");
        expect(await rows.count()).toBeGreaterThan(0);
        expect(await rows.filter({ hasText: open_.reference }).count()).toBe(1);
        // Every row in the main table has time left; none says "closed".
        expect(await waiting.locator(":scope > .table-wrap .deadline-closed").count()).toBe(0);
        // The demo's windows closed in 2020: they are behind a fold.
        expect(
          await waiting.locator("details.closed-windows .deadline-closed").count(),
        ).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });
  });
}

describe("screens", () => {
  it("the triage panel is one line until a report is ticked", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "chief" });
    try {
      await page.goto("/reports?status=received");
      const panel = page.locator(".triage-panel");
      await panel.waitFor();
      expect(await panel.locator("form").count()).toBe(0);
      expect((await panel.boundingBox())!.height).toBeLessThan(160);
      await page.locator("tbody input[type=checkbox]").first().check();
      await panel.locator("form").first().waitFor();
    } finally {
      await context.close();
    }
  });

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`on a phone the header is one line, its menu opens with 44 px links, and filters fold (${lang})`, async () => {
      const { page, context } = await open(browser, {
        lang,
        user: "monitor",
        viewport: { width: 390, height: 844 },
      });
      try {
        await page.goto("/reports");
        await page.locator("tbody tr").first().waitFor();
        expect((await page.locator(".app-header").boundingBox())!.height).toBeLessThan(80);
        expect(await page.locator(".main-nav").isVisible()).toBe(false);
        // The list is on the first screen: the filters are folded.
        expect(await page.locator("form.filters").isVisible()).toBe(false);
        expect((await page.locator("tbody tr").first().boundingBox())!.y).toBeLessThan(844);
        await page.locator(".menu-toggle").click();
        const links = page.locator(".main-nav a");
        expect(await links.count()).toBeGreaterThan(2);
        for (const box of await links.evaluateAll((as) =>
          as.map((a) => a.getBoundingClientRect().height),
        ))
          expect(box).toBeGreaterThanOrEqual(44);
        await screenshot(page, `day-phone-menu-${lang}`);
        // Moving to a page closes the menu.
        await links.nth(1).click();
        await expect.poll(() => page.locator(".main-nav").isVisible()).toBe(false);
      } finally {
        await context.close();
      }
    });
  }
});

describe("parties in Arabic", () => {
  it("are named in Arabic, short where space is short, never by a Latin code", async () => {
    const { page, context } = await open(browser, { lang: "ar", user: "liaison-gna" });
    try {
      await page.goto("/reports");
      await page.locator("tbody tr a").first().waitFor();
      expect(await page.locator(".user-role").innerText()).toContain("الوفاق");
      await page.locator("tbody tr a").first().click();
      await page.locator("main .party").first().waitFor();
      const names = await page.locator("main .party, header .party").allInnerTexts();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).not.toMatch(/[A-Za-z]/);
    } finally {
      await context.close();
    }
  });
});

describe("English words on an Arabic page", () => {
  it("a note in English keeps its full stop at its own end in the Arabic history", async () => {
    const list = await ok<{ items: { id: string }[] }>("analyst", "GET", "/incidents?limit=10");
    const { page, context } = await open(browser, { lang: "ar", user: "analyst" });
    try {
      let checked = 0;
      for (const i of list.items) {
        await page.goto(`/incidents/${i.id}`);
        await page.locator(".history-table tbody tr").first().waitFor({ timeout: 20_000 });
        // Each English note sits between FSI and PDI; its last full stop is drawn right of its first letter.
        const ends = await page.locator(".history-table li").evaluateAll((cells) =>
          cells.flatMap((cell) => {
            const node = [...cell.childNodes].find(
              (n) =>
                n.nodeType === Node.TEXT_NODE &&
                /\u2068[A-Z][^\u2069]*\.\u2069/.test(n.textContent ?? ""),
            ) as Text | undefined;
            if (!node) return [];
            const text = node.data;
            const start = text.indexOf("\u2068") + 1;
            const stop = text.indexOf("\u2069", start) - 1;
            const x = (k: number) => {
              const r = document.createRange();
              r.setStart(node, k);
              r.setEnd(node, k + 1);
              return r.getBoundingClientRect().x;
            };
            return [x(stop) > x(start)];
          }),
        );
        for (const rightEnd of ends) expect(rightEnd).toBe(true);
        checked += ends.length;
        if (checked > 0) break;
      }
      expect(checked, "an English note was found in a history").toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe("numbers in Arabic sentences", () => {
  it("a distance to the line carries no sign to land at the wrong end; the side says which way", async () => {
    const list = await ok<{ items: { id: string }[] }>("analyst", "GET", "/incidents?limit=100");
    // An incident on the left of the line as drawn: its distance was shown as "39- كم". The
    // list sums up each evaluation; the incident's own answer carries the line.
    let left: { id: string } | undefined;
    for (const item of list.items) {
      const one = await ok<{ geo?: { lineOfContact?: { distanceKm: number } } | null }>(
        "analyst",
        "GET",
        `/incidents/${item.id}`,
      );
      if ((one.geo?.lineOfContact?.distanceKm ?? 0) < -1) {
        left = item;
        break;
      }
    }
    expect(left, "the demo has an incident left of a line").toBeDefined();
    const { page, context } = await open(browser, { lang: "ar", user: "analyst" });
    try {
      await page.goto(`/incidents/${left!.id}`);
      const km = page.locator(".geo-km").first();
      await km.waitFor();
      const text = (await km.textContent()) ?? "";
      expect(text).not.toMatch(/[-+\u2212]/);
      expect(text).toMatch(/^\u2066\d+(\.\d)?\u2069 كم$/);
      expect(await km.locator("xpath=..").innerText()).toContain("يسار الخط كما رُسم");
    } finally {
      await context.close();
    }
  });
});
