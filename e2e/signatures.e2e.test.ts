/**
 * Signatures (decision 0020) as people meet them: a party's liaison reads who signed a released
 * finding and downloads the signed file, which `cfm verify` accepts against the server and
 * refuses once a byte changes; the auditor and the administrator read the keys and checkpoints.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runVerify } from "../src/cli/verify.js";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const words = {
  en: { download: "Download the signed file", signedBy: "Signed by key", active: "Active" },
  ar: { download: "تنزيل الملف الموقّع", signedBy: "وقّعه المفتاح", active: "نشط" },
};

async function verifyAgainstServer(path: string) {
  const lines: string[] = [];
  const code = await runVerify(
    path,
    { server: inject("baseURL") },
    {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      fetch,
      openDatabase: () => Promise.reject(new Error("not used with --server")),
    },
  );
  return { code, text: lines.join("\n") };
}

describe("a released finding's signature", () => {
  for (const lang of ["en", "ar"] as Lang[]) {
    it(`the GNA liaison sees who signed it and downloads a file that verifies (${lang})`, async () => {
      const w = words[lang];
      const res = await fetch(new URL("/api/v1/releases?limit=1", inject("baseURL")), {
        headers: { authorization: `Bearer ${inject("sessions")["liaison-gna"]}` },
      });
      const release = ((await res.json()) as { items: { id: string }[] }).items[0]!;
      const { page, context, errors, external } = await open(browser, {
        lang,
        user: "liaison-gna",
      });
      await page.goto(`/releases/${release.id}`);
      const line = page.locator(".signature-line");
      await line.waitFor();
      expect(await line.innerText()).toContain(w.signedBy);
      const keyId = await line.getAttribute("data-key");
      expect(keyId).toMatch(/^[0-9a-f]{16}$/);
      expect(await line.innerText()).toContain(keyId!);
      await line.scrollIntoViewIfNeeded();
      await screenshot(page, `release-signature-${lang}`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: w.download }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`release-${release.id}.cfm-signed.json`);
      const path = (await download.path())!;
      const text = readFileSync(path, "utf8");
      const good = await verifyAgainstServer(path);
      expect(good.text).toContain("VALID");
      expect(good.code).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
      if (lang === "en") {
        // One byte of the content changed: refused.
        const at = text.indexOf('"reference":"') + 14;
        const changed = join(mkdtempSync(join(tmpdir(), "cfm-e2e-sig-")), "changed.json");
        writeFileSync(changed, text.slice(0, at) + "X" + text.slice(at + 1));
        const bad = await verifyAgainstServer(changed);
        expect(bad.code).toBe(1);
        expect(bad.text).toContain("the content was changed");
      }
    });
  }
});

describe("the signing keys and checkpoints page", () => {
  for (const [lang, user] of [
    ["en", "auditor"],
    ["ar", "admin"],
  ] as const) {
    it(`the ${user} reads the active key and the checkpoints (${lang})`, async () => {
      const { page, context, errors, external } = await open(browser, { lang, user });
      await page.goto("/signing");
      const key = page.locator("tr[data-key]");
      await key.first().waitFor();
      expect(await key.first().innerText()).toContain(words[lang].active);
      const checkpoints = page.locator("tr[data-seq]");
      await checkpoints.first().waitFor();
      expect(await checkpoints.count()).toBeGreaterThan(0);
      await screenshot(page, `signing-${user}-${lang}`, true);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });
  }

  it("a liaison is not offered the page", async () => {
    const { page, context } = await open(browser, { lang: "en", user: "liaison-lna" });
    await page.goto("/signing");
    await page.locator("h1").waitFor();
    expect(await page.locator("tr[data-key]").count()).toBe(0);
    await context.close();
  });
});
