/**
 * Pieces of the commitment form: a problem said beside its field, a deadline day (a date, or days
 * after an anchor event such as D), and a timetable's phases, each with its own deadline.
 */
import { useTranslation } from "react-i18next";
import { DayField } from "../../ui/DateFields.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";
import { GeometryProblems } from "../geo-layers/GeometryProblems.js";
import {
  emptyDayRef,
  nextPhaseKey,
  type DayRefForm,
  type PhaseForm,
  type Problem,
} from "./commitment-form.js";

export interface AnchorChoice {
  code: string;
  name: { en: string; ar: string };
  occurredOn: string | null;
}

/** The problem of one field, in the interface language (a refusal's server words folded away). */
export function ProblemText({ id, problem }: { id: string; problem: Problem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  if (problem.kind !== "refused") {
    return (
      <p className="field-problem" id={id}>
        {t(`commitments.problem.${problem.kind}`)}
      </p>
    );
  }
  if (problem.error.code === "invalid_geometry") {
    return (
      <div id={id}>
        <GeometryProblems error={problem.error} kind="road" />
      </div>
    );
  }
  const codes = t("errors.codes", { returnObjects: true }) as Record<string, string>;
  return (
    <div className="field-problem" id={id}>
      <p>{codes[problem.error.code] ?? t("errors.title")}</p>
      <details className="server-message">
        <summary>{t("errors.technicalDetails")}</summary>
        <p lang="en" dir="ltr">
          {problem.message}
        </p>
      </details>
    </div>
  );
}

/** A deadline day: a date typed year first, or a number of days after an anchor event. */
export function DayRefField({
  id,
  legend,
  value,
  onChange,
  anchors,
  problem,
}: {
  id: string;
  legend: string;
  value: DayRefForm;
  onChange: (v: DayRefForm) => void;
  anchors: readonly AnchorChoice[];
  problem: Problem | undefined;
}) {
  const { t } = useTranslation();
  const problemId = `${id}-problem`;
  const described = problem ? problemId : undefined;
  return (
    <fieldset className="field dayref-field" aria-describedby={described}>
      <legend>{legend}</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t("commitments.form.dayKind")}</label>
          <select
            id={`${id}-kind`}
            value={value.kind}
            onChange={(e) => onChange({ ...value, kind: e.target.value as DayRefForm["kind"] })}
          >
            <option value="anchor">{t("commitments.form.byAnchor")}</option>
            <option value="date">{t("commitments.form.byDate")}</option>
          </select>
        </div>
        {value.kind === "date" ? (
          <div className="field">
            <label htmlFor={`${id}-date`}>{t("commitments.form.date")}</label>
            <DayField
              id={`${id}-date`}
              value={value.date}
              invalid={problem !== undefined}
              {...(described ? { describedBy: described } : {})}
              onChange={(v) => onChange({ ...value, date: v })}
            />
          </div>
        ) : (
          <>
            <div className="field">
              <label htmlFor={`${id}-anchor`}>{t("commitments.form.anchor")}</label>
              <select
                id={`${id}-anchor`}
                value={value.anchor}
                onChange={(e) => onChange({ ...value, anchor: e.target.value })}
              >
                {anchors.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.code}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-offset`}>{t("commitments.form.offset")}</label>
              <input
                id={`${id}-offset`}
                inputMode="numeric"
                dir="ltr"
                className="input-short"
                value={value.offset}
                aria-invalid={problem ? true : undefined}
                aria-describedby={described}
                onChange={(e) => onChange({ ...value, offset: e.target.value })}
              />
            </div>
          </>
        )}
      </div>
      <ProblemText id={problemId} problem={problem} />
    </fieldset>
  );
}

/** A timetable's phases, in order, each with its titles and its own deadline. */
export function PhasesField({
  phases,
  onChange,
  anchors,
  problemOf,
}: {
  phases: PhaseForm[];
  onChange: (phases: PhaseForm[]) => void;
  anchors: readonly AnchorChoice[];
  problemOf: (i: number) => Problem | undefined;
}) {
  const { t } = useTranslation();
  const set = (i: number, p: PhaseForm) => onChange(phases.map((q, j) => (j === i ? p : q)));
  return (
    <fieldset className="field phases-field">
      <legend>{t("commitments.form.phases")}</legend>
      <p className="hint">{t("commitments.form.phasesHint")}</p>
      <ol className="phase-inputs">
        {phases.map((p, i) => {
          const problem = problemOf(i);
          const titleProblem = problem?.kind === "phaseTitle";
          return (
            <li key={p.key} data-testid="phase-input">
              <h3 className="phase-input-title">{t("commitments.form.phaseN", { n: i + 1 })}</h3>
              <TwoLanguageFields
                id={`phase-${i}-title`}
                labelEn={t("commitments.form.titleEn")}
                labelAr={t("commitments.form.titleAr")}
                value={{ en: p.titleEn, ar: p.titleAr }}
                onChange={(v) => set(i, { ...p, titleEn: v.en, titleAr: v.ar })}
              />
              {titleProblem && <ProblemText id={`phase-${i}-title-problem`} problem={problem} />}
              <DayRefField
                id={`phase-${i}-deadline`}
                legend={t("commitments.form.phaseDeadline")}
                value={p.deadline}
                onChange={(d) => set(i, { ...p, deadline: d })}
                anchors={anchors}
                problem={titleProblem ? undefined : problem}
              />
              <button
                type="button"
                className="button secondary"
                onClick={() => onChange(phases.filter((_, j) => j !== i))}
              >
                {t("commitments.form.removePhase", { n: i + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button secondary"
        id="add-phase"
        onClick={() =>
          onChange([
            ...phases,
            {
              key: nextPhaseKey(phases),
              titleEn: "",
              titleAr: "",
              deadline: emptyDayRef(anchors[0]?.code ?? "D"),
            },
          ])
        }
      >
        {t("commitments.form.addPhase")}
      </button>
    </fieldset>
  );
}
