/**
 * The receipt a member of the public gets for a report filed without an account: the report's
 * tracking id followed by a tag only the server can compute (an HMAC of the report's id under a
 * server secret), e.g. `R-000123-K7QX-9M2D-HT4P-WZ3A`. Whoever holds it may read the report's
 * status and nothing else. The tag is derived, not stored, so a retried submission (same
 * idempotency key) gives back the same receipt, and a lost answer loses nothing.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { ReportStatus } from "./reports.js";

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TAG_CHARS = 16; // 80 bits
const GROUP = 4;

function base32(bytes: Buffer, chars: number): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

function tagOf(secret: string, reportId: string): string {
  return base32(createHmac("sha256", secret).update(`receipt:${reportId}`).digest(), TAG_CHARS);
}

/** The receipt of one public report. */
export function receiptCodeFor(secret: string, report: { id: string; trackingId: string }): string {
  const tag = tagOf(secret, report.id);
  const groups = tag.match(new RegExp(`.{1,${GROUP}}`, "g")) ?? [];
  return [report.trackingId, ...groups].join("-");
}

/**
 * A receipt as someone typed it: case, spaces and the letters Crockford maps (O→0, I/L→1) do not
 * matter. Null when it cannot be a receipt at all.
 */
export function readReceiptCode(typed: string): { trackingId: string; tag: string } | null {
  const compact = typed.toUpperCase().replace(/[\s\u200e\u200f]/g, "");
  const m = /^(R-\d{4,})-?((?:[0-9A-Z]-?){16})$/.exec(compact);
  if (!m) return null;
  const tag = m[2]!.replaceAll("-", "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if ([...tag].some((c) => !ALPHABET.includes(c))) return null;
  return { trackingId: m[1]!, tag };
}

/** Whether a typed receipt's tag is the one the server gives this report (constant time). */
export function receiptMatches(secret: string, reportId: string, tag: string): boolean {
  const expected = Buffer.from(tagOf(secret, reportId));
  const given = Buffer.from(tag);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** What a sender may learn about their report, never more. */
export const PUBLIC_REPORT_STATES = ["received", "in_case", "closed"] as const;
export type PublicReportState = (typeof PUBLIC_REPORT_STATES)[number];

export function publicReportState(status: ReportStatus): PublicReportState {
  switch (status) {
    case "in_incident":
    case "merged":
      return "in_case";
    case "out_of_scope":
      return "closed";
    case "received":
    case "superseded":
      return "received";
  }
}
