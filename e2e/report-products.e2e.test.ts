/**
 * Report products (issue 14 part 1, decision 0022), in English and in Arabic: an analyst
 * generates the daily report for a demo day with released incidents and adds text; a reviewer
 * approves it; the chief releases it; the liaison of each party sees it and both download the
 * same PDF, whose extracted text holds the Arabic title and an Arabic place name intact.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { productsAr } from "../web/src/i18n/products-ar.js";
import { productsEn } from "../web/src/i18n/products-en.js";
import { launch, open, screenshot, SCREENSHOTS, type Lang } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TEXTS = { en: productsEn.products, ar: productsAr.products };

async function call(user: string, path: string): Promise<Response> {
  return fetch(new URL(`/api/v1${path}`, inject("baseURL")), {
    headers: { authorization: `Bearer ${inject("sessions")[user]!}` },
  });
}
async function json<T>(user: string, path: string): Promise<T> {
  const res = await call(user, path);
  if (!res.ok) throw new Error(`GET ${path} as ${user}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface Product {
  id: string;
  reference: string;
  state: string;
  releaseAt: string | null;
  sections: { key: string; incidents?: { place: { name: { ar: string } } | null }[] }[];
}

/** A demo day whose daily report lists a violation released to the public, near a named place. */
async function demoDay(): Promise<string> {
  const page = await json<{
    items: {
      audience: string;
      content: {
        incident: {
          category: string;
          occurredFrom: string;
          location: unknown;
          concernedParties: string[];
        };
        finding: { outcome: string };
      };
    }[];
  }>("chief", "/releases?limit=200");
  const violation = (x: (typeof page.items)[number]) =>
    /^[AB]/.test(x.content.incident.category) &&
    x.content.finding.outcome.startsWith("violation") &&
    x.content.incident.location !== null;
  const toBoth = (x: (typeof page.items)[number]) =>
    x.audience === "public" || x.content.incident.concernedParties.length >= 2;
  const r =
    page.items.find((x) => violation(x) && toBoth(x)) ??
    page.items.find((x) => /^[AB]/.test(x.content.incident.category) && toBoth(x))!;
  // Tripoli is UTC+2; the day's report covers 19:30 the evening before to 19:30.
  const at = new Date(r.content.incident.occurredFrom).getTime() + (2 + 4.5) * 3600_000;
  return new Date(at).toISOString().slice(0, 10);
}

describe.each(["en", "ar"] as Lang[])("report products in %s", (lang) => {
  const T = TEXTS[lang];
  it("analyst generates and edits, reviewer approves, chief releases, both parties receive it", async () => {
    const day = await demoDay();
    const analyst = await open(browser, { lang, user: "analyst" });
    await analyst.page.goto("/products");
    await analyst.page.locator("#p-day").fill(day);
    await analyst.page.getByRole("button", { name: T.generate }).click();
    await analyst.page.waitForURL(/\/products\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    const id = analyst.page.url().split("/").pop()!;
    const note = lang === "ar" ? "هدوء نسبي على معظم الجبهات." : "Relative calm on most fronts.";
    await analyst.page.locator("#added-summary-ar").fill("هدوء نسبي على معظم الجبهات.");
    await analyst.page.locator("#added-summary-en").fill("Relative calm on most fronts.");
    await analyst.page.getByRole("button", { name: T.save }).click();
    await analyst.page.getByRole("status").filter({ hasText: T.saved }).waitFor();
    await expect
      .poll(
        async () =>
          (await analyst.page.locator("iframe.product-preview").getAttribute("srcdoc")) ?? "",
        {
          timeout: 30_000,
        },
      )
      .toContain(note);
    await screenshot(analyst.page, `report-product-draft-${lang}`, true);
    await analyst.page.getByRole("button", { name: T.submit }).click();
    await analyst.page.getByText(T.states.in_review, { exact: true }).waitFor();
    expect(analyst.errors).toEqual([]);
    expect(analyst.external).toEqual([]);

    // Before the release, neither party knows it exists.
    expect((await call("liaison-lna", `/products/${id}`)).status).toBe(404);

    const reviewer = await open(browser, { lang, user: "reviewer" });
    await reviewer.page.goto(`/products/${id}`);
    await reviewer.page.getByRole("button", { name: T.approve }).click();
    await reviewer.page.getByText(T.states.approved, { exact: true }).waitFor();

    const chief = await open(browser, { lang, user: "chief" });
    await chief.page.goto(`/products/${id}`);
    chief.page.once("dialog", (d) => void d.accept());
    await chief.page.getByRole("button", { name: T.release }).click();
    await chief.page.getByText(T.states.released, { exact: true }).waitFor({ timeout: 90_000 });
    await chief.page.locator("iframe.product-preview").waitFor({ timeout: 60_000 });
    await screenshot(chief.page, `report-product-released-${lang}`, true);
    expect(chief.errors).toEqual([]);

    // Each party's liaison finds it in its list and reads the same bytes.
    const pdfs: Buffer[] = [];
    for (const user of ["liaison-gna", "liaison-lna"]) {
      const s = await open(browser, { lang, user });
      await s.page.goto("/products");
      await s.page
        .getByRole("link", { name: (await json<Product>("chief", `/products/${id}`)).reference })
        .click();
      await s.page.getByText(T.states.released, { exact: true }).waitFor();
      await screenshot(s.page, `report-product-${user}-${lang}`);
      expect(s.errors).toEqual([]);
      const res = await call(user, `/products/${id}.pdf`);
      expect(res.status).toBe(200);
      pdfs.push(Buffer.from(await res.arrayBuffer()));
      await s.context.close();
    }
    expect(pdfs[0]!.equals(pdfs[1]!)).toBe(true);

    const product = await json<Product>("liaison-gna", `/products/${id}`);
    const place = product.sections.flatMap((s) => s.incidents ?? []).find((i) => i.place)?.place
      ?.name.ar;
    expect(place).toBeTruthy();
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
      input: pdfs[0],
    }).toString();
    expect(text).toContain("التقرير اليومي — ");
    expect(text).toContain(place!);
    // A page of the PDF as the parties print it, to look at.
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(`${SCREENSHOTS}report-product-${lang}.pdf`, pdfs[0]!);
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "2",
      `${SCREENSHOTS}report-product-${lang}.pdf`,
      `${SCREENSHOTS}report-product-pdf-${lang}`,
    ]);
  }, 300_000);
});
