import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptedMediaType, cleanOriginalName, MAX_ORIGINAL_NAME_LENGTH } from "./evidence.js";

describe("accepted evidence types", () => {
  it.each([
    [{ ext: "jpg", mime: "image/jpeg" }, "image/jpeg"],
    [{ ext: "png", mime: "image/png" }, "image/png"],
    [{ ext: "webp", mime: "image/webp" }, "image/webp"],
    [{ ext: "heic", mime: "image/heic" }, "image/heic"],
    [{ ext: "heic", mime: "image/heif" }, "image/heif"],
    [{ ext: "mp4", mime: "video/mp4" }, "video/mp4"],
    [{ ext: "mov", mime: "video/quicktime" }, "video/quicktime"],
    [{ ext: "webm", mime: "video/webm" }, "video/webm"],
    [{ ext: "pdf", mime: "application/pdf" }, "application/pdf"],
    [{ ext: "mp3", mime: "audio/mpeg" }, "audio/mpeg"],
    [{ ext: "m4a", mime: "audio/x-m4a" }, "audio/mp4"],
    [{ ext: "opus", mime: "audio/ogg; codecs=opus" }, "audio/ogg"],
    [{ ext: "wav", mime: "audio/wav" }, "audio/wav"],
  ])("a detected %o is stored as %s", (detected, stored) => {
    expect(acceptedMediaType(detected)).toBe(stored);
  });

  it.each([
    ["an unrecognised file (plain text has no signature)", undefined],
    ["a Windows executable", { ext: "exe", mime: "application/x-msdownload" }],
    ["a zip archive", { ext: "zip", mime: "application/zip" }],
    ["an SVG image (it can carry script)", { ext: "svg", mime: "image/svg+xml" }],
    ["a Matroska video", { ext: "mkv", mime: "video/x-matroska" }],
    ["an inherited property name", { ext: "constructor", mime: "x/y" }],
  ])("%s is refused", (_name, detected) => {
    expect(acceptedMediaType(detected)).toBeNull();
  });
});

describe("original file names", () => {
  it("keeps a plain name, an Arabic name and spaces inside", () => {
    expect(cleanOriginalName("IMG_2020-01-14.jpg")).toBe("IMG_2020-01-14.jpg");
    expect(cleanOriginalName("صورة القصف عين زارة.jpg")).toBe("صورة القصف عين زارة.jpg");
  });

  it("keeps only the last path segment", () => {
    expect(cleanOriginalName("C:\\fakepath\\photo.png")).toBe("photo.png");
    expect(cleanOriginalName("../../etc/passwd")).toBe("passwd");
  });

  it("drops control characters and bidirectional overrides", () => {
    expect(cleanOriginalName("a\u0000b\nc.pdf")).toBe("abc.pdf");
    expect(cleanOriginalName("invoice\u202Egpj.exe")).toBe("invoicegpj.exe");
  });

  it("names an empty or missing name 'unnamed'", () => {
    for (const n of [undefined, null, "", "   ", "..", "dir/", "\u0000"]) {
      expect(cleanOriginalName(n)).toBe("unnamed");
    }
  });

  it("any input gives a short, single-segment, printable name, and cleaning twice changes nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (raw) => {
        const name = cleanOriginalName(raw);
        expect(name.length).toBeGreaterThan(0);
        expect(Array.from(name).length).toBeLessThanOrEqual(MAX_ORIGINAL_NAME_LENGTH);
        // in a /u pattern, [\uD800-\uDFFF] matches only a lone surrogate
        expect(name).not.toMatch(/[/\\\p{Cc}\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u);
        expect(cleanOriginalName(name)).toBe(name);
      }),
    );
  });
});
