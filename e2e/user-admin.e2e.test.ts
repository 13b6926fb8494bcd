/**
 * Administering users and teams (issue 12): the administrator creates a team with its area, then
 * a monitor on that team (the page shows the enrolment link once), finds them by the filters,
 * disables and enables them; the new user follows the link, chooses a password and is asked for
 * a second factor. Or a user with an initial password, who must choose their own at first log-in
 * before anything else, and who, having forgotten it, is given a new initial password. Other roles, the chief included, are told these pages are not theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const T = {
  en: {
    createTeam: "Create the team",
    code: "Code",
    nameEn: "Name in English",
    nameAr: "Name in Arabic",
    sector: "Tripoli and the southern front",
    areaOnly: /Need-to-know/,
    createUserOpen: "Create a user",
    username: "Username",
    displayName: "Display name",
    team: "Team",
    createUser: "Create the user",
    linkLabel: "Enrolment link",
    filterText: "Name or username",
    manage: (u: string) => `Manage ${u}`,
    reason: "Reason (kept in the audit log)",
    disable: "Disable the account",
    enable: "Enable the account",
    password: "New password",
    again: "The same password again",
    setPassword: "Set my password",
    enrolTitle: "Set up your authenticator app",
    howPassword: "An initial password I give them",
    initialPassword: "Initial password",
    createdWithPassword: "must change it when they first log in",
    loginUser: "Username",
    loginPassword: "Password",
    logIn: "Log in",
    firstTitle: "Choose your own password",
    given: "The password you were given",
    newPassword: "Your new password",
    newAgain: "Your new password again",
    newInitial: "New initial password",
    newInitialReason: "Why a new password (kept in the audit log)",
    setInitial: "Set the initial password",
    initialSet: "has a new initial password",
  },
  ar: {
    createTeam: "إنشاء الفريق",
    code: "الرمز",
    nameEn: "الاسم بالإنجليزية",
    nameAr: "الاسم بالعربية",
    sector: "طرابلس والجبهة الجنوبية",
    areaOnly: /الحاجة إلى المعرفة/,
    createUserOpen: "إنشاء مستخدم",
    username: "اسم المستخدم",
    displayName: "الاسم الظاهر",
    team: "الفريق",
    createUser: "إنشاء المستخدم",
    linkLabel: "رابط التسجيل",
    filterText: "الاسم أو اسم المستخدم",
    manage: (u: string) => `إدارة ${u}`,
    reason: "السبب (يُحفظ في سجل التدقيق)",
    disable: "تعطيل الحساب",
    enable: "تفعيل الحساب",
    password: "كلمة المرور الجديدة",
    again: "كلمة المرور نفسها مرة أخرى",
    setPassword: "تعيين كلمة المرور",
    enrolTitle: "إعداد تطبيق المصادقة",
    howPassword: "كلمة مرور أولية أسلّمها له",
    initialPassword: "كلمة المرور الأولية",
    createdWithPassword: "عليه تغييرها عند أول تسجيل دخول",
    loginUser: "اسم المستخدم",
    loginPassword: "كلمة المرور",
    logIn: "دخول",
    firstTitle: "اختر كلمة مرورك الخاصة",
    given: "كلمة المرور التي أُعطيت لك",
    newPassword: "كلمة مرورك الجديدة",
    newAgain: "كلمة مرورك الجديدة مرة أخرى",
    newInitial: "كلمة المرور الأولية الجديدة",
    newInitialReason: "سبب كلمة المرور الجديدة (يُحفظ في سجل التدقيق)",
    setInitial: "تعيين كلمة المرور الأولية",
    initialSet: "كلمة مرور أولية جديدة",
  },
};

describe("users and teams, administered in the browser", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the administrator creates a team and a monitor on it, who enrols with the link (${lang})`, async () => {
      const s = T[lang];
      const stamp = Date.now().toString(36).slice(-5);
      const teamCode = `e2e-${lang}-${stamp}`;
      const username = `e2e-mon-${lang}-${stamp}`;
      const { page, context, errors, external } = await open(browser, { lang, user: "admin" });

      // A team with its area, need-to-know.
      await page.goto("/admin/teams");
      await page.getByLabel(s.code, { exact: true }).fill(teamCode);
      await page.getByLabel(s.nameEn).fill(`Tripoli team ${stamp}`);
      await page.getByLabel(s.nameAr).fill(`فريق طرابلس ${stamp}`);
      await page.getByLabel(s.sector).check();
      await page.getByLabel(s.areaOnly).check();
      await page.getByRole("button", { name: s.createTeam }).click();
      const teamRow = page.locator(".teams-table tbody tr").filter({ hasText: teamCode });
      await teamRow.waitFor();
      await expect.poll(() => teamRow.innerText()).toContain(s.sector);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `admin-teams-${lang}`, true);

      // A monitor on that team; the link is shown once.
      await page.goto("/admin");
      await page.getByRole("button", { name: s.createUserOpen }).click();
      await page.getByLabel(s.username, { exact: true }).fill(username);
      await page
        .locator("#new-user-name")
        .fill(lang === "en" ? "Field monitor" : "مراقب ميداني جديد");
      await page.locator("#new-user-team").selectOption(teamCode);
      await page.getByRole("button", { name: s.createUser }).click();
      const link = await page.getByLabel(s.linkLabel, { exact: true }).inputValue();
      expect(link).toMatch(/\/welcome#\S{20,}$/);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `admin-users-created-${lang}`);

      // The new user follows the link (no session, another browser), chooses a password, and is asked for a second factor.
      const fresh = await open(browser, { lang });
      await fresh.page.goto(link.replace(/^https?:\/\/[^/]+/, ""));
      await fresh.page.getByLabel(s.password).fill("olive groves above the harbour");
      await fresh.page.getByLabel(s.again).fill("olive groves above the harbour");
      expect(await seriousViolations(fresh.page)).toEqual([]);
      await screenshot(fresh.page, `welcome-${lang}`);
      await fresh.page.getByRole("button", { name: s.setPassword }).click();
      await fresh.page.getByRole("heading", { name: s.enrolTitle }).waitFor();
      expect(fresh.errors).toEqual([]);
      await fresh.context.close();
      // Found by the filters, then disabled and enabled again.
      await page.getByLabel(s.filterText).fill(username);
      const rows = page.locator(".users-table > tbody > tr");
      await expect.poll(() => rows.count()).toBe(1);
      await page.locator("#users-team").selectOption(teamCode);
      await expect.poll(() => rows.count()).toBe(1);
      await page.getByRole("button", { name: s.manage(username), exact: true }).click();
      await page.locator(`#edit-${await rowId(page)}-team`).waitFor();
      await screenshot(page, `admin-users-edit-${lang}`, true);
      await page.getByLabel(s.reason).first().fill("Test of the page.");
      await page.getByRole("button", { name: s.disable }).click();
      await page
        .locator(".users-table .badge")
        .filter({ hasText: lang === "en" ? "disabled" : "معطَّل" })
        .first()
        .waitFor();
      await page.getByLabel(s.reason).first().fill("Back on duty.");
      await page.getByRole("button", { name: s.enable }).click();
      await expect.poll(() => page.locator(".users-table th .badge").count()).toBe(0);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });
  }

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the administrator creates a user with an initial password, who must change it first (${lang})`, async () => {
      const s = T[lang];
      const stamp = Date.now().toString(36).slice(-5);
      const username = `e2e-init-${lang}-${stamp}`;
      const initial = "cedar trees along the wadi";
      const { page, context, errors, external } = await open(browser, { lang, user: "admin" });
      await page.goto("/admin");
      await page.getByRole("button", { name: s.createUserOpen }).click();
      await page.getByLabel(s.username, { exact: true }).fill(username);
      await page.locator("#new-user-name").fill(lang === "en" ? "Desk analyst" : "محلل مكتبي");
      await page.locator("#new-user-role").selectOption("analyst");
      await page.getByLabel(s.howPassword).check();
      await page.getByLabel(s.initialPassword, { exact: true }).fill(initial);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `admin-users-create-password-${lang}`, true);
      await page.getByRole("button", { name: s.createUser }).click();
      await page.locator(".notice-success").filter({ hasText: s.createdWithPassword }).waitFor();
      expect(await page.locator("main").innerText()).not.toContain(initial);
      expect(await page.getByLabel(s.linkLabel, { exact: true }).count()).toBe(0);

      // The new user logs in with it: the page to choose their own comes before anything else.
      const fresh = await open(browser, { lang });
      await fresh.page.goto("/");
      await fresh.page.getByLabel(s.loginUser).fill(username);
      await fresh.page.getByLabel(s.loginPassword, { exact: true }).fill(initial);
      await fresh.page.getByRole("button", { name: s.logIn, exact: true }).click();
      await fresh.page.getByRole("heading", { name: s.firstTitle }).waitFor();
      expect(await fresh.page.locator("header nav").count()).toBe(0);
      expect(await seriousViolations(fresh.page)).toEqual([]);
      await screenshot(fresh.page, `first-password-${lang}`);
      await fresh.page.getByLabel(s.given).fill(initial);
      await fresh.page
        .getByLabel(s.newPassword, { exact: true })
        .fill("olive groves above the harbour");
      await fresh.page.getByLabel(s.newAgain).fill("olive groves above the harbour");
      await fresh.page.getByRole("button", { name: s.setPassword }).click();
      await fresh.page.getByRole("heading", { name: s.enrolTitle }).waitFor();
      expect(fresh.errors).toEqual([]);
      await fresh.context.close();

      // The list shows the badge until then; not any more.
      await page.getByLabel(s.filterText).fill(username);
      const rows = page.locator(".users-table > tbody > tr");
      await expect.poll(() => rows.count()).toBe(1);
      await expect.poll(() => page.locator(".users-table .badge-initial").count()).toBe(0);

      // They forget it: the administrator gives them a new initial password, and they must
      // choose their own again at the next log-in.
      await page.getByRole("button", { name: s.manage(username), exact: true }).click();
      await page.getByLabel(s.newInitial, { exact: true }).fill("pine trees by the old well");
      await page.getByLabel(s.newInitialReason).fill("Forgot it on patrol.");
      await screenshot(page, `admin-users-initial-password-${lang}`, true);
      await page.getByRole("button", { name: s.setInitial }).click();
      await page.locator(".notice-success").filter({ hasText: s.initialSet }).waitFor();
      await expect.poll(() => page.locator(".users-table .badge-initial").count()).toBe(1);
      const again = await open(browser, { lang });
      await again.page.goto("/");
      await again.page.getByLabel(s.loginUser).fill(username);
      await again.page
        .getByLabel(s.loginPassword, { exact: true })
        .fill("pine trees by the old well");
      await again.page.getByRole("button", { name: s.logIn, exact: true }).click();
      await again.page.getByRole("heading", { name: s.firstTitle }).waitFor();
      await again.context.close();
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });
  }

  it("the chief is offered no user administration and is told the users page is not theirs", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "chief" });
    await page.goto("/admin");
    await page
      .getByRole("heading", { name: "This page is not part of your role's work" })
      .waitFor();
    expect(await page.locator("header nav a[href='/admin']").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Create a user" }).count()).toBe(0);
    await context.close();
  });

  it("a monitor and a party liaison are told the users and teams pages are not theirs", async () => {
    for (const [user, path] of [
      ["monitor", "/admin/teams"],
      ["liaison-gna", "/admin/teams"],
      ["analyst", "/admin"],
    ] as const) {
      const { page, context } = await open(browser, { lang: "en", user });
      await page.goto(path);
      await page
        .getByRole("heading", { name: "This page is not part of your role's work" })
        .waitFor();
      expect(await page.locator(".teams-table, .users-table").count()).toBe(0);
      expect(await page.getByRole("link", { name: "Teams" }).count()).toBe(0);
      await context.close();
    }
  });
});

/** The id of the only user row's panel (its controls are named after the user's id). */
async function rowId(page: Page): Promise<string> {
  const controls = await page
    .locator(".users-table > tbody > tr button[aria-controls]")
    .first()
    .getAttribute("aria-controls");
  return controls!.replace(/^manage-/, "");
}
