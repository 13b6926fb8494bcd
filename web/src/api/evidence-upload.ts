/** Uploading one evidence file (multipart, field "file") to POST /reports/:id/evidence. */
import { postForm } from "./client.js";
import type { EvidenceItem } from "./types.js";
import { localeOf } from "../i18n/format.js";

/** The server's default limit (MAX_EVIDENCE_BYTES in src/http/app.ts); it checks for itself too. */
export const EVIDENCE_LIMIT_BYTES = 50 * 1024 * 1024;

export function uploadEvidence(reportId: string, file: File): Promise<EvidenceItem> {
  const form = new FormData();
  form.append("file", file, file.name);
  return postForm(`/reports/${reportId}/evidence`, form);
}

export function formatBytes(n: number, lang: "ar" | "en"): string {
  const locale = localeOf(lang);
  const f = (v: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v)} ${unit}`;
  if (n >= 1024 * 1024) return f(n / (1024 * 1024), "MiB");
  if (n >= 1024) return f(n / 1024, "KiB");
  return f(n, "B");
}
