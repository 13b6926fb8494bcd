/** The case's history from the audit log (GET /incidents/:id/history), for the mission. */
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { HistoryEntry } from "../../api/workspace-types.js";
import { DateTime } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";

const isolate = (text: string) => `\u2068${text}\u2069`;

export function HistorySection({ incidentId, version }: { incidentId: string; version: string }) {
  const { t } = useTranslation();
  // The version in the key: a new version of the incident is a new history, loaded afresh.
  const history = useApi(["incident", incidentId, "history", version], (signal) =>
    get(`/incidents/${incidentId}/history`, { signal }).then((r) => r.items),
  );
  const actionLabel = (a: string) =>
    t(`history.action.${a.replace(".", "_")}` as "history.action.incident_opened", {
      defaultValue: a,
    });
  const state = (s: unknown) =>
    typeof s === "string" ? t(`caseState.${s}` as "caseState.received", { defaultValue: s }) : "";
  const details = (e: HistoryEntry) => {
    const d = e.details;
    const parts: string[] = [];
    if (e.action === "incident.transitioned")
      parts.push(t("history.transition", { from: state(d.from), to: state(d.to) }));
    if (e.task)
      parts.push(
        t("history.task", {
          kind: t(`tasks.kind.${e.task.kind}`),
          reference: isolate(e.task.reference),
          assignee: isolate(e.task.assigneeName),
        }),
      );
    if (typeof d.version === "number") parts.push(t("history.version", { version: d.version }));
    // A task's outcome is the monitor's words; a finding's is a code of the vocabulary.
    if (typeof d.outcome === "string")
      parts.push(
        e.task
          ? t("history.taskOutcome", { outcome: isolate(d.outcome) })
          : t(`outcome.${d.outcome}` as "outcome.pending", { defaultValue: d.outcome }),
      );
    if (Array.isArray(d.reportIds)) parts.push(t("history.reports", { count: d.reportIds.length }));
    // A person's words, in whichever language they wrote, isolated (FSI…PDI) from the sentence
    // around them: an English note's full stop must not land at the far end of an Arabic line.
    if (typeof d.reason === "string")
      parts.push(t("history.reason", { reason: isolate(d.reason) }));
    if (typeof d.note === "string") parts.push(t("history.note", { note: isolate(d.note) }));
    return parts;
  };
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("history.title")}</h2>
      <p className="muted">{t("history.intro")}</p>
      {history.state === "loading" && <Loading />}
      {history.state === "error" && <ErrorNotice error={history.error} onRetry={history.reload} />}
      {history.state === "ok" &&
        (history.data.length === 0 ? (
          <p className="muted">{t("history.empty")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table history-table">
              <caption className="visually-hidden">{t("history.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("history.col.at")}</th>
                  <th scope="col">{t("history.col.actor")}</th>
                  <th scope="col">{t("history.col.action")}</th>
                  <th scope="col">{t("history.col.details")}</th>
                </tr>
              </thead>
              <tbody>
                {history.data.map((e) => (
                  <tr key={e.seq}>
                    <td>
                      <DateTime iso={e.at} />
                    </td>
                    <td>
                      <bdi className="mono">{e.actor.replace(/^user:/, "")}</bdi>
                    </td>
                    <td>{actionLabel(e.action)}</td>
                    <td>
                      <ul className="plain-list">
                        {details(e).map((p, i) => (
                          <li key={i} dir="auto">
                            {p}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
