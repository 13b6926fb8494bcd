/**
 * Printing an HTML document to PDF with the Chromium the project already uses for its browser
 * tests (Debian's `chromium`, driven by playwright-core): Chromium shapes Arabic and lays out
 * right-to-left text as a browser does. One browser per document: printing is rare (a release, a
 * draft's download) and a browser left running would hold memory for nothing.
 */
import { chromium } from "playwright-core";

export interface PdfPrinter {
  /** The PDF of a complete HTML document (A4, backgrounds printed). */
  print(html: string): Promise<Buffer>;
}

export class PrinterUnavailableError extends Error {
  constructor(
    readonly executablePath: string,
    cause: unknown,
  ) {
    super(`Chromium could not be started from ${executablePath}`, { cause });
  }
}

export function chromiumPrinter(executablePath: string): PdfPrinter {
  return {
    async print(html) {
      let browser;
      try {
        browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
      } catch (err) {
        throw new PrinterUnavailableError(executablePath, err);
      }
      try {
        const page = await browser.newPage();
        // The document asks for nothing from a network; refuse anything it might, to be sure.
        await page.route("**/*", (route) =>
          route.request().url().startsWith("data:") ? route.continue() : route.abort(),
        );
        await page.setContent(html, { waitUntil: "load" });
        // Every font is inline: wait until each face is decoded before printing.
        await page.evaluate("document.fonts.ready.then(() => true)");
        return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      } finally {
        await browser.close();
      }
    },
  };
}
