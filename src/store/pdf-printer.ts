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

/**
 * Prints one document at a time: several Chromiums starting at once on a small server (two cores,
 * a request burst) slow each other past their start time-out, and each holds a few hundred MB.
 * A start that fails is tried once more before the printer is called unavailable.
 */
export function chromiumPrinter(executablePath: string): PdfPrinter {
  return { print: oneAtATime(printerOnce(executablePath)) };
}

/** `work`, run for one call at a time in the order of the calls; a failure does not stop the next. */
export function oneAtATime<A, R>(work: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
  let queue: Promise<unknown> = Promise.resolve();
  return (arg) => {
    const done = queue.then(() => work(arg));
    queue = done.catch(() => undefined);
    return done;
  };
}

function printerOnce(executablePath: string): (html: string) => Promise<Buffer> {
  const launch = () => chromium.launch({ executablePath, args: ["--no-sandbox"] });
  return async (html) => {
    let browser;
    try {
      browser = await launch().catch(launch);
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
  };
}
