/**
 * Commitments as the mission lives them, in English and in Arabic: the chief enters a timetable
 * with two phases, a target (a quantity; a road segment pasted as GeoJSON), a start-by deadline
 * and a dependency (past deadlines, as in a record kept after the fact), the form saying its
 * problems beside the fields first, then edits it; a monitor records progress on a phase citing
 * evidence from its own report; the deadline job marks it overdue; the GNA's liaison finds the
 * notice in the inbox and sees it (its own party's) and the LNA's does not.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { commitmentsAr } from "../web/src/i18n/commitments-ar.js";
import { commitmentsEn } from "../web/src/i18n/commitments-en.js";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TEXTS = { en: commitmentsEn.commitments, ar: commitmentsAr.commitments };
const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 20_000, ...opts });

async function ok<T>(user: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(new URL(`/api/v1${path}`, inject("baseURL")), {
    method,
    headers: {
      authorization: `Bearer ${inject("sessions")[user]!}`,
      ...(body !== undefined && !(body instanceof FormData)
        ? { "content-type": "application/json" }
        : {}),
    },
    body: body instanceof FormData ? body : body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} as ${user}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** The coastal road west of Sirte, as a target pasted in GeoJSON. */
const ROAD = {
  type: "LineString",
  coordinates: [
    [15.6, 31.75],
    [16.59, 31.2],
  ],
};

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);

describe.each(["en", "ar"] as Lang[])("commitments in %s", (lang) => {
  const T = TEXTS[lang];
  it("the chief enters a timetable with phases, a target and a dependency; progress, overdue, the notice, each party its own", async () => {
    const tag = `${lang}-${Date.now().toString(36)}`;
    await ok("chief", "PUT", "/commitment-anchors", {
      code: "D",
      nameEn: "Signature of the ceasefire agreement",
      nameAr: "توقيع اتفاق وقف إطلاق النار",
      occurredOn: "2020-10-23",
    });
    const demining = await ok<{ id: string; reference: string }>("chief", "POST", "/commitments", {
      provisionCode: "LY-2020-10-23/2a",
      type: "demining",
      titleEn: `Demining of the coastal road (${tag})`,
      titleAr: `إزالة الألغام من الطريق الساحلي (${tag})`,
      obligatedParties: ["GNA", "LNA"],
      deadline: { anchor: "D", offsetDays: 120 },
    });

    // The chief enters a timetable waiting for the demining: two phases, a target, start by D+2.
    const chief = await open(browser, { lang, user: "chief" });
    await chief.page.goto("/commitments/new");
    await chief.page.locator("#c-clause").waitFor();
    await poll(() => chief.page.locator("#c-clause option").count()).toBeGreaterThan(3);
    // Sent empty: each problem is said beside its field, and nothing is entered.
    await chief.page.locator('.commitment-form button[type="submit"]').click();
    await chief.page.locator('[data-testid="form-problems"]').waitFor();
    expect(await chief.page.locator("#clause-problem").textContent()).toBe(T.problem.required);
    expect(await chief.page.locator("#obliged-problem").textContent()).toBe(T.problem.parties);
    await chief.page.locator("#c-clause").selectOption("LY-2020-10-23/2a");
    await chief.page.locator("#c-type").selectOption("disarmament");
    const titleEn = `Heavy weapons to storage (${tag})`;
    await chief.page.locator("#c-title-en").fill(titleEn);
    await chief.page.locator("#c-title-ar").fill(`نقل الأسلحة الثقيلة إلى المخازن (${tag})`);
    // GNA only: the LNA's liaison must not see it.
    const gna = chief.page.locator("fieldset label.checkbox", { hasText: /GNA|الوفاق/ }).first();
    await gna.locator("input").check();
    if (lang === "en") {
      await chief.page.locator('input[name="target-kind"][value="quantity"]').check();
      await chief.page.locator("#c-quantity").fill("120");
      await chief.page.locator("#c-unit").fill("heavy weapons");
      // Complete by 30 November 2020.
      await chief.page.locator("#c-deadline-kind").selectOption("date");
      await chief.page.locator("#c-deadline-date").fill("2020-11-30");
    } else {
      // A road segment pasted as GeoJSON, drawn on the small map; complete within 14 days.
      await chief.page.locator('input[name="target-kind"][value="geometry"]').check();
      await chief.page.locator("#c-geometry").fill(JSON.stringify(ROAD));
      await chief.page.locator('[data-testid="target-read"]').waitFor();
      await chief.page.locator('input[name="completion"][value="within"]').check();
      await chief.page.locator("#c-within").fill("14");
    }
    if (lang === "en") await chief.page.locator("#c-has-start").check();
    await chief.page.locator("#c-start-offset").fill("2");
    await chief.page.locator("#add-phase").click();
    await chief.page.locator("#add-phase").click();
    await chief.page.locator("#phase-0-title-en").fill("Inventory handed to the JMC");
    await chief.page.locator("#phase-0-title-ar").fill("تسليم الجرد إلى اللجنة");
    await chief.page.locator("#phase-0-deadline-offset").fill("10");
    await chief.page.locator("#phase-1-title-en").fill("Weapons in storage");
    await chief.page.locator("#phase-1-deadline-kind").selectOption("date");
    await chief.page.locator("#phase-1-deadline-date").fill("2020-11-20");
    const dep = chief.page.locator("fieldset label.checkbox", { hasText: demining.reference });
    await dep.locator("input").check();
    await chief.page.locator("#c-body").fill("Security arrangements sub-committee");
    await screenshot(chief.page, `commitments-new-${lang}`, true);
    await chief.page.locator('.commitment-form button[type="submit"]').click();
    await chief.page.waitForURL(/\/commitments\/[0-9a-f-]{36}$/);
    const id = chief.page.url().split("/").pop()!;
    await poll(() => chief.page.locator(".dependency-view").textContent()).toContain(
      demining.reference,
    );
    expect(await chief.page.locator('[data-testid="phase"]').count()).toBe(2);
    expect(await chief.page.locator('[data-testid="start-by"]').textContent()).toContain("D+2");
    if (lang === "en") {
      expect(await chief.page.locator('[data-testid="target-quantity"]').textContent()).toBe(
        "120 heavy weapons",
      );
    } else {
      await chief.page.locator('[data-testid="target-geometry"]').waitFor();
      expect(
        await chief.page.locator('[data-testid="completion-deadline"]').textContent(),
      ).toContain("14");
    }
    // The chief edits it: the responsible body changes, the phases stay.
    await chief.page.locator("#edit-commitment").click();
    await chief.page.locator("#c-body").waitFor();
    expect(await chief.page.locator('[data-testid="phase-input"]').count()).toBe(2);
    await chief.page.locator("#c-body").fill("JMC sub-committee on heavy weapons");
    await chief.page.locator('.commitment-form button[type="submit"]').click();
    await chief.page.waitForURL(/\/commitments\/[0-9a-f-]{36}$/);
    await poll(() => chief.page.locator("dl.details").textContent()).toContain(
      "JMC sub-committee on heavy weapons",
    );
    if (lang === "ar") {
      await chief.page.locator('[data-testid="geometry-preview"][data-state="ready"]').waitFor();
    }
    await screenshot(chief.page, `commitments-entered-${lang}`, true);
    expect(await seriousViolations(chief.page)).toEqual([]);
    expect(chief.errors).toEqual([]);

    // The monitor files a report with a photo, then records progress citing it.
    const report = await ok<{ id: string; trackingId: string }>("monitor", "POST", "/reports", {
      sourceKind: "monitor",
      occurredFrom: "2020-11-20T08:00:00Z",
      occurredTo: "2020-11-20T09:00:00Z",
      location: { lat: 31.2, lon: 16.59 },
      category: "F",
      description: `Teams clearing the road west of Sirte (${tag}).`,
      language: "en",
    });
    const form = new FormData();
    form.append("file", new Blob([JPEG], { type: "image/jpeg" }), `road-${tag}.jpg`);
    await ok("monitor", "POST", `/reports/${report.id}/evidence`, form);
    const monitor = await open(browser, { lang, user: "monitor" });
    await monitor.page.goto(`/commitments/${id}`);
    await monitor.page.locator("#observed-at").waitFor();
    await monitor.page.locator("#observed-at").fill("2020-11-20 10:00");
    await monitor.page
      .locator(lang === "ar" ? "#note-ar" : "#note-en")
      .fill(lang === "ar" ? "فرق تعمل على الطريق." : "Teams at work on the road.");
    await monitor.page.locator("#shows").selectOption("in_progress");
    await monitor.page.locator("#obs-phase").selectOption("p1");
    await monitor.page.locator("#obs-source").fill("Patrol Sirte-2");
    await poll(() => monitor.page.locator("#obs-report option").count()).toBeGreaterThan(1);
    await monitor.page.locator("#obs-report").selectOption(report.id);
    const evidence = monitor.page.locator("fieldset label.checkbox", { hasText: `road-${tag}` });
    await evidence.locator("input").check();
    await monitor.page.getByRole("button", { name: T.record, exact: true }).click();
    await poll(() => monitor.page.locator(".notice-success").count()).toBe(1);
    await monitor.page.reload();
    const obs = monitor.page.locator('[data-testid="observation"]');
    await poll(() => obs.count()).toBe(1);
    expect(await obs.locator(".evidence-link").count()).toBe(1);
    await screenshot(monitor.page, `commitments-progress-${lang}`, true);
    expect(monitor.errors).toEqual([]);
    await monitor.context.close();

    // The deadline (30 Nov 2020) is long past: the deadline job marks it overdue.
    const status = chief.page.locator('[data-testid="commitment-status"]');
    await poll(
      async () => {
        await chief.page.reload();
        await status.waitFor();
        return status.getAttribute("data-status");
      },
      { timeout: 150_000 },
    ).toBe("overdue");
    await screenshot(chief.page, `commitments-overdue-${lang}`, true);
    await chief.context.close();

    // Each party its own: the GNA's liaison finds the notice of it overdue in the inbox.
    const reference = (await ok<{ reference: string }>("chief", "GET", `/commitments/${id}`))
      .reference;
    const gnaLiaison = await open(browser, { lang, user: "liaison-gna" });
    await gnaLiaison.page.goto("/inbox");
    const notice = gnaLiaison.page.locator('.inbox-entry[data-kind="commitment.overdue"]', {
      hasText: reference,
    });
    await notice.waitFor();
    await screenshot(gnaLiaison.page, `commitments-inbox-liaison-gna-${lang}`);
    await notice.locator("a").click();
    await poll(() => gnaLiaison.page.url()).toContain(`/commitments/${id}`);
    await gnaLiaison.page.goto("/commitments");
    await poll(() => gnaLiaison.page.locator(".commitment-table").textContent()).toContain(tag);
    await screenshot(gnaLiaison.page, `commitments-liaison-gna-${lang}`, true);
    expect(await seriousViolations(gnaLiaison.page)).toEqual([]);
    await gnaLiaison.context.close();
    const lnaLiaison = await open(browser, { lang, user: "liaison-lna" });
    await lnaLiaison.page.goto("/commitments");
    await poll(() => lnaLiaison.page.locator(".commitment-table").textContent()).toContain(
      demining.reference,
    );
    expect(await lnaLiaison.page.locator("main").textContent()).not.toContain(titleEn);
    await lnaLiaison.page.goto(`/commitments/${id}`);
    await poll(() => lnaLiaison.page.locator(".notice-error").count()).toBeGreaterThan(0);
    const lnaInbox = await ok<{ items: { subject: string }[] }>("liaison-lna", "GET", "/inbox");
    expect(lnaInbox.items.map((n) => n.subject)).not.toContain(`commitment:${id}`);
    await lnaLiaison.context.close();
  }, 240_000);
});
