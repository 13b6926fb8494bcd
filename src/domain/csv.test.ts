import { describe, expect, it } from "vitest";
import { csvCell, csvDocument, isoInZone } from "./csv.js";

describe("CSV cells", () => {
  it("prefixes text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("writes numbers as numbers, negative ones too", () => {
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('Ain Zara, "south"')).toBe('"Ain Zara, ""south"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const doc = csvDocument(["a", "b"], [["قصف", 1]]);
    expect(doc).toBe("\uFEFFa,b\r\nقصف,1\r\n");
  });
});

describe("isoInZone", () => {
  it("writes the instant in the zone with its offset", () => {
    expect(isoInZone(new Date("2020-01-14T21:00:00Z"), "Africa/Tripoli")).toBe(
      "2020-01-14T23:00:00+02:00",
    );
    expect(isoInZone(new Date("2020-01-14T21:00:00Z"), "UTC")).toBe("2020-01-14T21:00:00+00:00");
  });
});
