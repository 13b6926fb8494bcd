import { describe, expect, it } from "vitest";
import { parseCsv, parseTsv } from "./delimited-text.js";

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
