import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { chromiumPrinter, oneAtATime, PrinterUnavailableError } from "./pdf-printer.js";

const CHROMIUM = process.env.CFM_CHROMIUM ?? "/usr/bin/chromium";
const text = (pdf: Buffer) =>
  execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
const page = (words: string) => `<!doctype html><html><body><p>${words}</p></body></html>`;

describe("the PDF printer", () => {
  it("runs one print at a time, in order, and goes on after a failure", async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const work = oneAtATime(async (n: number) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      order.push(n);
      if (n === 2) throw new Error("no Chromium");
      return n * 10;
    });
    const answers = await Promise.allSettled([1, 2, 3, 4].map(work));
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(answers.map((a) => (a.status === "fulfilled" ? a.value : "failed"))).toEqual([
      10,
      "failed",
      30,
      40,
    ]);
  });

  it("prints documents asked for at once, each its own", async () => {
    const printer = chromiumPrinter(CHROMIUM);
    const words = ["first document", "second document", "third document"];
    const pdfs = await Promise.all(words.map((w) => printer.print(page(w))));
    pdfs.forEach((pdf, i) => {
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(text(pdf)).toContain(words[i]);
    });
  });

  it("says the printer is unavailable when Chromium cannot start, and the next print still runs", async () => {
    const missing = chromiumPrinter("/nonexistent/chromium");
    await expect(missing.print(page("x"))).rejects.toBeInstanceOf(PrinterUnavailableError);
    await expect(missing.print(page("y"))).rejects.toBeInstanceOf(PrinterUnavailableError);
  });
});
