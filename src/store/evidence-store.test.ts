import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { fileEvidenceStore, FileTooLargeError } from "./evidence-store.js";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((p) =>
    statSync(join(dir, p)).isFile(),
  );
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** A stream that delivers `bytes` in small chunks, as an upload arrives. */
const chunked = (bytes: Buffer) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, i) =>
      bytes.subarray(i * 1000, (i + 1) * 1000),
    ),
  );

describe("the evidence file store", () => {
  const bytes = Buffer.from("%PDF-1.4 a statement, not altered".repeat(200));

  it("stores a file under its SHA-256, once, read-only, and reads back the same bytes", async () => {
    const root = mkdtempSync(join(tmpdir(), "cfm-store-"));
    const store = fileEvidenceStore(root);
    const first = await store.put(chunked(bytes), 1_000_000);
    const second = await store.put(chunked(bytes), 1_000_000);
    expect(first.sha256).toBe(sha256(bytes));
    expect(second.sha256).toBe(first.sha256);
    expect(first.sizeBytes).toBe(bytes.length);
    expect(first.head.equals(bytes.subarray(0, 4100))).toBe(true);
    expect(filesUnder(root)).toEqual([
      join("sha256", first.sha256.slice(0, 2), first.sha256.slice(2, 4), first.sha256),
    ]);
    expect(statSync(join(root, filesUnder(root)[0]!)).mode & 0o222).toBe(0);
    expect((await buffer(store.open(first.sha256))).equals(bytes)).toBe(true);
  });

  it("keeps nothing when the accept check refuses the file", async () => {
    const root = mkdtempSync(join(tmpdir(), "cfm-store-"));
    const store = fileEvidenceStore(root);
    const refusal = new Error("not accepted");
    await expect(
      store.put(chunked(bytes), 1_000_000, () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(await store.has(sha256(bytes))).toBe(false);
    expect(filesUnder(root)).toEqual([]);
  });

  it("keeps nothing of a file over the limit", async () => {
    const root = mkdtempSync(join(tmpdir(), "cfm-store-"));
    const store = fileEvidenceStore(root);
    await expect(store.put(chunked(bytes), bytes.length - 1)).rejects.toBeInstanceOf(
      FileTooLargeError,
    );
    expect(filesUnder(root)).toEqual([]);
    const exact = await store.put(chunked(bytes), bytes.length);
    expect(exact.sizeBytes).toBe(bytes.length);
  });

  it("a refused second copy of a stored file leaves the stored file in place", async () => {
    const root = mkdtempSync(join(tmpdir(), "cfm-store-"));
    const store = fileEvidenceStore(root);
    const stored = await store.put(chunked(bytes), 1_000_000);
    await expect(
      store.put(chunked(bytes), 1_000_000, () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    await expect(store.put(chunked(bytes), 10)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await store.has(stored.sha256)).toBe(true);
    expect(filesUnder(root)).toHaveLength(1);
    expect(readFileSync(join(root, filesUnder(root)[0]!)).equals(bytes)).toBe(true);
  });
});
