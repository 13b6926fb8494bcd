/** Downloads a list's export (CSV) with the list's filters; says why when the server refuses. */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { getFile, type RequestOptions } from "../api/client.js";
import { ErrorNotice } from "./notices.js";

export function ExportButton({
  path,
  query,
  fallbackName,
  label,
  hint,
}: {
  path: string;
  query: RequestOptions["query"];
  fallbackName: string;
  /** The button's words and what the file holds, when not a list's CSV. */
  label?: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await getFile(path, query);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = filename ?? fallbackName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="list-actions">
      <button
        type="button"
        className="button secondary"
        onClick={download}
        disabled={busy}
        aria-describedby={hintId}
      >
        {busy ? t("common.exporting") : (label ?? t("common.exportCsv"))}
      </button>
      <span id={hintId} className="muted">
        {hint ?? t("common.exportHint")}
      </span>
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}
