/**
 * The tamper-evident audit chain of DESIGN.md §4. Each entry's hash covers its fields and the
 * previous entry's hash; each entry also records the SHA-256 of every row it changed, so that a
 * row edited directly in the database no longer matches its last audit entry.
 */
import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.js";

export const GENESIS_HASH = "0".repeat(64);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every depth, so equal values always hash equally. */
export { canonicalJson };

export function sha256Hex(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

export interface AuditEntryFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  dataHash: string;
  prevHash: string;
}

export interface AuditEntry extends AuditEntryFields {
  data: Json;
  hash: string;
}

export function hashData(data: unknown): string {
  return sha256Hex(canonicalJson(data));
}

export function hashEntry(fields: AuditEntryFields): string {
  return sha256Hex(
    canonicalJson({
      seq: fields.seq,
      at: fields.at,
      actor: fields.actor,
      action: fields.action,
      subject: fields.subject,
      data_hash: fields.dataHash,
      prev_hash: fields.prevHash,
    }),
  );
}

/**
 * Which part of an entry no longer holds: its place in the sequence (`seq`: one is missing or out
 * of order), its link to the entry before (`prev_hash`), its details (`data`: they no longer hash
 * to `data_hash`), or its own fields (`hash`: its time, actor, action, subject or hashes were
 * changed, which its hash covers).
 */
export type ChainField = "seq" | "prev_hash" | "data" | "hash";

export interface ChainBreak {
  seq: number;
  field: ChainField;
  reason: string;
}

/**
 * Walks entries in order and returns the first broken link, or null when the chain is intact.
 * `expectedPrev` lets a caller verify a chain in pages.
 */
export function verifyChain(
  entries: Iterable<AuditEntry>,
  expectedPrev = GENESIS_HASH,
  expectedSeq = 1,
): { break: ChainBreak | null; lastHash: string; nextSeq: number } {
  let prev = expectedPrev;
  let seq = expectedSeq;
  for (const e of entries) {
    if (e.seq !== seq) return fail(seq, "seq", `entry ${seq} is missing (found ${e.seq} next)`);
    if (e.prevHash !== prev)
      return fail(e.seq, "prev_hash", "prev_hash does not match the previous entry");
    if (hashData(e.data) !== e.dataHash)
      return fail(e.seq, "data", "data does not match data_hash");
    if (hashEntry(e) !== e.hash)
      return fail(e.seq, "hash", "hash does not match the entry's contents");
    prev = e.hash;
    seq += 1;
  }
  return { break: null, lastHash: prev, nextSeq: seq };

  function fail(at: number, field: ChainField, reason: string) {
    return { break: { seq: at, field, reason }, lastHash: prev, nextSeq: seq };
  }
}
