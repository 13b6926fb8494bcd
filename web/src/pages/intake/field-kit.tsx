/** What every section of the intake form needs: the values, a setter, and problem reporting. */
import type { Dispatch, SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import type { ReportForm, FormField, Problem } from "./report-form.js";

export interface FieldKit {
  form: ReportForm;
  set<K extends keyof ReportForm>(key: K, value: ReportForm[K]): void;
  update(change: (f: ReportForm) => ReportForm): void;
  /** The field has a problem found here or named by the server's refusal. */
  invalid(field: FormField): boolean | undefined;
  /** aria-describedby: the hint, and the problem's text when there is one. */
  describedBy(field: FormField, hint?: string): string | undefined;
  problem(field: FormField): string | null;
}

/** The kit for a form's values, the problems found here and the fields the server refused. */
export function useFieldKit(
  form: ReportForm,
  setForm: Dispatch<SetStateAction<ReportForm>>,
  problems: Problem[],
  badFields: FormField[],
): FieldKit {
  const { t } = useTranslation();
  const problem = (field: FormField) => {
    const p = problems.find((x) => x.field === field);
    return p ? t(`intake.need.${p.need}`) : null;
  };
  return {
    form,
    set: (key, value) => setForm((f) => ({ ...f, [key]: value })),
    update: setForm,
    invalid: (field) =>
      problems.some((p) => p.field === field) || badFields.includes(field) || undefined,
    describedBy: (field, hint) =>
      [hint, problem(field) ? `${field}-problem` : undefined].filter(Boolean).join(" ") ||
      undefined,
    problem,
  };
}

export function Required() {
  return (
    <span className="required" aria-hidden="true">
      {" *"}
    </span>
  );
}

export function FieldProblem({ kit, field }: { kit: FieldKit; field: FormField }) {
  const text = kit.problem(field);
  if (!text) return null;
  return (
    <p className="field-problem" id={`${field}-problem`}>
      {text}
    </p>
  );
}
