import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publicReportState, readReceiptCode, receiptCodeFor, receiptMatches } from "./receipts.js";

const report = { id: "0b9d1f0e-6a43-4c55-9a53-8f3c2f7d0a11", trackingId: "R-000123" };

describe("public report receipts", () => {
  it("are the tracking id and four groups of a tag only the secret's holder computes", () => {
    const code = receiptCodeFor("s3cret", report);
    expect(code).toMatch(/^R-000123(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(receiptCodeFor("s3cret", report)).toBe(code);
    expect(receiptCodeFor("other", report)).not.toBe(code);
    expect(receiptCodeFor("s3cret", { ...report, id: report.id.replace("a11", "a12") })).not.toBe(
      code,
    );
  });

  it("read back as typed by hand: case, spaces and look-alike letters do not matter", () => {
    const code = receiptCodeFor("s3cret", report);
    const read = readReceiptCode(code)!;
    expect(read.trackingId).toBe("R-000123");
    expect(receiptMatches("s3cret", report.id, read.tag)).toBe(true);
    const typed = ` ${code.toLowerCase().replaceAll("-", " ").replace("r 000123", "R-000123")} `;
    expect(receiptMatches("s3cret", report.id, readReceiptCode(typed)!.tag)).toBe(true);
    const tag = code.slice("R-000123".length);
    const back = readReceiptCode(`R-000123${tag.replace(/0/g, "O").replace(/1/g, "l")}`);
    expect(back && receiptMatches("s3cret", report.id, back.tag)).toBe(true);
  });

  it("refuse what cannot be a receipt, and a tag of another report", () => {
    expect(readReceiptCode("")).toBeNull();
    expect(readReceiptCode("R-000123")).toBeNull();
    expect(readReceiptCode("R-000123-AAAA-AAAA-AAAA-AAAU")).toBeNull();
    const other = readReceiptCode(receiptCodeFor("s3cret", { ...report, id: "x" }))!;
    expect(receiptMatches("s3cret", report.id, other.tag)).toBe(false);
    expect(receiptMatches("s3cret", report.id, "SHORT")).toBe(false);
  });

  it("any report's receipt reads back to its tracking id and matches only that report", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.integer({ min: 1, max: 99_999_999 }), (id, n) => {
        const trackingId = `R-${String(n).padStart(6, "0")}`;
        const read = readReceiptCode(receiptCodeFor("k", { id, trackingId }));
        return (
          read !== null &&
          read.trackingId === trackingId &&
          receiptMatches("k", id, read.tag) &&
          !receiptMatches("k2", id, read.tag)
        );
      }),
    );
  });

  it("tell the sender no more than received, in a case, or closed", () => {
    expect(publicReportState("received")).toBe("received");
    expect(publicReportState("in_incident")).toBe("in_case");
    expect(publicReportState("merged")).toBe("in_case");
    expect(publicReportState("out_of_scope")).toBe("closed");
  });
});
