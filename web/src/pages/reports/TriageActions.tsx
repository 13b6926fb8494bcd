/**
 * The other two triage outcomes for the ticked reports: merge them into an existing incident,
 * or close them as out of scope; both with a reason, recorded in the audit log.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import { incidentTitle } from "../../incidents/title.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";

export function TriageActions({
  ids,
  onMerged,
  onClosed,
}: {
  ids: string[];
  onMerged: (incidentId: string) => void;
  onClosed: (count: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const incidents = useApi(["incidents", "not-closed", 200], (signal) =>
    get("/incidents", { signal, query: { limit: 200 } }).then((p) =>
      p.items.filter((i) => i.state !== "closed"),
    ),
  );
  const [target, setTarget] = useState("");
  const [mergeReason, setMergeReason] = useState("");
  const [closeReason, setCloseReason] = useState("");
  const [busy, setBusy] = useState<"merge" | "close" | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<string[]>([]);

  const merge = async (e: FormEvent) => {
    e.preventDefault();
    const need = [!target && "merge-incident", !mergeReason.trim() && "merge-reason"].filter(
      (x): x is string => Boolean(x),
    );
    setMissing(need);
    if (need.length || ids.length === 0) return;
    setBusy("merge");
    setError(null);
    try {
      for (const reportId of ids) {
        await post(`/incidents/${target}/reports`, { reportId, reason: mergeReason.trim() });
      }
      onMerged(target);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const close = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(closeReason.trim() ? [] : ["close-reason"]);
    if (!closeReason.trim() || ids.length === 0) return;
    setBusy("close");
    setError(null);
    let closed = 0;
    try {
      for (const id of ids) {
        await post(`/reports/${id}/close`, { reason: closeReason.trim() });
        closed++;
      }
      setCloseReason("");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
      if (closed > 0) onClosed(closed);
    }
  };

  const problem = (id: string, text: string) =>
    missing.includes(id) ? (
      <p id={`${id}-problem`} className="field-problem">
        {text}
      </p>
    ) : null;
  const describedBy = (id: string) => (missing.includes(id) ? `${id}-problem` : undefined);

  return (
    <div className="triage-actions">
      <form onSubmit={(e) => void merge(e)} className="triage-form" noValidate>
        <h3 className="panel-subtitle">{t("triage.mergeTitle")}</h3>
        <p className="muted">{t("triage.mergeHelp")}</p>
        <div className="field">
          <label htmlFor="merge-incident">{t("triage.mergeIncident")}</label>
          <select
            id="merge-incident"
            value={target}
            aria-invalid={missing.includes("merge-incident") || undefined}
            aria-describedby={describedBy("merge-incident")}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">
              {incidents.state === "ok" && incidents.data.length === 0
                ? t("triage.noIncidents")
                : t("triage.chooseIncident")}
            </option>
            {incidents.state === "ok" &&
              incidents.data.map((i) => (
                <option key={i.id} value={i.id}>
                  {`${i.reference} — ${incidentTitle(i, lang)}`}
                </option>
              ))}
          </select>
          {problem("merge-incident", t("triage.needIncident"))}
        </div>
        <div className="field field-wide">
          <label htmlFor="merge-reason">{t("triage.mergeReason")}</label>
          <textarea
            id="merge-reason"
            rows={2}
            dir="auto"
            value={mergeReason}
            aria-invalid={missing.includes("merge-reason") || undefined}
            aria-describedby={describedBy("merge-reason")}
            onChange={(e) => setMergeReason(e.target.value)}
          />
          {problem("merge-reason", t("triage.needReason"))}
        </div>
        <button
          type="submit"
          className="button secondary"
          disabled={busy !== null || ids.length === 0}
        >
          {busy === "merge" ? t("triage.merging") : t("triage.merge")}
        </button>
      </form>
      <form onSubmit={(e) => void close(e)} className="triage-form" noValidate>
        <h3 className="panel-subtitle">{t("triage.closeTitle")}</h3>
        <p className="muted">{t("triage.closeHelp")}</p>
        <div className="field field-wide">
          <label htmlFor="close-reason">{t("triage.closeReason")}</label>
          <textarea
            id="close-reason"
            rows={2}
            dir="auto"
            value={closeReason}
            aria-invalid={missing.includes("close-reason") || undefined}
            aria-describedby={describedBy("close-reason")}
            onChange={(e) => setCloseReason(e.target.value)}
          />
          {problem("close-reason", t("triage.needReason"))}
        </div>
        <button
          type="submit"
          className="button secondary"
          disabled={busy !== null || ids.length === 0}
        >
          {busy === "close" ? t("triage.closing") : t("triage.close")}
        </button>
      </form>
      {ids.length === 0 && <p className="hint">{t("triage.selectFirst")}</p>}
      {incidents.state === "error" && (
        <ErrorNotice error={incidents.error} onRetry={incidents.reload} />
      )}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}
