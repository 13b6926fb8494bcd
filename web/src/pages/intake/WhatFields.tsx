import { useTranslation } from "react-i18next";
import type { CategoryCode } from "../../api/types.js";
import { useLang } from "../../ui/use-lang.js";
import { categoryLabel, CATEGORY_CODES, CATEGORY_GROUPS } from "../../vocabulary.js";
import { FieldProblem, Required, type FieldKit } from "./field-kit.js";
import { guessLanguage } from "./report-form.js";

/**
 * Category, description and its language. Until the user picks the language, it follows the
 * script being typed.
 */
export function WhatFields({
  kit,
  languageChosen,
  onChooseLanguage,
}: {
  kit: FieldKit;
  languageChosen: boolean;
  onChooseLanguage: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { form, set, update } = kit;
  return (
    <fieldset>
      <legend>{t("intake.section.what")}</legend>
      <div className="field">
        <label htmlFor="category">
          {t("intake.category")}
          <Required />
        </label>
        <select
          id="category"
          value={form.category}
          aria-invalid={kit.invalid("category")}
          aria-describedby={kit.describedBy("category")}
          onChange={(e) => set("category", e.target.value as CategoryCode | "")}
        >
          <option value="">{t("intake.chooseCategory")}</option>
          {CATEGORY_GROUPS.map((g) => (
            <optgroup key={g} label={t(`categoryGroup.${g}`)}>
              {CATEGORY_CODES.filter((c) => c.startsWith(g)).map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c, lang)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldProblem kit={kit} field="category" />
      </div>
      <div className="field">
        <label htmlFor="description">
          {t("intake.description")}
          <Required />
        </label>
        <textarea
          id="description"
          rows={6}
          dir="auto"
          lang={form.language}
          value={form.description}
          aria-invalid={kit.invalid("description")}
          aria-describedby={kit.describedBy("description", "description-hint")}
          onChange={(e) => {
            const text = e.target.value;
            const guess = languageChosen ? null : guessLanguage(text);
            update((f) => ({ ...f, description: text, ...(guess ? { language: guess } : {}) }));
          }}
        />
        <p className="hint" id="description-hint">
          {t("intake.descriptionHint")}
        </p>
        <FieldProblem kit={kit} field="description" />
      </div>
      <fieldset className="radio-group inline">
        <legend>{t("intake.language")}</legend>
        {(["ar", "en"] as const).map((l) => (
          <label key={l}>
            <input
              type="radio"
              name="language"
              value={l}
              checked={form.language === l}
              onChange={() => {
                onChooseLanguage();
                set("language", l);
              }}
            />
            {t(`language.${l}`)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
