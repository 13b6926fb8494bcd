/**
 * Commitments as the mission lives them, in English and in Arabic: the chief enters a timetable
 * with two phases, a target (a quantity; a road segment pasted as GeoJSON), a start-by deadline
 * and a dependency (past deadlines, as in a record kept after the fact), the form saying its
 * problems beside the fields first, then edits it; a monitor records progress on a phase, grading
 * its report as a finding's source and citing evidence from it; the deadline job marks it overdue; the chief opens an incident for
 * the breach from the commitment's page, whose page names the commitment, linked; the GNA's
 * liaison finds the notice in the inbox and sees it (its own party's) and the LNA's does not.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { commitmentsAr } from "../web/src/i18n/commitments-ar.js";
import { commitmentsEn } from "../web/src/i18n/commitments-en.js";
import { ar } from "../web/src/i18n/ar.js";
import { en } from "../web/src/i18n/en.js";
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
const INCIDENT = { en: en.incident, ar: ar.incident };
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
    await monitor.page.locator(".observation-sources button:not(.secondary)").click();
    // The report is graded as a finding's source is; until it is, the form will not send.
    const record = monitor.page.getByRole("button", { name: T.record, exact: true });
    await poll(() => record.isDisabled()).toBe(true);
    await monitor.page.locator(`#obs-rel-${report.id}`).selectOption("B");
    await monitor.page.locator(`#obs-cred-${report.id}`).selectOption("2");
    const evidence = monitor.page.locator("fieldset label.checkbox", { hasText: `road-${tag}` });
    await evidence.locator("input").check();
    await record.click();
    await poll(() => monitor.page.locator(".notice-success").count()).toBe(1);
    await monitor.page.reload();
    const obs = monitor.page.locator('[data-testid="observation"]');
    await poll(() => obs.count()).toBe(1);
    expect(await obs.locator(".evidence-link").count()).toBe(1);
    await poll(() => obs.locator(".graded-sources a").textContent()).toContain("B2");
    expect(await obs.locator(".graded-sources a").getAttribute("href")).toBe(
      `/reports/${report.id}`,
    );
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

    // The chief opens an incident for the breach from the commitment's page; the incident's page
    // says which commitment it was opened for, linked back to it.
    const reference = (await ok<{ reference: string }>("chief", "GET", `/commitments/${id}`))
      .reference;
    await chief.page.getByRole("button", { name: T.openBreach }).click();
    await chief.page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    const breachOf = chief.page.locator('[data-testid="breach-of"]');
    await poll(() => breachOf.textContent()).toContain(reference);
    expect(await breachOf.textContent()).toContain(INCIDENT[lang].breachOf);
    expect(await breachOf.textContent()).toContain(tag);
    await screenshot(chief.page, `incident-breach-of-${lang}`);
    expect(await seriousViolations(chief.page)).toEqual([]);
    await breachOf.getByRole("link", { name: reference }).click();
    await chief.page.waitForURL(new RegExp(`/commitments/${id}$`));
    await chief.page.locator("#breaches-title").waitFor();
    expect(chief.errors).toEqual([]);
    await chief.context.close();

    // Each party its own: the GNA's liaison finds the notice of it overdue in the inbox.
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

interface Score {
  key: string;
  total: number;
  due: number;
  met: number;
  late: number;
  disputed: number;
}
interface Item {
  id: string;
  reference: string;
  title: { en: string; ar: string };
  status: string;
  deadlineAt: string | null;
}

/** A commitment of the demo (the Libya profile's), by its English title, as the chief reads it. */
async function demoCommitment(title: string): Promise<Item> {
  const page = await ok<{ items: Item[] }>("chief", "GET", "/commitments?limit=500");
  return page.items.find((c) => c.title.en === title)!;
}

describe.each(["en", "ar"] as Lang[])("what the commitments pages show, in %s", (lang) => {
  const T = TEXTS[lang];
  it("the scoreboard's numbers for a party, a commitment on its month with its status, what it waits for", async () => {
    const road = await demoCommitment("Reopening of the coastal road Misrata–Sirte");
    const demining = await demoCommitment("Demining of the coastal road, Abu Grein to Sirte");
    const withdrawal = await demoCommitment("Units on the front lines return to their camps");
    const chief = await open(browser, { lang, user: "chief" });
    await chief.page.goto("/commitments");
    // The GNA's row: the counts the server gives the chief, in order.
    const gnaRow = chief.page.locator('[data-testid="score-by-party"] tr[data-key="GNA"]');
    await gnaRow.waitFor();
    const board = await ok<{ byParty: Score[] }>("chief", "GET", "/commitments/scoreboard");
    const gna = board.byParty.find((r) => r.key === "GNA")!;
    expect((await gnaRow.locator("td").allTextContents()).map(Number)).toEqual([
      gna.total,
      gna.due,
      gna.met,
      gna.late,
      gna.disputed,
    ]);
    // The demo's flights, demining and coastal road were met.
    expect(gna.met).toBeGreaterThanOrEqual(3);
    // The timeline: the road under July 2021 (its deadline, 30 July), met, waiting for the
    // demining and the withdrawal.
    const july = chief.page.locator('.timeline-month[data-month="2021-07"]');
    expect(await july.locator("h3").textContent()).toBe(lang === "en" ? "July 2021" : "يوليو 2021");
    const entry = july.locator('[data-testid="timeline-commitment"]', {
      hasText: road.reference,
    });
    expect(await entry.getAttribute("class")).toContain("timeline-status-met");
    expect(await entry.locator(".commitment-status").textContent()).toBe(T.status.met);
    expect(await entry.locator("time").getAttribute("datetime")).toBe("2021-07-30");
    const waits = await entry.locator(".timeline-dep").allTextContents();
    expect(waits.sort()).toEqual([demining.reference, withdrawal.reference].sort());
    await screenshot(chief.page, `commitments-board-timeline-${lang}`, true);
    // The road's page names what it waits for, each with its status; the demining's names the
    // road as waiting for it.
    await chief.page.goto(`/commitments/${road.id}`);
    const waitsFor = chief.page.locator('[data-testid="waits-for"] [data-testid="dependency"]');
    await poll(() => waitsFor.count()).toBe(2);
    const deminingDep = chief.page.locator('[data-testid="waits-for"] li', {
      hasText: demining.reference,
    });
    expect(await deminingDep.textContent()).toContain(demining.title[lang]);
    expect(await deminingDep.getAttribute("data-status")).toBe("met");
    expect(await deminingDep.locator(".commitment-status").textContent()).toBe(T.status.met);
    const withdrawalDep = chief.page.locator('[data-testid="waits-for"] li', {
      hasText: withdrawal.reference,
    });
    expect(await withdrawalDep.textContent()).toContain(withdrawal.title[lang]);
    await screenshot(chief.page, `commitments-dependencies-${lang}`, true);
    await chief.page.goto(`/commitments/${demining.id}`);
    await poll(() => chief.page.locator('[data-testid="waited-for-by"]').textContent()).toContain(
      road.reference,
    );
    expect(await seriousViolations(chief.page)).toEqual([]);
    expect(chief.errors).toEqual([]);
    await chief.context.close();
  });
});

/** 201 more commitments, the GNA's alone, not public, due in 2030: more than one page. */
let many: Promise<Item[]> | null = null;
function manyCommitments(): Promise<Item[]> {
  many ??= (async () => {
    const made: Item[] = [];
    for (let i = 0; i < 201; i++) {
      made.push(
        await ok<Item>("chief", "POST", "/commitments", {
          provisionCode: "LY-2020-10-23/4",
          type: "institutional",
          titleEn: `Joint force post ${i + 1} staffed (paging)`,
          titleAr: `تزويد موقع القوة المشتركة ${i + 1} بالأفراد (تصفّح)`,
          obligatedParties: ["GNA"],
          deadline: { date: `2030-${String(1 + (i % 12)).padStart(2, "0")}-15` },
        }),
      );
    }
    return made;
  })();
  return many;
}

describe.each(["en", "ar"] as Lang[])("every commitment, page by page, in %s", (lang) => {
  it("the list shows 200 and says of how many, the timeline says so too; more shows the rest; the LNA sees none of the GNA's", async () => {
    const made = await manyCommitments();
    const last = made.reduce((a, b) =>
      (a.deadlineAt ?? "") > (b.deadlineAt ?? "") ||
      ((a.deadlineAt ?? "") === (b.deadlineAt ?? "") && a.reference > b.reference)
        ? a
        : b,
    );
    const { total } = await ok<{ total: number }>("chief", "GET", "/commitments?limit=1");
    expect(total).toBeGreaterThan(200);
    const chief = await open(browser, { lang, user: "chief" });
    await chief.page.goto("/commitments");
    const rows = chief.page.locator('[data-testid="commitment-row"]');
    await poll(() => rows.count()).toBe(200);
    const count = chief.page.locator('[data-testid="list-count"]');
    const partial = chief.page.locator('[data-testid="timeline-partial"]');
    expect(await count.textContent()).toContain(String(total));
    expect(await count.textContent()).toContain("200");
    expect(await partial.textContent()).toContain(String(total));
    expect(await chief.page.locator("main").textContent()).not.toContain(last.reference);
    await partial.scrollIntoViewIfNeeded();
    await screenshot(chief.page, `commitments-first-page-timeline-${lang}`);
    await count.scrollIntoViewIfNeeded();
    await screenshot(chief.page, `commitments-first-page-list-${lang}`);
    await chief.page.locator("p.more button").click();
    await poll(() => rows.count()).toBe(total);
    expect(await partial.count()).toBe(0);
    expect(await count.textContent()).toBe(
      lang === "en"
        ? `${total} of ${total} commitments shown.`
        : `المعروض ${total} من أصل ${total} من الالتزامات.`,
    );
    await chief.page
      .locator('[data-testid="commitment-row"]', { hasText: last.reference })
      .waitFor();
    expect(
      await chief.page
        .locator('.timeline-month[data-month="2030-12"] [data-testid="timeline-commitment"]', {
          hasText: last.reference,
        })
        .count(),
    ).toBe(1);
    expect(await chief.page.locator("p.more button").count()).toBe(0);
    await count.scrollIntoViewIfNeeded();
    await screenshot(chief.page, `commitments-all-pages-${lang}`);
    expect(chief.errors).toEqual([]);
    await chief.context.close();
    // The LNA's liaison: one page, the GNA's own obligations nowhere.
    const lna = await open(browser, { lang, user: "liaison-lna" });
    await lna.page.goto("/commitments");
    await lna.page.locator('[data-testid="list-count"]').waitFor();
    expect(await lna.page.locator('[data-testid="timeline-partial"]').count()).toBe(0);
    expect(await lna.page.locator("main").textContent()).not.toContain("(paging)");
    expect(await lna.page.locator("main").textContent()).not.toContain(made[0]!.reference);
    await lna.context.close();
  }, 180_000);
});
