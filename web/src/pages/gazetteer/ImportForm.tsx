/**
 * Importing a place file (admin, chief): the file is read in the browser and sent as text; a
 * refused file lists every problem with its line.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, post } from "../../api/client.js";
import type { GazetteerImport } from "../../api/gazetteer-types.js";
import { FilePicker } from "../../ui/FilePicker.js";
import { ErrorNotice } from "../../ui/notices.js";
import { problemText, type PlaceFileProblem } from "./place-problems.js";

export function ImportForm() {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<GazetteerImport | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!file) return;
    const form = e.currentTarget;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const res = await post("/gazetteer/imports", {
        fileName: file.name,
        text: await file.text(),
      });
      setResult(res);
      form.reset();
      setFile(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const problems = problemsOf(error);
  return (
    <details className="gazetteer-fold">
      <summary>{t("gazetteer.import.open")}</summary>
      <form className="form-stack" onSubmit={(e) => void submit(e)}>
        <p id="import-hint" className="hint">
          {t("gazetteer.import.hint")}
        </p>
        <div className="field">
          <label htmlFor="import-file">{t("gazetteer.import.file")}</label>
          <FilePicker
            id="import-file"
            accept=".json,.geojson,.csv,.tsv,.txt"
            describedBy="import-hint"
            onFiles={(files) => setFile(files[0] ?? null)}
          />
        </div>
        {result && (
          <p className="notice notice-success" role="status">
            {t("gazetteer.import.done", {
              file: result.fileName,
              added: result.added,
              matched: result.matched,
              existing: result.existing,
              skipped: result.skipped.length,
            })}
          </p>
        )}
        {problems ? (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">
              {t("gazetteer.import.problems", { file: problems.file })}
            </p>
            <ul className="import-problems">
              {problems.list.map((p, i) => {
                const said = problemText(i18n, p);
                return (
                  <li key={i}>
                    {p.line !== null && (
                      <strong>{t("gazetteer.import.line", { line: p.line })}</strong>
                    )}{" "}
                    {p.field && <code>{p.field}</code>}{" "}
                    {said.lang ? (
                      <span lang={said.lang} dir="ltr">
                        {said.text}
                      </span>
                    ) : (
                      <span>{said.text}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : (
          error !== null && <ErrorNotice error={error} />
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || !file}>
            {t("gazetteer.import.send")}
          </button>
        </div>
      </form>
    </details>
  );
}

/** The per-line problems of a refused file, when the server listed them. */
function problemsOf(error: unknown): { file: string; list: PlaceFileProblem[] } | null {
  if (!(error instanceof ApiError)) return null;
  const details = error.details as { fileName?: string; problems?: PlaceFileProblem[] } | undefined;
  return details?.problems ? { file: details.fileName ?? "", list: details.problems } : null;
}
