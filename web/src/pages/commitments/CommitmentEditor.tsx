/**
 * The commitment form, for entering one (the chief, analysts) and for editing it: its clause,
 * type, titles and description in both languages, the parties it obliges, its target, its
 * deadlines (complete by a day, or within N days of a start-by day, each day a date or days after
 * an anchor event such as D), a timetable's phases, what it waits for, and whether the public
 * scoreboard shows it. Each field's problem is shown beside it, before sending and as the server
 * refused it (a dependency cycle only the server sees).
 */
import { useAllCommitments } from "./all-commitments.js";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import { PartyShort } from "../../ui/display.js";
import { ErrorNotice } from "../../ui/notices.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { TwoLanguageFields } from "../../ui/TwoLanguageFields.js";
import { useApi } from "../../use-api.js";
import { useParties } from "../../parties.js";
import { COMMITMENT_TYPES, type CommitmentType } from "../../../../src/domain/commitments.js";
import {
  checkForm,
  refusedFields,
  type CommitmentBody,
  type CommitmentForm,
  type Problems,
} from "./commitment-form.js";
import { DayRefField, PhasesField, ProblemText } from "./commitment-form-parts.js";
import { TargetField } from "./TargetField.js";

/** Which field's problem a changed value answers. */
const FIELD_OF: Record<string, string> = {
  titleEn: "title",
  titleAr: "title",
  targetKind: "target",
  quantity: "target",
  unit: "target",
  geometry: "target",
  completion: "deadline",
};

export function CommitmentEditor({
  initial,
  selfId,
  submitLabel,
  onSubmit,
}: {
  initial: CommitmentForm;
  /** The commitment edited (not offered as its own dependency). */
  selfId?: string;
  submitLabel: string;
  onSubmit: (body: CommitmentBody) => Promise<void>;
}) {
  const { t } = useTranslation();
  const parties = useParties();
  const agreements = useApi(["agreements"], (signal) => get("/agreements", { signal }));
  const anchorsRead = useApi(["commitment-anchors"], (signal) =>
    get("/commitment-anchors", { signal }).then((r) => r.items),
  );
  const existing = useAllCommitments();
  const [form, setForm] = useState<CommitmentForm>(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const anchors = anchorsRead.state === "ok" ? anchorsRead.data : [];
  const provisions =
    agreements.state === "ok" ? agreements.data.items.flatMap((a) => a.provisions) : [];
  const set = (patch: Partial<CommitmentForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    // A field changed is no longer the one refused: its problem goes until the next check.
    const touched = new Set(Object.keys(patch).map((k) => FIELD_OF[k] ?? k));
    setProblems((p) => {
      const left = Object.entries(p).filter(
        ([field]) => !touched.has(field.startsWith("phases.") ? "phases" : field),
      );
      return left.length === Object.keys(p).length ? p : Object.fromEntries(left);
    });
  };
  const toggle = (list: string[], v: string, on: boolean) =>
    on ? [...list, v] : list.filter((x) => x !== v);
  const described = (field: keyof Problems) => (problems[field] ? `${field}-problem` : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const checked = checkForm(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      await onSubmit(checked.body);
    } catch (err) {
      const byField = refusedFields(err);
      setProblems(byField);
      setError(Object.keys(byField).length > 0 ? null : err);
      requestAnimationFrame(() => summaryRef.current?.focus());
      setBusy(false);
    }
  };

  const count = Object.keys(problems).length;
  return (
    <form onSubmit={(e) => void submit(e)} className="commitment-form" noValidate>
      {count > 0 && (
        <div
          className="notice notice-error"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          data-testid="form-problems"
        >
          <p className="notice-title">{t("commitments.problem.summary", { count })}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor="c-clause">{t("commitments.form.clause")}</label>
        <select
          id="c-clause"
          value={form.clause}
          aria-invalid={problems.clause ? true : undefined}
          aria-describedby={described("clause")}
          onChange={(e) => set({ clause: e.target.value })}
        >
          <option value="">{t("commitments.form.chooseClause")}</option>
          {provisions.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code}
            </option>
          ))}
        </select>
        <ProblemText id="clause-problem" problem={problems.clause} />
      </div>
      <div className="field">
        <label htmlFor="c-type">{t("commitments.form.type")}</label>
        <select
          id="c-type"
          value={form.type}
          onChange={(e) => set({ type: e.target.value as CommitmentType })}
        >
          {COMMITMENT_TYPES.map((k) => (
            <option key={k} value={k}>
              {t(`commitments.type.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <TwoLanguageFields
        id="c-title"
        labelEn={t("commitments.form.titleEn")}
        labelAr={t("commitments.form.titleAr")}
        value={{ en: form.titleEn, ar: form.titleAr }}
        onChange={(v) => set({ titleEn: v.en, titleAr: v.ar })}
      />
      <ProblemText id="title-problem" problem={problems.title} />
      <TwoLanguageFields
        id="c-description"
        labelEn={t("commitments.form.descriptionEn")}
        labelAr={t("commitments.form.descriptionAr")}
        value={{ en: form.descriptionEn, ar: form.descriptionAr }}
        onChange={(v) => set({ descriptionEn: v.en, descriptionAr: v.ar })}
        rows={2}
      />
      <fieldset className="field" aria-describedby={described("obliged")}>
        <legend>{t("commitments.form.parties")}</legend>
        {parties.map((p) => (
          <label key={p.code} className="checkbox">
            <input
              type="checkbox"
              checked={form.obliged.includes(p.code)}
              onChange={(e) => set({ obliged: toggle(form.obliged, p.code, e.target.checked) })}
            />{" "}
            <PartyShort code={p.code} />
          </label>
        ))}
        <ProblemText id="obliged-problem" problem={problems.obliged} />
      </fieldset>
      <div className="field">
        <label htmlFor="c-beneficiaries">{t("commitments.form.beneficiaries")}</label>
        <input
          id="c-beneficiaries"
          dir="auto"
          value={form.beneficiaries}
          onChange={(e) => set({ beneficiaries: e.target.value })}
        />
      </div>
      <TargetField value={form} onChange={set} problem={problems.target} />
      <fieldset className="field deadlines-field">
        <legend>{t("commitments.form.deadlines")}</legend>
        <div className="choice-row">
          {(["by", "within"] as const).map((k) => (
            <label key={k} className="checkbox">
              <input
                type="radio"
                name="completion"
                value={k}
                checked={form.completion === k}
                onChange={() => set({ completion: k })}
              />{" "}
              {t(`commitments.form.completion.${k}`)}
            </label>
          ))}
        </div>
        {form.completion === "by" ? (
          <DayRefField
            id="c-deadline"
            legend={t("commitments.form.completeBy")}
            value={form.deadline}
            onChange={(d) => set({ deadline: d })}
            anchors={anchors}
            problem={problems.deadline}
          />
        ) : (
          <div className="field">
            <label htmlFor="c-within">{t("commitments.form.withinDays")}</label>
            <input
              id="c-within"
              inputMode="numeric"
              dir="ltr"
              className="input-short"
              value={form.withinDays}
              aria-invalid={problems.withinDays ? true : undefined}
              aria-describedby={described("withinDays")}
              onChange={(e) => set({ withinDays: e.target.value })}
            />
            <ProblemText id="withinDays-problem" problem={problems.withinDays} />
          </div>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            id="c-has-start"
            checked={form.hasStartBy || form.completion === "within"}
            disabled={form.completion === "within"}
            onChange={(e) => set({ hasStartBy: e.target.checked })}
          />{" "}
          {t("commitments.form.hasStartBy")}
        </label>
        {(form.hasStartBy || form.completion === "within") && (
          <DayRefField
            id="c-start"
            legend={t("commitments.form.startBy")}
            value={form.startBy}
            onChange={(d) => set({ startBy: d })}
            anchors={anchors}
            problem={problems.startBy}
          />
        )}
      </fieldset>
      <PhasesField
        phases={form.phases}
        onChange={(phases) => set({ phases })}
        anchors={anchors}
        problemOf={(i) => problems[`phases.${i}`]}
      />
      <fieldset className="field" aria-describedby={described("dependsOn")}>
        <legend>{t("commitments.form.dependsOn")}</legend>
        {existing.state === "ok" &&
          existing.data.items
            .filter((c) => c.id !== selfId)
            .map((c) => (
              <label key={c.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={form.dependsOn.includes(c.id)}
                  onChange={(e) =>
                    set({ dependsOn: toggle(form.dependsOn, c.id, e.target.checked) })
                  }
                />{" "}
                <bdi>{c.reference}</bdi> <TwoLanguageText texts={c.title} compact />
              </label>
            ))}
        {existing.state === "ok" && existing.data.items.length === 0 && (
          <p className="muted">{t("commitments.none")}</p>
        )}
        <ProblemText id="dependsOn-problem" problem={problems.dependsOn} />
      </fieldset>
      <div className="field">
        <label htmlFor="c-body">{t("commitments.form.responsibleBody")}</label>
        <input
          id="c-body"
          dir="auto"
          value={form.responsibleBody}
          onChange={(e) => set({ responsibleBody: e.target.value })}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.isPublic}
          onChange={(e) => set({ isPublic: e.target.checked })}
        />{" "}
        {t("commitments.form.public")}
      </label>
      <button type="submit" className="button primary" disabled={busy}>
        {submitLabel}
      </button>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
