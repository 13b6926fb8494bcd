/** Opening an incident from the untriaged reports ticked in the list. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import type { CategoryCode, Report } from "../../api/types.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { categoryLabel, CATEGORY_CODES } from "../../vocabulary.js";
import { SuggestedDuplicates } from "./SuggestedDuplicates.js";
import { TriageActions } from "./TriageActions.js";

export function TriagePanel({
  selected,
  reports,
  onDone,
  onMerged,
  onClosed,
  onSelect,
  picked,
}: {
  selected: string[];
  reports: Report[];
  onDone: (incident: { id: string }) => void;
  onMerged: (incidentId: string) => void;
  onClosed: (count: number) => void;
  /** Ticks one more report (a suggested duplicate). */
  onSelect: (id: string) => void;
  /** Reports ticked from the suggestions, kept even when not on the page loaded. */
  picked: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [title, setTitle] = useState("");
  const [category, setCategory] = useState<CategoryCode | "">("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // keep the chosen order: the first selected report gives the default category
  const ids = selected.filter((id) => picked.has(id) || reports.some((r) => r.id === id));

  const open = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const incident = await post("/incidents", {
        reportIds: ids,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(category ? { category } : {}),
      });
      onDone(incident);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  if (ids.length === 0) {
    // Nothing ticked: one line saying what to do, not three empty forms.
    return (
      <section className="panel triage-panel triage-idle" aria-labelledby="triage-title">
        <h2 id="triage-title" className="panel-title">
          {t("reports.triageTitle")}
        </h2>
        <p className="muted">{t("reports.triageIdle")}</p>
      </section>
    );
  }

  return (
    <section className="panel triage-panel" aria-labelledby="triage-title">
      <h2 id="triage-title" className="panel-title">
        {t("reports.triageTitle")}
      </h2>
      <p className="muted">{t("reports.triageHelp")}</p>
      <form onSubmit={(e) => void open(e)} className="triage-form">
        <p className="selected-count" aria-live="polite">
          {t("reports.selected", { count: ids.length })}
        </p>
        <div className="field field-wide">
          <label htmlFor="incident-title">{t("reports.incidentTitle")}</label>
          <input
            id="incident-title"
            value={title}
            dir="auto"
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="incident-category">{t("reports.incidentCategory")}</label>
          <select
            id="incident-category"
            value={category}
            onChange={(e) => setCategory(e.target.value as CategoryCode | "")}
          >
            <option value="">{t("reports.incidentCategoryDefault")}</option>
            {CATEGORY_CODES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c, lang)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button primary" disabled={busy || ids.length === 0}>
          {busy ? t("reports.opening") : t("reports.openIncident")}
        </button>
      </form>
      {error !== null && <ErrorNotice error={error} />}
      {ids[0] && <SuggestedDuplicates reportId={ids[0]} selected={ids} onSelect={onSelect} />}
      <TriageActions ids={ids} onMerged={onMerged} onClosed={onClosed} />
    </section>
  );
}
