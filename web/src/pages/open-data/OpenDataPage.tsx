/**
 * Open data (analysts, head of mission): upload an ACLED or UCDP GED file, watch the import job
 * read it (polled), then read what it did — counts and every refused row with its line, column
 * and reason; the latest imports; and the links to the public files anyone may download.
 */
import { useEffect, useState, type FormEvent } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Answer } from "../../api/answers.js";
import { get, postForm } from "../../api/client.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime } from "../../ui/display.js";
import { FilePicker } from "../../ui/FilePicker.js";
import { Empty, ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";

type Detail = Answer<"/api/v1/open-data/imports/{id}", "get">;
type Import = Detail["import"];

const POLL_MS = 1000;
const PROBLEMS_SHOWN = 200;
const FORMATS = ["acled", "acled-legacy", "ucdp", "geojson", "hxl"] as const;

export function OpenDataPage() {
  const { t } = useTranslation();
  const [dataset, setDataset] = useState<"acled" | "ucdp">("acled");
  const [target, setTarget] = useState<"context" | "candidates">("context");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const recent = useApi(["open-data-imports"], (signal) => get("/open-data/imports", { signal }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!file) return;
    const form = e.currentTarget;
    setBusy(true);
    setError(null);
    try {
      const body = new FormData();
      // The fields before the file: the server reads them first.
      body.append("dataset", dataset);
      body.append("target", target);
      body.append("file", file);
      const started = await postForm("/open-data/imports", body);
      setCurrent(started.id);
      form.reset();
      setFile(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="open-data-page">
      <PageTitle>{t("openData.title")}</PageTitle>
      <p className="muted">{t("openData.intro")}</p>
      <section aria-labelledby="od-import" className="panel">
        <h2 id="od-import">{t("openData.importTitle")}</h2>
        <form className="form-stack" onSubmit={(e) => void submit(e)}>
          <fieldset className="field radio-group">
            <legend>{t("openData.dataset")}</legend>
            {(["acled", "ucdp"] as const).map((d) => (
              <label key={d}>
                <input
                  type="radio"
                  name="dataset"
                  value={d}
                  checked={dataset === d}
                  onChange={() => setDataset(d)}
                />{" "}
                {t(`openData.datasets.${d}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="field radio-group">
            <legend>{t("openData.target")}</legend>
            {(["context", "candidates"] as const).map((x) => (
              <label key={x}>
                <input
                  type="radio"
                  name="target"
                  value={x}
                  checked={target === x}
                  onChange={() => setTarget(x)}
                />{" "}
                {t(`openData.targets.${x}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="od-file">{t("openData.file")}</label>
            <p id="od-file-hint" className="hint">
              {t("openData.fileHint")}
            </p>
            <FilePicker
              id="od-file"
              accept=".csv,text/csv"
              describedBy="od-file-hint"
              onFiles={(files) => setFile(files[0] ?? null)}
            />
          </div>
          {error !== null && <ErrorNotice error={error} />}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy || !file}>
              {busy ? t("openData.uploading") : t("openData.send")}
            </button>
          </div>
        </form>
        {current && <ImportProgress key={current} id={current} onEnd={recent.reload} />}
      </section>
      <section aria-labelledby="od-recent" className="panel">
        <h2 id="od-recent">{t("openData.recent")}</h2>
        {recent.state === "loading" && <Loading />}
        {recent.state === "error" && <ErrorNotice error={recent.error} />}
        {recent.state === "ok" && recent.data.items.length === 0 && (
          <Empty>{t("openData.noImports")}</Empty>
        )}
        {recent.state === "ok" && recent.data.items.length > 0 && (
          <table className="data-table">
            <thead>
              <tr>
                <th>{t("openData.when")}</th>
                <th>{t("openData.fileName")}</th>
                <th>{t("openData.state")}</th>
                <th>{t("openData.result")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {recent.data.items.map((i) => (
                <tr key={i.id}>
                  <td>
                    <DateTime iso={i.createdAt} />
                  </td>
                  <td>
                    <bdi dir="ltr">{i.fileName}</bdi>
                  </td>
                  <td>{t(`openData.states.${i.state}`)}</td>
                  <td>{countsText(t, i)}</td>
                  <td>
                    <button type="button" className="button" onClick={() => setCurrent(i.id)}>
                      {t("openData.open")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="od-public" className="panel">
        <h2 id="od-public">{t("openData.publicTitle")}</h2>
        <p>{t("openData.publicIntro")}</p>
        <ul className="open-data-files">
          {FORMATS.map((f) => (
            <li key={f}>
              <a href={`/api/v1/public/open-data/${f}`} download>
                {t(`openData.formats.${f}`)}
              </a>
            </li>
          ))}
          <li>
            <a href="/api/v1/public/open-data/changes">{t("openData.changes")}</a>
          </li>
        </ul>
      </section>
    </div>
  );
}

function countsText(t: TFunction<"translation">, i: Import): string {
  return t("openData.counts", {
    rows: i.rowsRead,
    imported: i.imported,
    duplicates: i.duplicates,
    refused: i.refused,
  });
}

/** One import, polled while it runs: a progress bar, then its counts and refused rows. */
function ImportProgress({ id, onEnd }: { id: string; onEnd: () => void }) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const d = await get(`/open-data/imports/${id}`, {
          signal: ctrl.signal,
          query: { limit: PROBLEMS_SHOWN },
        });
        setDetail(d);
        if (d.import.state === "queued" || d.import.state === "running") {
          timer = setTimeout(() => void poll(), POLL_MS);
        } else onEnd();
      } catch (err) {
        if (!ctrl.signal.aborted) setError(err);
      }
    };
    void poll();
    return () => {
      ctrl.abort();
      clearTimeout(timer);
    };
  }, [id, onEnd]);

  if (error !== null) return <ErrorNotice error={error} />;
  if (!detail) return <Loading />;
  const i = detail.import;
  const percent = i.fileBytes ? Math.floor((100 * i.bytesRead) / i.fileBytes) : 0;
  const ended = i.state === "done" || i.state === "failed";
  return (
    <div className="import-progress" data-testid="import-progress" data-state={i.state}>
      <p role="status">
        <strong>{t(`openData.states.${i.state}`)}</strong> —{" "}
        {t("openData.progress", { file: i.fileName, percent: ended ? 100 : percent })}
      </p>
      <progress max={100} value={ended ? 100 : percent} aria-label={i.fileName} />
      <p>{countsText(t, i)}</p>
      {i.error && (
        <p className="notice notice-error" role="alert">
          <span lang="en" dir="ltr">
            {i.error}
          </span>
        </p>
      )}
      {ended && (
        <>
          <h3>{t("openData.problemsTitle")}</h3>
          {detail.problems.length === 0 ? (
            <p className="muted">{t("openData.noProblems")}</p>
          ) : (
            <table className="data-table import-problems-table">
              <thead>
                <tr>
                  <th>{t("openData.line")}</th>
                  <th>{t("openData.column")}</th>
                  <th>{t("openData.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {detail.problems.map((p) => (
                  <tr key={p.n}>
                    <td>{p.row}</td>
                    <td>{p.column ? <code>{p.column}</code> : t("openData.wholeRow")}</td>
                    <td>
                      {/* The server's reasons are written in English. */}
                      <span lang="en" dir="ltr">
                        {p.reason}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {detail.problems.length >= PROBLEMS_SHOWN && (
            <p className="hint">{t("openData.moreProblems", { count: detail.problems.length })}</p>
          )}
        </>
      )}
    </div>
  );
}
