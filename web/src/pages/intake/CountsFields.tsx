import { useTranslation } from "react-i18next";
import { REPORT_COUNT_KINDS } from "../../vocabulary.js";
import type { FieldKit } from "./field-kit.js";

/** Explosions, projectiles, bursts, shots and flares observed: optional, whole numbers. */
export function CountsFields({ kit }: { kit: FieldKit }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t("intake.section.counts")}</legend>
      <div className="counts-grid">
        {REPORT_COUNT_KINDS.map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`count-${k}`}>{t(`counts.${k}`)}</label>
            <input
              id={`count-${k}`}
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              value={kit.form.counts[k]}
              onChange={(e) =>
                kit.update((f) => ({ ...f, counts: { ...f.counts, [k]: e.target.value } }))
              }
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
