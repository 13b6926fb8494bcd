/**
 * An exported slice of the audit log, checkable without the server (docs/audit-export.md): every
 * entry of a run of the chain, whole, with the hash of the entry just before it and the head of
 * the log when it was exported. Anyone can recompute each entry's hash and its link to the one
 * before; comparing `before` and `head` with an independent copy (an earlier export, the live
 * log) ties the slice to the rest of the chain.
 */
import {
  GENESIS_HASH,
  verifyChain,
  type AuditEntry,
  type ChainField,
  type Json,
} from "./audit-chain.js";

export const AUDIT_SLICE_FORMAT = "cfm-audit-slice/1";

/** A position in the chain: an entry's sequence number and hash (0 and zeros: before the first). */
export interface ChainPoint {
  seq: number;
  hash: string;
}

export interface AuditSlice {
  format: typeof AUDIT_SLICE_FORMAT;
  exportedAt: string;
  /** The time range asked for, as given (null: open). */
  range: { from: string | null; to: string | null };
  /** The entry just before the first one exported; the first's `prevHash` must be its hash. */
  before: ChainPoint;
  /** The newest entry of the whole log when the slice was exported. */
  head: ChainPoint;
  entries: AuditEntry[];
}

/** Which part of the file fails: an entry's field, the head, or the file's shape. */
type SliceField = ChainField | "head" | "format";

export type SliceCheck =
  | { ok: true; entries: number; first: number | null; last: number | null; reachesHead: boolean }
  | { ok: false; problem: { seq: number | null; field: SliceField; reason: string } };

/** The slice that `before`, `entries` and `head` make, whatever the file held. */
export function verifySlice(file: unknown): SliceCheck {
  const slice = sliceOf(file);
  if (typeof slice === "string") return broken(null, "format", slice);
  const { before, head, entries } = slice;
  const chain = verifyChain(entries, before.hash, before.seq + 1);
  if (chain.break) return broken(chain.break.seq, chain.break.field, chain.break.reason);
  const last = entries.at(-1) ?? before;
  if (last.seq > head.seq) {
    return broken(last.seq, "head", `the slice goes past the head it names (entry ${head.seq})`);
  }
  if (last.seq === head.seq && chain.lastHash !== head.hash) {
    return broken(last.seq, "head", "the last entry's hash is not the head's");
  }
  return {
    ok: true,
    entries: entries.length,
    first: entries[0]?.seq ?? null,
    last: entries.at(-1)?.seq ?? null,
    reachesHead: last.seq === head.seq,
  };
}

function broken(seq: number | null, field: SliceField, reason: string): SliceCheck {
  return { ok: false, problem: { seq, field, reason } };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isHash = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);
const isSeq = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function pointOf(v: unknown): ChainPoint | null {
  return isObject(v) && isSeq(v["seq"]) && isHash(v["hash"])
    ? { seq: v["seq"], hash: v["hash"] }
    : null;
}

/** The slice in `file`, or what is wrong with its shape. */
function sliceOf(file: unknown): Pick<AuditSlice, "before" | "head" | "entries"> | string {
  if (!isObject(file) || file["format"] !== AUDIT_SLICE_FORMAT) {
    return `not an audit slice (format should be "${AUDIT_SLICE_FORMAT}")`;
  }
  const before = pointOf(file["before"]);
  const head = pointOf(file["head"]);
  if (!before || !head) return "before and head must each have a seq and a SHA-256 hash";
  if (before.seq === 0 && before.hash !== GENESIS_HASH) {
    return "a slice from the first entry has the zero hash before it";
  }
  if (!Array.isArray(file["entries"])) return "entries must be a list";
  const entries: AuditEntry[] = [];
  for (const [n, e] of file["entries"].entries()) {
    const entry = entryOf(e);
    if (!entry)
      return `entry ${n + 1} of the file lacks a field (seq, at, actor, action, subject, data, dataHash, prevHash, hash)`;
    entries.push(entry);
  }
  return { before, head, entries };
}

function entryOf(e: unknown): AuditEntry | null {
  if (!isObject(e) || !isSeq(e["seq"]) || !("data" in e)) return null;
  const text = ["at", "actor", "action", "subject", "dataHash", "prevHash", "hash"] as const;
  if (text.some((k) => typeof e[k] !== "string")) return null;
  return {
    seq: e["seq"],
    at: e["at"] as string,
    actor: e["actor"] as string,
    action: e["action"] as string,
    subject: e["subject"] as string,
    data: e["data"] as Json,
    dataHash: e["dataHash"] as string,
    prevHash: e["prevHash"] as string,
    hash: e["hash"] as string,
  };
}
