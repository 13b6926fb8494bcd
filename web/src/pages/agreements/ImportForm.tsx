/** The import of a mission profile's agreements.json: a summary, or the file's problems by line. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AnswerAt } from "../../api/answers.js";
import { ApiError, post } from "../../api/client.js";
import { formatNumber } from "../../i18n/format.js";
import { FilePicker } from "../../ui/FilePicker.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";

type Summary = AnswerAt<"/agreements/import", "post">;
interface Problem {
  line: number;
  column: number;
  path: string;
  message: string;
}

function problemsOf(err: unknown): Problem[] | null {
  if (!(err instanceof ApiError) || err.code !== "validation_failed") return null;
  const problems = (err.details as { problems?: Problem[] } | undefined)?.problems;
  return Array.isArray(problems) ? problems : null;
}

export function ImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const send = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setSummary(null);
    try {
      setSummary(
        await post("/agreements/import", { fileName: file.name, text: await file.text() }),
      );
      onImported();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const problems = problemsOf(error);
  const n = (x: number) => formatNumber(x, lang);
  return (
    <section aria-labelledby="import-title" className="import-agreements">
      <h2 id="import-title">{t("agreementsAdmin.import.title")}</h2>
      <p className="muted">{t("agreementsAdmin.import.intro")}</p>
      <form className="form-stack" onSubmit={(e) => void send(e)}>
        <div className="field field-wide">
          <label htmlFor="agreements-file">{t("agreementsAdmin.import.file")}</label>
          <FilePicker
            id="agreements-file"
            accept=".json,application/json"
            onFiles={(f) => setFile(f[0] ?? null)}
          />
        </div>
        <button type="submit" className="button primary" disabled={busy || !file}>
          {busy ? t("agreementsAdmin.import.busy") : t("agreementsAdmin.import.submit")}
        </button>
      </form>
      {summary && (
        <p className="notice notice-success" role="status">
          {t("agreementsAdmin.import.done", {
            file: summary.file,
            created: n(summary.agreementsCreated.length),
            added: n(summary.provisionsAdded.length),
            revised: n(summary.provisionsRevised.length),
            unchanged: n(summary.unchanged),
          })}
        </p>
      )}
      {problems ? (
        <div className="notice notice-error import-problems" role="alert">
          <p className="notice-title">{t("agreementsAdmin.import.problems")}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <strong>
                  {t("agreementsAdmin.import.line", { line: n(p.line), column: n(p.column) })}
                </strong>{" "}
                <span lang="en" dir="ltr">
                  {p.message}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        error !== null && <ErrorNotice error={error} />
      )}
    </section>
  );
}
