/**
 * The portal's map and its signature check as a visitor meets them, in English and in Arabic:
 * the map of published incidents drawn on the server (no script, no tile), and a released
 * report's PDF checked in the browser with WebCrypto — valid as downloaded, "does not match"
 * once one byte changes. Nothing leaves the machine.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

let browser: Browser;
let files: { id: string; pdf: string; changed: string; signature: string };

const WORDS = {
  en: {
    map: "Map of published incidents",
    list: "The incidents on the map",
    check: "Check",
    valid: "Valid: this file is as the mission signed it.",
    invalid: "Not valid: this file is not as the mission signed it.",
    hashFail: "The file does not match its signature: it was changed, or it is another file.",
  },
  ar: {
    map: "خريطة الحوادث المنشورة",
    list: "الحوادث المبيّنة على الخريطة",
    check: "تحقّق",
    valid: "صالح: هذا الملف كما وقّعته البعثة.",
    invalid: "غير صالح: هذا الملف ليس كما وقّعته البعثة.",
    hashFail: "الملف لا يطابق توقيعه: غُيّر، أو هو ملف آخر.",
  },
};

async function api(user: string | null, method: string, path: string, body?: unknown) {
  const res = await fetch(new URL(`/api/v1${path}`, inject("baseURL")), {
    method,
    headers: {
      ...(user ? { authorization: `Bearer ${inject("sessions")[user]!}` } : {}),
      ...(body !== undefined
        ? { "content-type": "application/json", "idempotency-key": `e2e-${Math.random()}` }
        : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** A report on the portal: the demo's, or a daily report released here through the workflow. */
async function publishedReport(): Promise<string> {
  const list = (await (await api(null, "GET", "/public/reports")).json()) as {
    items: { id: string }[];
  };
  if (list.items[0]) return list.items[0].id;
  const draft = (await (
    await api("analyst", "POST", "/products", {
      kind: "daily",
      classification: "public",
      day: "2020-01-20",
    })
  ).json()) as { id: string };
  await api("analyst", "POST", `/products/${draft.id}/transitions`, { action: "submit" });
  await api("reviewer", "POST", `/products/${draft.id}/transitions`, { action: "approve" });
  await api("chief", "POST", `/products/${draft.id}/transitions`, { action: "release" });
  return draft.id;
}

beforeAll(async () => {
  browser = await launch();
  const id = await publishedReport();
  const pdf = Buffer.from(
    await (await api(null, "GET", `/public/reports/${id}.pdf`)).arrayBuffer(),
  );
  const signature = await (await api(null, "GET", `/public/reports/${id}.pdf.cfm-sig.json`)).text();
  const dir = mkdtempSync(join(tmpdir(), "cfm-portal-verify-"));
  const changed = Buffer.from(pdf);
  const at = Math.floor(changed.length / 2);
  changed[at] = changed[at]! ^ 0x01;
  files = {
    id,
    pdf: join(dir, "report.pdf"),
    changed: join(dir, "changed.pdf"),
    signature: join(dir, "report.pdf.cfm-sig.json"),
  };
  writeFileSync(files.pdf, pdf);
  writeFileSync(files.changed, changed);
  writeFileSync(files.signature, signature);
}, 240_000);
afterAll(async () => {
  await browser?.close();
});

describe.each(["en", "ar"] as Lang[])("the portal's map and signature check in %s", (lang) => {
  const W = WORDS[lang];

  it("a visitor reads the map of published incidents and the list beneath it", async () => {
    const { page, context, errors, external } = await open(browser, { lang });
    await page.goto(`/portal/${lang}/map`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(W.map);
    expect(await page.locator("html").getAttribute("dir")).toBe(lang === "ar" ? "rtl" : "ltr");
    await page.locator(".portal-map svg").waitFor();
    expect(await page.locator(".portal-map svg g circle").count()).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { name: W.list }).count()).resolves.toBe(1);
    expect(await page.locator(".portal-table tbody tr").count()).toBeGreaterThan(0);
    await screenshot(page, `portal-map-${lang}`, true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("a released report's PDF checks as valid in the browser; with one byte changed it does not match", async () => {
    const { page, context, errors, external } = await open(browser, { lang });
    await page.goto(`/portal/${lang}/reports`);
    await page.locator(`a[href="/portal/${lang}/verify?report=${files.id}"]`).click();
    await page.locator("#verify-form").waitFor({ state: "visible" });

    // The signature is the one the portal publishes: the page fetches it itself.
    await page.locator("#v-file").setInputFiles(files.pdf);
    await page.getByRole("button", { name: W.check, exact: true }).click();
    const verdict = page.locator("#verify-verdict");
    await verdict.waitFor();
    expect(await verdict.innerText()).toBe(W.valid);
    expect(await page.locator("ol.steps li.step-ok").count()).toBe(6);
    await screenshot(page, `portal-verify-${lang}`, true);

    await page.locator("#v-file").setInputFiles(files.changed);
    await page.getByRole("button", { name: W.check, exact: true }).click();
    await page.locator('#verify-verdict[data-valid="false"]').waitFor();
    expect(await verdict.innerText()).toBe(W.invalid);
    expect(await page.locator("ol.steps li.step-failed").innerText()).toContain(W.hashFail);
    expect(await page.locator("ol.steps li.step-failed").count()).toBe(1);
    await screenshot(page, `portal-verify-changed-${lang}`, true);
    expect(await seriousViolations(page)).toEqual([]);

    // From the keys page, with the signature file picked beside the report.
    await page.goto(`/portal/${lang}/keys`);
    await page.locator(`main a[href="/portal/${lang}/verify"]`).click();
    await page.locator("#verify-form").waitFor({ state: "visible" });
    await page.locator("#v-file").setInputFiles(files.pdf);
    await page.locator("#v-signature").setInputFiles(files.signature);
    await page.getByRole("button", { name: W.check, exact: true }).click();
    await page.locator('#verify-verdict[data-valid="true"]').waitFor();
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});

describe("the signature check without JavaScript", () => {
  it("explains how to check with cfm verify, and shows no form that cannot work", async () => {
    const context = await browser.newContext({
      baseURL: inject("baseURL"),
      javaScriptEnabled: false,
      locale: "ar-LY",
    });
    const page = await context.newPage();
    await page.goto("/portal/ar/verify");
    expect(await page.locator("#verify-form").isVisible()).toBe(false);
    expect(await page.locator("main").innerText()).toContain("cfm verify FILE.pdf");
    expect(await page.locator("main").innerText()).toContain(
      "يحتاج التحقق في هذه الصفحة إلى JavaScript",
    );
    await context.close();
  });
});
