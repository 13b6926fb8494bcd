/**
 * The sources of a progress observation, graded as a finding's are: each report relied on, with
 * the reliability of its source (A–F) and the credibility of its information (1–6), and the
 * evidence items cited from it. Evidence is cited with its report, never alone.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import { useApi } from "../../use-api.js";
import { AdmiraltyGrade } from "../../ui/AdmiraltyGrade.js";

export interface GradedSource {
  reportId: string;
  trackingId: string;
  reliability: string;
  credibility: string;
  evidenceIds: string[];
}

/** Every source graded: what the form may send. */
export const allGraded = (sources: GradedSource[]) =>
  sources.every((s) => s.reliability !== "" && s.credibility !== "");

export function ObservationSources({
  sources,
  onChange,
}: {
  sources: GradedSource[];
  onChange: (next: GradedSource[]) => void;
}) {
  const { t } = useTranslation();
  const [pick, setPick] = useState("");
  const reports = useApi(["reports", "latest", 20], (signal) =>
    get("/reports", { signal, query: { limit: 20 } }).then((r) => r.items),
  );
  const choices = reports.state === "ok" ? reports.data : [];
  const unused = choices.filter((r) => !sources.some((s) => s.reportId === r.id));
  const add = () => {
    const r = choices.find((x) => x.id === pick);
    if (!r) return;
    onChange([
      ...sources,
      {
        reportId: r.id,
        trackingId: r.trackingId,
        reliability: "",
        credibility: "",
        evidenceIds: [],
      },
    ]);
    setPick("");
  };
  const update = (i: number, patch: Partial<GradedSource>) =>
    onChange(sources.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="field observation-sources">
      <legend>{t("commitments.sources")}</legend>
      <p className="hint">{t("commitments.sourcesHint")}</p>
      {sources.map((s, i) => (
        <SourceRow
          key={s.reportId}
          source={s}
          onChange={(patch) => update(i, patch)}
          onRemove={() => onChange(sources.filter((_, j) => j !== i))}
        />
      ))}
      <div className="field-row">
        <div className="field">
          <label htmlFor="obs-report">{t("commitments.pickReport")}</label>
          <select id="obs-report" value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">{t("commitments.noReport")}</option>
            {unused.map((r) => (
              <option key={r.id} value={r.id}>
                {r.trackingId}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={pick === ""} onClick={add}>
          {t("commitments.addSource")}
        </button>
      </div>
    </fieldset>
  );
}

function SourceRow({
  source: s,
  onChange,
  onRemove,
}: {
  source: GradedSource;
  onChange: (patch: Partial<GradedSource>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const evidence = useApi(["evidence-of", s.reportId], (signal) =>
    get(`/reports/${s.reportId}/evidence`, { signal }).then((r) => r.items),
  );
  const id = s.reportId;
  return (
    <div className="graded-source" data-report={s.trackingId}>
      <div className="field-row grade-row">
        <AdmiraltyGrade
          ids={{ reliability: `obs-rel-${id}`, credibility: `obs-cred-${id}` }}
          tracking={s.trackingId}
          grade={s}
          onChange={onChange}
          required
        />
        <button type="button" className="button secondary" onClick={onRemove}>
          {t("commitments.removeSource", { tracking: s.trackingId })}
        </button>
      </div>
      {evidence.state === "ok" && evidence.data.length > 0 && (
        <div
          className="evidence-choices"
          role="group"
          aria-label={t("commitments.evidenceOf", { tracking: s.trackingId })}
        >
          {evidence.data.map((ev) => (
            <label key={ev.id} className="checkbox">
              <input
                type="checkbox"
                checked={s.evidenceIds.includes(ev.id)}
                onChange={(e) =>
                  onChange({
                    evidenceIds: e.target.checked
                      ? [...s.evidenceIds, ev.id]
                      : s.evidenceIds.filter((x) => x !== ev.id),
                  })
                }
              />{" "}
              <bdi>{ev.originalName}</bdi>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
