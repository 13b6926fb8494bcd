/**
 * The finding editor's narratives: which language is authoritative, then the public and restricted
 * narratives in each language, the authoritative one first. Its public narrative is required (the
 * server's rule, findingProblems()); the other language is optional, and said to be missing.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { otherLanguage } from "../../../../src/domain/bilingual.js";
import type { Language } from "../../../../src/domain/taxonomy.js";
import { Required } from "../intake/field-kit.js";

export interface Narratives {
  /** English */
  publicNarrative: string;
  restrictedNarrative: string;
  publicNarrativeAr: string;
  restrictedNarrativeAr: string;
  authoritativeLanguage: Language;
}

type Kind = "public" | "restricted";
type NarrativeKey = Exclude<keyof Narratives, "authoritativeLanguage">;

const keyOf = (kind: Kind, lang: Language): NarrativeKey =>
  `${kind}Narrative${lang === "ar" ? "Ar" : ""}`;

export function NarrativeFields({
  narratives: n,
  onChange,
  describedBy,
  fieldProblem,
  invalid,
}: {
  narratives: Narratives;
  onChange: (patch: Partial<Narratives>) => void;
  describedBy: (field: string, hint?: string) => string | undefined;
  fieldProblem: (field: string) => ReactNode;
  invalid: (field: string) => boolean;
}) {
  const { t } = useTranslation();
  const auth = n.authoritativeLanguage;
  const name = (l: Language) => t(`language.${l}`);
  const field = (kind: Kind, lang: Language) => {
    const id = `finding-${kind}-${lang}`;
    const key = keyOf(kind, lang);
    const authoritative = lang === auth;
    const translationMissing =
      !authoritative && n[key].trim() === "" && n[keyOf(kind, auth)].trim() !== "";
    const hint = authoritative
      ? t(
          kind === "public"
            ? "findingEditor.publicNarrativeHint"
            : "findingEditor.restrictedNarrativeHint",
        )
      : t(translationMissing ? "findingLanguages.optionalMissing" : "findingLanguages.optional");
    return (
      <div className="field field-wide" key={id}>
        <label htmlFor={id}>
          {t(kind === "public" ? "findingLanguages.publicIn" : "findingLanguages.restrictedIn", {
            language: name(lang),
          })}
          {authoritative && kind === "public" && <Required />}
        </label>
        <textarea
          id={id}
          rows={4}
          lang={lang}
          dir={lang === "ar" ? "rtl" : "ltr"}
          value={n[key]}
          aria-invalid={invalid(id) ? true : undefined}
          aria-describedby={describedBy(id, hint ? `${id}-hint` : undefined)}
          onChange={(e) => onChange({ [key]: e.target.value })}
        />
        {hint && (
          <p id={`${id}-hint`} className={translationMissing ? "hint translation-missing" : "hint"}>
            {hint}
          </p>
        )}
        {fieldProblem(id)}
      </div>
    );
  };
  return (
    <fieldset className="narratives">
      <legend>{t("findingLanguages.legend")}</legend>
      <div className="field">
        <label htmlFor="finding-authoritative">{t("findingLanguages.authoritative")}</label>
        <select
          id="finding-authoritative"
          value={auth}
          aria-describedby="finding-authoritative-hint"
          onChange={(e) => onChange({ authoritativeLanguage: e.target.value as Language })}
        >
          {(["ar", "en"] as const).map((l) => (
            <option key={l} value={l}>
              {name(l)}
            </option>
          ))}
        </select>
        <p id="finding-authoritative-hint" className="hint">
          {t("findingLanguages.authoritativeHint")}
        </p>
      </div>
      <div className="narrative-languages">
        {[auth, otherLanguage(auth)].map((lang) => (
          <div key={lang} className="narrative-language">
            {field("public", lang)}
            {field("restricted", lang)}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
