import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  GENESIS_HASH,
  hashData,
  hashEntry,
  verifyChain,
  type AuditEntry,
  type Json,
} from "./audit-chain.js";

function buildChain(datas: Json[]): AuditEntry[] {
  let prev = GENESIS_HASH;
  return datas.map((data, i) => {
    const fields = {
      seq: i + 1,
      at: new Date(Date.UTC(2020, 0, 12, 0, i)).toISOString(),
      actor: `user:u${i % 3}`,
      action: "report.received",
      subject: `report:${i}`,
      dataHash: hashData(data),
      prevHash: prev,
    };
    const entry = { ...fields, data, hash: hashEntry(fields) };
    prev = entry.hash;
    return entry;
  });
}

const jsonData = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as Json);

describe("canonical JSON", () => {
  it("does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: "ع" } })).toBe(
      canonicalJson({ a: { c: "ع", d: [1, 2] }, b: 1 }),
    );
  });
});

describe("audit chain", () => {
  it("an untouched chain verifies", () => {
    fc.assert(
      fc.property(fc.array(jsonData, { maxLength: 20 }), (datas) => {
        expect(verifyChain(buildChain(datas)).break).toBeNull();
      }),
    );
  });

  it("any single-character change to any field of any entry is detected at that entry", () => {
    const fields = [
      "at",
      "actor",
      "action",
      "subject",
      "dataHash",
      "prevHash",
      "hash",
      "data",
    ] as const;
    fc.assert(
      fc.property(
        fc.array(jsonData, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom(...fields),
        fc.nat(),
        fc.integer({ min: 1, max: 0xffff }),
        (datas, pick, field, pos, delta) => {
          const chain = buildChain(datas);
          const idx = pick % chain.length;
          const entry = { ...chain[idx]! };
          const original = field === "data" ? canonicalJson(entry.data) : entry[field];
          const i = pos % Math.max(original.length, 1);
          const code = original.length ? original.charCodeAt(i) : 0x20;
          const changed =
            original.slice(0, i) +
            String.fromCharCode((code + delta) % 0x10000 || 1) +
            original.slice(i + 1);
          if (field === "data") {
            try {
              entry.data = JSON.parse(changed) as Json;
            } catch {
              entry.data = changed; // a change that breaks the JSON is still a change
            }
            if (canonicalJson(entry.data) === original) return; // e.g. whitespace: no change in value
          } else {
            (entry as Record<string, unknown>)[field] = changed;
          }
          chain[idx] = entry;
          const res = verifyChain(chain);
          expect(res.break).not.toBeNull();
          expect(res.break!.seq).toBeLessThanOrEqual(idx + 2);
          expect(res.break!.seq).toBeGreaterThanOrEqual(idx + 1);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a removed or reordered entry is detected", () => {
    const chain = buildChain([1, 2, 3, 4]);
    expect(verifyChain([chain[0]!, chain[2]!, chain[3]!]).break?.seq).toBe(2);
    expect(verifyChain([chain[1]!, chain[0]!]).break?.seq).toBe(1);
  });
});
