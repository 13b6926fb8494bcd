/**
 * Tasks as the mission lives them: an analyst assigns a site visit from the incident page; the
 * monitor finds it in "My tasks" on a phone, accepts it, files a report for it from the intake
 * page (prefilled with the task's place) and completes the task citing that report; the analyst
 * sees it done. In English and in Arabic. The incident is set up through the API.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { tasksEn } from "../web/src/i18n/tasks-en.js";
import { tasksAr } from "../web/src/i18n/tasks-ar.js";
import { workspaceAr } from "../web/src/i18n/workspace-ar.js";
import { workspaceEn } from "../web/src/i18n/workspace-en.js";
import { seriousViolations } from "./support/axe.js";
import { launch, loginThroughPage, open, screenshot, type Lang } from "./support/browser.js";
import { fillIntake } from "./support/intake.js";
import { offlineShellReady } from "./support/offline.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
/** The machine is shared: answers can take a few seconds. */
const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 20_000, ...opts });
const TEXTS = { en: tasksEn.tasks, ar: tasksAr.tasks };
const LOG_OUT = { en: "Log out", ar: "تسجيل الخروج" };
const HISTORY = { en: workspaceEn.history.action, ar: workspaceAr.history.action };

async function ok<T>(user: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(new URL(`/api/v1${path}`, inject("baseURL")), {
    method,
    headers: {
      authorization: `Bearer ${inject("sessions")[user]!}`,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} as ${user}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** An incident opened by the chief from a GNA complaint (one the monitor may not read). */
async function incident(tag: string): Promise<{ id: string; reference: string }> {
  const report = await ok<{ id: string }>("liaison-gna", "POST", "/reports", {
    sourceKind: "party_complaint",
    occurredFrom: "2020-11-02T08:00:00Z",
    occurredTo: "2020-11-02T09:30:00Z",
    location: { lat: 32.806, lon: 13.25 },
    placeName: "Ain Zara",
    category: "A3",
    description: `Mortar rounds fell on houses in Ain Zara (${tag}).`,
    language: "en",
    allegedParty: "LNA",
  });
  return ok("chief", "POST", "/incidents", {
    reportIds: [report.id],
    title: `Mortar fire on Ain Zara (${tag})`,
  });
}

/** A datetime-local value some hours from now (the form reads it as Libya time). */
const wallIn = (hours: number) =>
  new Date(Date.now() + hours * 3600_000).toISOString().slice(0, 16);

describe.each(["en", "ar"] as Lang[])("tasks in %s", (lang) => {
  const T = TEXTS[lang];
  it("the analyst assigns a site visit; the monitor accepts it, reports and completes it", async () => {
    const tag = `e2e-${lang}-${Date.now().toString(36)}`;
    const inc = await incident(tag);
    const instructions =
      lang === "ar"
        ? `تحقق من آثار القذائف قرب المدرسة وعدّ نقاط السقوط (${tag}).`
        : `Check the impacts near the school and count the craters (${tag}).`;

    // The analyst, on the incident page, at a desk.
    const analyst = await open(browser, { lang, user: "analyst" });
    await analyst.page.goto(`/incidents/${inc.id}`);
    const section = analyst.page.locator("section.incident-tasks");
    await section.waitFor();
    await poll(() => section.textContent()).toContain(T.section.none);
    // The place comes from the incident.
    expect(await analyst.page.locator("#assign-task-place").inputValue()).toBe("Ain Zara");
    expect(Number(await analyst.page.locator("#assign-task-lat").inputValue())).toBeCloseTo(32.806);
    await analyst.page
      .locator("#assign-task-monitor")
      .selectOption({ label: "Field monitor (demo)" });
    await analyst.page.locator("#assign-task-instructions").fill(instructions);
    await analyst.page.locator("#assign-task-priority").selectOption("urgent");
    await analyst.page.locator("#assign-task-due").fill(wallIn(48));
    await analyst.page.getByRole("button", { name: T.section.submit, exact: true }).click();
    const row = section.locator('[data-testid="incident-task"]');
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(T.status.open);
    const taskId = (await row.getAttribute("data-task-id"))!;
    const reference = (await row.locator(".mono").first().textContent())!;
    expect(reference).toMatch(/^TSK-\d{5}$/);
    expect(await section.locator(".notice-success").textContent()).toContain(reference);
    await section.scrollIntoViewIfNeeded();
    await screenshot(analyst.page, `tasks-incident-assigned-${lang}`);
    expect(await seriousViolations(analyst.page)).toEqual([]);
    expect(analyst.errors).toEqual([]);

    // The monitor, in the field, on a phone.
    const monitor = await open(browser, { lang, user: "monitor", viewport: PHONE });
    const { page } = monitor;
    await page.goto("/dashboard");
    // On a phone the navigation is behind the header's menu button.
    await page.locator(".menu-toggle").click();
    const nav = page.getByRole("link", { name: new RegExp(T.nav) });
    await nav.waitFor();
    // The badge counts the open tasks (the demo's one and this one at least).
    await poll(async () =>
      Number(await nav.locator(".nav-badge").textContent()),
    ).toBeGreaterThanOrEqual(2);
    await nav.click();
    const card = page.locator(`[data-task-id="${taskId}"]`);
    await card.waitFor();
    const text = (await card.textContent())!;
    expect(text).toContain(instructions);
    expect(text).toContain("Ain Zara");
    expect(text).toContain(T.priority.urgent);
    // The monitor may not read this incident: its reference only, no title, no link.
    expect(text).toContain(inc.reference);
    expect(text).not.toContain(`Mortar fire on Ain Zara (${tag})`);
    await card
      .locator('[data-testid="position-map"][data-state="ready"]')
      .waitFor({ timeout: 30_000 });
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `tasks-mine-phone-${lang}`);
    expect(await seriousViolations(page)).toEqual([]);
    // Touch targets of at least 44 px on a phone.
    const accept = card.getByRole("button", { name: T.accept, exact: true });
    expect((await accept.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await accept.click();
    await poll(() => page.locator(".notice-success").textContent()).toContain(reference);
    expect(await card.textContent()).toContain(T.status.accepted);

    // A report for the task: the intake page opens with the task's place.
    await card.getByRole("link", { name: T.fileReport }).click();
    await page.locator("#description").waitFor();
    expect(await page.locator("#placeName").inputValue()).toBe("Ain Zara");
    expect(Number(await page.locator("#lat").inputValue())).toBeCloseTo(32.806);
    await poll(async () =>
      (await page.locator(".intake-form").textContent())!.replace(/\u2060/g, ""),
    ).toContain(reference);
    await fillIntake(page, {
      from: wallIn(-4),
      to: wallIn(-3),
      category: "A3",
      description:
        lang === "ar"
          ? `ثلاث حفر قذائف هاون قرب المدرسة (${tag}).`
          : `Three mortar craters near the school (${tag}).`,
    });
    await page.locator('.intake-form button[type="submit"]').click();
    const completeLink = page.getByRole("link", {
      name: T.completeWithReport.replace("{{reference}}", reference),
    });
    await completeLink.waitFor();
    await screenshot(page, `tasks-report-filed-phone-${lang}`);
    await completeLink.click();

    // Back on the task, its completion form open with the new report chosen.
    await card.waitFor();
    const outcome = card.locator("textarea");
    await outcome.waitFor();
    expect(await card.locator("select").inputValue()).not.toBe("");
    await outcome.fill(lang === "ar" ? "ثلاث حفر، لا إصابات." : "Three craters, no casualties.");
    await card.getByRole("button", { name: T.confirmComplete }).click();
    await poll(() => card.textContent()).toContain(T.status.done);
    expect(await card.getByRole("link", { name: T.viewReport }).count()).toBe(1);
    await screenshot(page, `tasks-done-phone-${lang}`, true);
    expect(monitor.external).toEqual([]);
    expect(monitor.errors).toEqual([]);
    await monitor.context.close();

    // The monitor's list at a desk.
    const desk = await open(browser, { lang, user: "monitor" });
    await desk.page.goto("/tasks");
    await desk.page.locator('[data-testid="task-card"]').first().waitFor();
    const maps = desk.page.locator('[data-testid="position-map"]');
    await poll(
      async () =>
        (await maps.count()) > 0 &&
        (await maps.count()) ===
          (await desk.page.locator('[data-testid="position-map"][data-state="ready"]').count()),
      { timeout: 30_000 },
    ).toBe(true);
    await screenshot(desk.page, `tasks-mine-desktop-${lang}`);
    expect(await seriousViolations(desk.page)).toEqual([]);
    await desk.context.close();

    // The analyst sees it done, with the outcome.
    await analyst.page.reload();
    const done = analyst.page.locator(`[data-task-id="${taskId}"]`);
    await done.waitFor();
    await poll(() => done.textContent()).toContain(T.status.done);
    // … and the task's life in the incident's history, with the monitor's outcome.
    const H = HISTORY[lang];
    const history = analyst.page.locator(".history-table tbody tr");
    await poll(() => history.filter({ hasText: reference }).count()).toBe(3);
    for (const action of [H.task_created, H.task_accepted, H.task_done]) {
      expect(await history.filter({ hasText: action }).filter({ hasText: reference }).count()).toBe(
        1,
      );
    }
    expect(await history.filter({ hasText: H.task_done }).textContent()).toContain(
      lang === "ar" ? "ثلاث حفر، لا إصابات." : "Three craters, no casualties.",
    );
    await analyst.page.locator(".history-table").scrollIntoViewIfNeeded();
    await screenshot(analyst.page, `tasks-in-history-${lang}`);
    await analyst.context.close();
  }, 180_000);

  it("offline, the monitor reads the last loaded list and is told to retry a move when online", async () => {
    const tag = `e2e-offline-${lang}-${Date.now().toString(36)}`;
    const inc = await incident(tag);
    const monitors = await ok<{ items: { id: string; username: string }[] }>(
      "analyst",
      "GET",
      "/monitors",
    );
    const task = await ok<{ id: string; reference: string }>(
      "analyst",
      "POST",
      `/incidents/${inc.id}/tasks`,
      {
        kind: "site_visit",
        assigneeId: monitors.items.find((m) => m.username === "monitor")!.id,
        instructions: `Look at the checkpoint on the coast road (${tag}).`,
        language: "en",
        placeName: "Ain Zara",
        location: { lat: 32.806, lon: 13.25 },
        priority: "routine",
        dueAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
      },
    );
    const status = async () =>
      (await ok<{ status: string }>("monitor", "GET", `/tasks/${task.id}`)).status;

    const { page, context, errors } = await open(browser, {
      lang,
      user: "monitor",
      viewport: PHONE,
    });
    await page.goto("/tasks");
    const card = page.locator(`[data-task-id="${task.id}"]`);
    await card.waitFor();
    await offlineShellReady(page);

    // In the tent: no connection, and the page opened again.
    await context.setOffline(true);
    await page.reload();
    await card.waitFor({ timeout: 20_000 });
    expect(await card.textContent()).toContain(tag);
    const copy = page.getByTestId("tasks-copy");
    expect(await copy.textContent()).toMatch(/\d{1,2}:\d{2}/);
    await card.getByRole("button", { name: T.accept, exact: true }).click();
    const refused = card.getByTestId("task-offline-refused");
    await refused.waitFor();
    expect(await refused.textContent()).toBe(T.offlineRefused);
    expect(await status()).toBe("open");
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `tasks-offline-phone-${lang}`);
    expect(await seriousViolations(page)).toEqual([]);

    // Back online: the server's list replaces the copy, and the move goes through.
    await context.setOffline(false);
    await poll(() => copy.count(), { timeout: 30_000 }).toBe(0);
    await card.getByRole("button", { name: T.accept, exact: true }).click();
    await poll(() => card.textContent()).toContain(T.status.accepted);
    expect(await status()).toBe("accepted");

    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
    await context.close();
  }, 120_000);

  it("logging out leaves no copy of where the monitor is sent on the browser", async () => {
    // Its own session: the other tests share the monitor's, which a log-out would end.
    const { page, context, errors } = await open(browser, { lang });
    await loginThroughPage(page, "monitor", lang);
    await page.goto("/tasks");
    await page.locator("[data-task-id]").first().waitFor();
    const kept = () => page.evaluate(() => localStorage.getItem("cfm.tasks.v1:monitor"));
    expect(await kept()).not.toBeNull();
    await page.getByRole("button", { name: LOG_OUT[lang] }).click();
    await page.locator("#login-username").waitFor();
    expect(await kept()).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

it("the liaisons never see the task list", async () => {
  const { page, context } = await open(browser, { lang: "en", user: "liaison-gna" });
  await page.goto("/reports");
  await page.locator(".app-header").waitFor();
  expect(await page.getByRole("link", { name: TEXTS.en.nav }).count()).toBe(0);
  await page.goto("/tasks");
  await page.locator("main h1").waitFor();
  expect(await page.locator('[data-testid="task-card"]').count()).toBe(0);
  await context.close();
});
