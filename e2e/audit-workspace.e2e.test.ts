/**
 * The auditor's workspace: the log filtered by who and what, an export of a range of days that
 * checks offline (and fails once tampered with), and, on a server of its own whose database was
 * changed behind the application's back, the page showing where the chain breaks.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pgliteDirOf } from "../src/config.js";
import { verifySlice, type AuditSlice } from "../src/domain/audit-slice.js";
import { openDatabase } from "../src/store/database.js";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { startServer } from "./support/server.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const words = {
  en: { who: "Who", what: "What", apply: "Apply filters", slice: "Export for checking (JSON)" },
  ar: { who: "مَن", what: "ماذا", apply: "تطبيق", slice: "تصدير للتحقق (JSON)" },
};

/** The sequence numbers the table shows. */
async function seqsShown(page: Page, lang: Lang): Promise<number[]> {
  const cells = await page.locator(".audit-table tbody tr td:first-child").allInnerTexts();
  // Arabic pages write the numbers in Arabic-Indic digits
  const western = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  return cells.map((c) => Number((lang === "ar" ? western(c) : c).replace(/[^\d]/g, "")));
}

async function apiSeqs(query: string, user = "auditor"): Promise<number[]> {
  const res = await fetch(new URL(`/api/v1/audit?${query}`, inject("baseURL")), {
    headers: { authorization: `Bearer ${inject("sessions")[user]}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: { seq: number }[] }).items.map((e) => e.seq);
}

describe("the auditor's workspace", () => {
  for (const [lang, user] of [
    ["en", "auditor"],
    ["ar", "auditor"],
    ["ar", "chief"],
  ] as const) {
    it(`the ${user} filters by who and what, and exports days that check offline (${lang})`, async () => {
      const w = words[lang];
      const { page, context, errors, external } = await open(browser, { lang, user });
      await page.goto("/audit");
      await page.locator(".audit-table tbody tr").first().waitFor();
      await page.getByRole("searchbox", { name: w.who, exact: true }).fill("liaison-gna");
      await page.getByRole("combobox", { name: w.what, exact: true }).selectOption("report");
      await page.getByRole("button", { name: w.apply }).click();
      await page.waitForURL(/\/audit\?.*actor=liaison-gna/);
      await page.locator(".audit-table tbody tr").first().waitFor();
      const shown = await seqsShown(page, lang);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown).toEqual(
        (await apiSeqs("order=desc&limit=50&actor=user:liaison-gna&action=report")).slice(
          0,
          shown.length,
        ),
      );
      const who = await page.locator(".audit-table tbody tr td:nth-child(3)").allInnerTexts();
      expect(who.every((s) => s.includes("liaison-gna"))).toBe(true);
      await screenshot(page, `audit-filtered-${user}-${lang}`, true);

      // The days of the page's filter (none: the whole log), exported with what checks them.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: w.slice }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^audit-slice-.*\.json$/);
      const slice = JSON.parse(readFileSync((await download.path())!, "utf8")) as AuditSlice;
      expect(slice.before.seq).toBe(0);
      expect(slice.entries.length).toBeGreaterThan(10);
      expect(verifySlice(slice)).toMatchObject({ ok: true });
      const tampered = structuredClone(slice);
      tampered.entries[5]!.actor = "user:someone-else";
      expect(verifySlice(tampered)).toMatchObject({
        ok: false,
        problem: { seq: slice.entries[5]!.seq, field: "hash" },
      });
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });
  }

  it("a monitor and a liaison cannot export the log", async () => {
    for (const user of ["monitor", "liaison-lna"]) {
      const res = await fetch(new URL("/api/v1/audit/slice", inject("baseURL")), {
        headers: { authorization: `Bearer ${inject("sessions")[user]}` },
      });
      expect(res.status, user).toBe(403);
    }
  });
});

describe("a log changed behind the application's back", () => {
  it("the page shows the broken entry, the field and the entries around it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cfm-e2e-tamper-"));
    let server = await startServer({}, { dataDir });
    await server.stop();
    // What someone with the database's files could do: change the details of one entry.
    const db = await openDatabase({ engine: "pglite", dataDir: pgliteDirOf({ dataDir }) });
    const { rows } = await sql<{ seq: number }>`SELECT seq FROM audit_entries
      WHERE action = 'incident.opened' ORDER BY seq LIMIT 1`.execute(db.db);
    const seq = Number(rows[0]!.seq);
    await sql`UPDATE audit_entries SET data = jsonb_set(data, '{details,reason}', '"nothing"')
      WHERE seq = ${seq}`.execute(db.db);
    await db.close();
    server = await startServer({}, { dataDir });
    try {
      const token = await server.login("auditor");
      for (const lang of ["en", "ar"] as Lang[]) {
        const { page, context, errors } = await open(browser, {
          lang,
          server: { baseURL: server.baseURL, token },
        });
        await page.goto("/audit");
        await page
          .getByRole("button", { name: lang === "en" ? "Verify the chain" : "التحقق من السلسلة" })
          .click();
        const broken = page.getByTestId("audit-break");
        await broken.waitFor();
        expect(await broken.locator("[data-field]").getAttribute("data-field")).toBe("data");
        const rowsAround = broken.locator(".audit-table tbody tr");
        await rowsAround.first().waitFor();
        expect(await rowsAround.count()).toBe(5);
        const marked = broken.locator(".audit-table tbody tr.audit-broken");
        expect(await marked.count()).toBe(1);
        expect(await marked.getAttribute("aria-current")).toBe("true");
        const numbers = await seqsShown(page, lang);
        expect(numbers.slice(0, 5)).toEqual([seq - 2, seq - 1, seq, seq + 1, seq + 2]);
        if (lang === "en") {
          await broken.getByText(`The chain is broken at entry ${seq}.`).waitFor();
          await broken.getByText("Its details were changed").waitFor();
        }
        await screenshot(page, `audit-broken-${lang}`, true);
        expect(await seriousViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 600_000);
});
