import { useTranslation } from "react-i18next";
import { FieldProblem, Required, type FieldKit } from "./field-kit.js";

/** The event window, typed in Libya time whatever the device's own time zone. */
export function WhenFields({ kit }: { kit: FieldKit }) {
  const { t } = useTranslation();
  const { form, set } = kit;
  return (
    <fieldset>
      <legend>{t("intake.section.when")}</legend>
      <p className="hint" id="time-hint">
        {t("intake.timeHint")}
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="occurredFrom">
            {t("intake.occurredFrom")}
            <Required />
          </label>
          <input
            id="occurredFrom"
            type="datetime-local"
            value={form.occurredFrom}
            aria-invalid={kit.invalid("occurredFrom")}
            aria-describedby={kit.describedBy("occurredFrom", "time-hint")}
            onChange={(e) => set("occurredFrom", e.target.value)}
          />
          <FieldProblem kit={kit} field="occurredFrom" />
        </div>
        <div className="field">
          <label htmlFor="occurredTo">
            {t("intake.occurredTo")}
            <Required />
          </label>
          <input
            id="occurredTo"
            type="datetime-local"
            value={form.occurredTo}
            aria-invalid={kit.invalid("occurredTo")}
            aria-describedby={kit.describedBy("occurredTo", "time-hint")}
            onChange={(e) => set("occurredTo", e.target.value)}
          />
          <FieldProblem kit={kit} field="occurredTo" />
        </div>
      </div>
    </fieldset>
  );
}
