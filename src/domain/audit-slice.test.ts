import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashData, hashEntry, type AuditEntry, type Json } from "./audit-chain.js";
import { AUDIT_SLICE_FORMAT, verifySlice, type AuditSlice } from "./audit-slice.js";

/** A log of `n` entries, as the server chains them. */
function log(n: number): AuditEntry[] {
  let prev = GENESIS_HASH;
  return Array.from({ length: n }, (_, i) => {
    const data: Json = { details: { note: `entry ${i + 1}` }, rows: [] };
    const fields = {
      seq: i + 1,
      at: new Date(Date.UTC(2020, 0, 12, 0, i)).toISOString(),
      actor: "user:analyst",
      action: "incident.transitioned",
      subject: `incident:${i}`,
      dataHash: hashData(data),
      prevHash: prev,
    };
    const entry = { ...fields, data, hash: hashEntry(fields) };
    prev = entry.hash;
    return entry;
  });
}

/** Entries `first`..`last` of `entries`, exported. */
function slice(entries: AuditEntry[], first: number, last: number): AuditSlice {
  const head = entries.at(-1)!;
  return {
    format: AUDIT_SLICE_FORMAT,
    exportedAt: "2020-02-01T00:00:00.000Z",
    range: { from: null, to: null },
    before:
      first === 1
        ? { seq: 0, hash: GENESIS_HASH }
        : { seq: first - 1, hash: entries[first - 2]!.hash },
    head: { seq: head.seq, hash: head.hash },
    entries: structuredClone(entries.slice(first - 1, last)),
  };
}

describe("an exported slice of the audit log, checked offline", () => {
  const entries = log(8);

  it("holds from the first entry to the head, and in the middle of the log", () => {
    expect(verifySlice(slice(entries, 1, 8))).toEqual({
      ok: true,
      entries: 8,
      first: 1,
      last: 8,
      reachesHead: true,
    });
    expect(verifySlice(slice(entries, 3, 5))).toMatchObject({ ok: true, reachesHead: false });
    // through JSON, as a file
    expect(verifySlice(JSON.parse(JSON.stringify(slice(entries, 3, 8))))).toMatchObject({
      ok: true,
    });
  });

  it("names the entry and the field that was changed", () => {
    const details = slice(entries, 3, 6);
    (details.entries[1]!.data as { details: { note: string } }).details.note = "changed";
    expect(verifySlice(details)).toMatchObject({ ok: false, problem: { seq: 4, field: "data" } });

    const actor = slice(entries, 3, 6);
    actor.entries[2]!.actor = "user:someone";
    expect(verifySlice(actor)).toMatchObject({ ok: false, problem: { seq: 5, field: "hash" } });

    const rehashed = slice(entries, 3, 6);
    const e = rehashed.entries[0]!;
    e.action = "incident.opened";
    e.hash = hashEntry(e);
    // the entry itself now holds, but the next one no longer links to it
    expect(verifySlice(rehashed)).toMatchObject({
      ok: false,
      problem: { seq: 4, field: "prev_hash" },
    });
  });

  it("finds an entry taken out, a wrong hash before the slice and a head that does not match", () => {
    const gap = slice(entries, 2, 6);
    gap.entries.splice(2, 1);
    expect(verifySlice(gap)).toMatchObject({ ok: false, problem: { seq: 4, field: "seq" } });

    const before = slice(entries, 4, 6);
    before.before.hash = "1".repeat(64);
    expect(verifySlice(before)).toMatchObject({
      ok: false,
      problem: { seq: 4, field: "prev_hash" },
    });

    const head = slice(entries, 4, 8);
    head.head.hash = "2".repeat(64);
    expect(verifySlice(head)).toMatchObject({ ok: false, problem: { seq: 8, field: "head" } });
  });

  it("refuses a file that is not a slice, and says why", () => {
    for (const file of [
      null,
      [],
      { format: "other" },
      { ...slice(entries, 1, 2), entries: [{ seq: 1 }] },
    ]) {
      expect(verifySlice(file)).toMatchObject({
        ok: false,
        problem: { seq: null, field: "format" },
      });
    }
  });
});
