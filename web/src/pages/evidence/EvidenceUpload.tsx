/**
 * Attaching evidence files to a report that the server has received: each file is uploaded on its
 * own, and the answer shows the SHA-256 the server stored it under, or why it was refused, in
 * words a person can act on (too large, a type that is not accepted).
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.js";
import { EVIDENCE_LIMIT_BYTES, formatBytes, uploadEvidence } from "../../api/evidence-upload.js";
import type { EvidenceItem } from "../../api/types.js";
import { ErrorNotice } from "../../ui/notices.js";
import { FilePicker } from "../../ui/FilePicker.js";
import { useLang } from "../../ui/use-lang.js";

export type UploadResult =
  | { name: string; state: "uploading" }
  | { name: string; state: "done"; item: EvidenceItem }
  | { name: string; state: "refused"; message: string; error?: unknown };

/** Uploads the files one after another, reporting each outcome as it comes. */
export async function uploadAll(
  reportId: string,
  files: File[],
  report: (results: UploadResult[]) => void,
  messages: {
    tooLarge: (name: string) => string;
    wrongType: (name: string) => string;
    failed: (name: string) => string;
  },
): Promise<EvidenceItem[]> {
  const results: UploadResult[] = files.map((f) => ({ name: f.name, state: "uploading" }));
  const done: EvidenceItem[] = [];
  report([...results]);
  for (const [i, file] of files.entries()) {
    if (file.size > EVIDENCE_LIMIT_BYTES) {
      results[i] = { name: file.name, state: "refused", message: messages.tooLarge(file.name) };
    } else {
      try {
        const item = await uploadEvidence(reportId, file);
        done.push(item);
        results[i] = { name: file.name, state: "done", item };
      } catch (error) {
        const code = error instanceof ApiError ? error.code : null;
        const message =
          code === "evidence_too_large"
            ? messages.tooLarge(file.name)
            : code === "evidence_type_not_allowed"
              ? messages.wrongType(file.name)
              : messages.failed(file.name);
        results[i] = { name: file.name, state: "refused", message, error };
      }
    }
    report([...results]);
  }
  return done;
}

export function useUploadMessages() {
  const { t } = useTranslation();
  const lang = useLang();
  const limit = formatBytes(EVIDENCE_LIMIT_BYTES, lang);
  return {
    tooLarge: (name: string) => t("evidence.tooLarge", { name, limit }),
    wrongType: (name: string) => t("evidence.wrongType", { name }),
    failed: (name: string) => t("evidence.failed", { name }),
  };
}

export function UploadResults({ results }: { results: UploadResult[] }) {
  const { t } = useTranslation();
  if (results.length === 0) return null;
  return (
    <ul className="upload-results" aria-label={t("evidence.results")}>
      {results.map((r, i) => (
        <li key={`${r.name}-${i}`} className={`upload-${r.state}`}>
          {r.state === "uploading" && t("evidence.uploading", { name: r.name })}
          {r.state === "done" && (
            <p className="notice notice-success">
              <bdi>{r.name}</bdi> ✓{" "}
              <span className="mono hash" dir="ltr">
                SHA-256 {r.item.sha256}
              </span>
            </p>
          )}
          {r.state === "refused" && (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">{r.message}</p>
              {r.error !== undefined &&
                !(
                  r.error instanceof ApiError &&
                  ["evidence_too_large", "evidence_type_not_allowed"].includes(r.error.code)
                ) && <ErrorNotice error={r.error} />}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A form to attach files to a report already on the server (its page, or after intake). */
export function EvidenceUpload({
  reportId,
  onUploaded,
}: {
  reportId: string;
  onUploaded?: (items: EvidenceItem[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const messages = useUploadMessages();
  const [files, setFiles] = useState<File[]>([]);
  const [results, setResults] = useState<UploadResult[]>([]);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const inputId = `evidence-files-${reportId}`;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (files.length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    const form = e.currentTarget;
    try {
      const done = await uploadAll(reportId, files, setResults, messages);
      if (done.length) onUploaded?.(done);
      form.reset();
      setFiles([]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="evidence-upload" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={inputId}>{t("evidence.attachLabel")}</label>
        <FilePicker
          id={inputId}
          multiple
          accept="image/*,video/*,audio/*,application/pdf"
          describedBy={`${inputId}-hint${missing ? ` ${inputId}-problem` : ""}`}
          invalid={missing}
          onFiles={setFiles}
        />
        <p id={`${inputId}-hint`} className="hint">
          {t("evidence.attachHint", { limit: formatBytes(EVIDENCE_LIMIT_BYTES, lang) })}
        </p>
        {missing && (
          <p id={`${inputId}-problem`} className="field-problem">
            {t("evidence.noneChosen")}
          </p>
        )}
      </div>
      <button type="submit" className="button secondary" disabled={busy}>
        {t("evidence.upload")}
      </button>
      <div aria-live="polite">
        <UploadResults results={results} />
      </div>
    </form>
  );
}
