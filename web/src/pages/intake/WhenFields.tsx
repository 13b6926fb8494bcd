import { useTranslation } from "react-i18next";
import { DateTimeField } from "../../ui/DateFields.js";
import { FieldProblem, Required, type FieldKit } from "./field-kit.js";

/** The event window, typed in mission time whatever the device's own time zone. */
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
          <DateTimeField
            id="occurredFrom"
            value={form.occurredFrom}
            invalid={kit.invalid("occurredFrom")}
            describedBy={kit.describedBy("occurredFrom", "time-hint")}
            onChange={(v) => set("occurredFrom", v)}
          />
          <FieldProblem kit={kit} field="occurredFrom" />
        </div>
        <div className="field">
          <label htmlFor="occurredTo">
            {t("intake.occurredTo")}
            <Required />
          </label>
          <DateTimeField
            id="occurredTo"
            value={form.occurredTo}
            invalid={kit.invalid("occurredTo")}
            describedBy={kit.describedBy("occurredTo", "time-hint")}
            onChange={(v) => set("occurredTo", v)}
          />
          <FieldProblem kit={kit} field="occurredTo" />
        </div>
      </div>
    </fieldset>
  );
}
