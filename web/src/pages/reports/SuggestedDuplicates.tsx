/**
 * Reports and incidents that probably describe the same event as the first ticked report
 * (GET /reports/{id}/candidates: close in space, overlapping in time, compatible category), best
 * first, each with the server's reasons in the reader's language. A report can be ticked too (to
 * open one incident from both); an incident is a link, and merging into it is the panel's action.
 */
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import { Link } from "../../router.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";

const SHOWN = 5;

export function SuggestedDuplicates({
  reportId,
  selected,
  onSelect,
}: {
  reportId: string;
  selected: readonly string[];
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const found = useApi(["report", reportId, "candidates"], (signal) =>
    get(`/reports/${reportId}/candidates`, { signal }),
  );
  return (
    <section className="suggested" aria-labelledby="suggested-title" aria-live="polite">
      <h3 id="suggested-title" className="side-title">
        {found.state === "ok"
          ? t("triage.suggestedFor", { tracking: found.data.report.trackingId })
          : t("triage.suggested")}
      </h3>
      {found.state === "loading" && <Loading />}
      {found.state === "error" && <ErrorNotice error={found.error} onRetry={found.reload} />}
      {found.state === "ok" && found.data.items.length === 0 && (
        <p className="muted">{t("triage.noSuggestions")}</p>
      )}
      {found.state === "ok" && found.data.items.length > 0 && (
        <ol className="suggested-list">
          {found.data.items.slice(0, SHOWN).map((c) => (
            <li key={`${c.kind}:${c.id}`}>
              <div className="suggested-head">
                <Link to={c.kind === "report" ? `/reports/${c.id}` : `/incidents/${c.id}`}>
                  {c.kind === "report"
                    ? t("triage.candidateReport", { tracking: c.trackingId })
                    : t("triage.candidateIncident", { reference: c.reference })}
                </Link>
                <span className="badge" title={t("triage.scoreHelp")}>
                  {t("triage.score", { score: Math.round(c.score * 100) })}
                </span>
              </div>
              <p className="suggested-why" dir="auto">
                {c.sentence[lang]}
              </p>
              {c.kind === "report" && !selected.includes(c.id) && (
                <button type="button" className="button small" onClick={() => onSelect(c.id)}>
                  {t("triage.selectToo")}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
