/** What every section of the intake form needs: the values, a setter, and problem reporting. */
import type { ReportForm, FormField } from "./report-form.js";

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
