import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords, parseTsv, parseTsvRecords } from "./delimited-text.js";

describe("reading delimited text", () => {
  it("reads CSV with quoted commas, quotes and line breaks, and CRLF endings", () => {
    const text = 'name,alt\r\n"Ra\'s, Lanuf","say ""hi""\nagain"\r\nSirte,\n';
    expect(parseCsv(text)).toEqual([
      { name: "Ra's, Lanuf", alt: 'say "hi"\nagain' },
      { name: "Sirte", alt: "" },
    ]);
  });

  it("reads TSV and fills missing trailing cells", () => {
    expect(parseTsv("a\tb\n1\t2\n3\n")).toEqual([
      { a: "1", b: "2" },
      { a: "3", b: "" },
    ]);
  });
});

describe("the line each record starts on", () => {
  it("counts the lines a quoted field spans and skips blank lines", () => {
    const text = 'name,alt\n"a\nb",x\n\nc,y\n';
    expect(parseCsvRecords(text).map((r) => [r.line, r.cells.name])).toEqual([
      [2, "a\nb"],
      [5, "c"],
    ]);
    expect(parseTsvRecords("a\tb\n\n1\t2\r\n").map((r) => [r.line, r.cells.b])).toEqual([[3, "2"]]);
  });
});
