/**
 * Uploading one evidence file (multipart, field "file") to POST /reports/:id/evidence. Kept apart
 * from client.ts, which speaks JSON; errors come back as the same ApiError and NetworkError.
 */
import { ApiError, apiUrl, NetworkError } from "./client.js";
import type { EvidenceItem } from "./types.js";
import { localeOf } from "../i18n/format.js";

/** The server's default limit (MAX_EVIDENCE_BYTES in src/http/app.ts); it checks for itself too. */
export const EVIDENCE_LIMIT_BYTES = 50 * 1024 * 1024;

export async function uploadEvidence(reportId: string, file: File): Promise<EvidenceItem> {
  const form = new FormData();
  form.append("file", file, file.name);
  let res: Response;
  try {
    res = await fetch(apiUrl(`/reports/${reportId}/evidence`), {
      method: "POST",
      credentials: "same-origin",
      referrerPolicy: "same-origin",
      headers: { accept: "application/json" },
      body: form,
      cache: "no-store",
    });
  } catch (err) {
    throw new NetworkError(err);
  }
  const json = (await res.json().catch(() => undefined)) as
    { error?: { code?: string; message?: string; details?: unknown } } | EvidenceItem | undefined;
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; details?: unknown } })?.error;
    throw new ApiError(
      res.status,
      e?.code ?? `http_${res.status}`,
      e?.message ?? `HTTP ${res.status}`,
      e?.details,
    );
  }
  return json as EvidenceItem;
}

export function formatBytes(n: number, lang: "ar" | "en"): string {
  const locale = localeOf(lang);
  const f = (v: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v)} ${unit}`;
  if (n >= 1024 * 1024) return f(n / (1024 * 1024), "MiB");
  if (n >= 1024) return f(n / 1024, "KiB");
  return f(n, "B");
}
