/**
 * Content written in Arabic and English (narratives, provisions, names): shown in the interface
 * language where it exists, otherwise in the other language with a visible "translation missing"
 * marker; optionally with a switch to read the other language, and a note when the text shown is
 * not the authoritative one. Which text is shown is decided by src/domain/bilingual.ts.
 */
import { useState, type ElementType } from "react";
import { useTranslation } from "react-i18next";
import { otherLanguage, textFor, type InTwoLanguages } from "../../../src/domain/bilingual.js";
import type { Language } from "../../../src/domain/taxonomy.js";
import { useLang } from "./use-lang.js";

/**
 * One text in two languages. `switchable` offers the other language when it has text too;
 * `authoritative` says, under a translation, which language's text prevails; `compact` (a name in
 * a table or a list) says a missing translation on hover and by a dotted underline, not in words.
 */
export function TwoLanguageText({
  texts,
  as: Tag = "span",
  className,
  switchable = false,
  authoritative,
  compact = false,
}: {
  texts: InTwoLanguages;
  as?: ElementType;
  className?: string;
  switchable?: boolean;
  authoritative?: Language;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const ui = useLang();
  const [chosen, setChosen] = useState<Language | null>(null);
  const shown = textFor(texts, chosen ?? ui);
  if (!shown) return <Tag className={className}>{t("common.none")}</Tag>;
  const other = otherLanguage(shown.lang);
  const canSwitch = switchable && textFor(texts, other)?.lang === other;
  const name = (l: Language) => t(`language.${l}`);
  if (compact) {
    const missing = shown.fallback && shown.lang !== ui;
    return (
      <span
        className={[className, missing ? "translation-fallback" : ""].filter(Boolean).join(" ")}
        lang={shown.lang}
        dir="auto"
        title={missing ? t("bilingual.missing", { language: name(shown.lang) }) : undefined}
      >
        {shown.text}
      </span>
    );
  }
  const marker =
    shown.fallback && shown.lang !== ui ? (
      <span className="translation-missing">
        {t("bilingual.missing", { language: name(shown.lang) })}
      </span>
    ) : null;
  const note =
    authoritative && authoritative !== shown.lang ? (
      <span className="translation-note">
        {t("bilingual.translation", { language: name(authoritative) })}
      </span>
    ) : null;
  if (!switchable && !note && Tag === "span") {
    return (
      <span className={className}>
        <span lang={shown.lang} dir="auto">
          {shown.text}
        </span>
        {marker && <> {marker}</>}
      </span>
    );
  }
  return (
    <div className="two-languages">
      {(marker || note || canSwitch) && (
        <p className="two-languages-bar">
          {marker}
          {note}
          {canSwitch && (
            <button type="button" className="link-button" onClick={() => setChosen(other)}>
              {t("bilingual.readIn", { language: name(other) })}
            </button>
          )}
        </p>
      )}
      <Tag className={className} lang={shown.lang} dir="auto">
        {shown.text}
      </Tag>
    </div>
  );
}
