/**
 * Content in the mission's two languages (Arabic and English): which text a reader of one language
 * is shown, and whether it is a stand-in for a missing translation. Pure, so that the server and
 * the web app decide it the same way.
 */
import type { Language } from "./taxonomy.js";

/** A text in each language; an empty (or blank) one is a missing translation. */
export type InTwoLanguages = Partial<Record<Language, string | null>>;

interface ShownText {
  text: string;
  /** The language `text` is written in. */
  lang: Language;
  /** The reader's language had no text: this is the other language's, shown in its place. */
  fallback: boolean;
}

export function otherLanguage(lang: Language): Language {
  return lang === "ar" ? "en" : "ar";
}

function present(text: string | null | undefined): text is string {
  return typeof text === "string" && text.trim() !== "";
}

/** The text for a reader of `lang`, the other language's when it is missing, or null when neither exists. */
export function textFor(texts: InTwoLanguages, lang: Language): ShownText | null {
  if (present(texts[lang])) return { text: texts[lang], lang, fallback: false };
  const other = otherLanguage(lang);
  if (present(texts[other])) return { text: texts[other], lang: other, fallback: true };
  return null;
}

/** The languages in which a text is missing while the other has one. */
export function missingTranslations(texts: InTwoLanguages): Language[] {
  return (["ar", "en"] as const).filter(
    (l) => !present(texts[l]) && present(texts[otherLanguage(l)]),
  );
}

/**
 * The language a text of unknown language is written in, by its letters: Arabic when it has more
 * Arabic letters than Latin ones, English when it has Latin ones, null when it has neither.
 */
export function scriptLanguage(text: string): Language | null {
  const arabic = text.match(/[\u0621-\u064A]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (arabic === 0 && latin === 0) return null;
  return arabic > latin ? "ar" : "en";
}

/**
 * A finding's narratives as stored, drafted or released: `publicNarrative` and
 * `restrictedNarrative` are the English text, the `…Ar` fields the Arabic. A release frozen before
 * findings had two languages has only the first two and no authoritative language: its text is
 * taken to be in the language of its letters, and that language authoritative.
 */
interface NarrativeFields {
  publicNarrative: string;
  restrictedNarrative?: string;
  publicNarrativeAr?: string;
  restrictedNarrativeAr?: string;
  authoritativeLanguage?: string;
}

interface FindingNarratives {
  authoritative: Language;
  public: Record<Language, string>;
  /** Absent when the reader may not see it (a public release). */
  restricted?: Record<Language, string>;
}

export function findingNarratives(f: NarrativeFields): FindingNarratives {
  const hasRestricted =
    f.restrictedNarrative !== undefined || f.restrictedNarrativeAr !== undefined;
  if (f.authoritativeLanguage === "ar" || f.authoritativeLanguage === "en") {
    return {
      authoritative: f.authoritativeLanguage,
      public: { ar: f.publicNarrativeAr ?? "", en: f.publicNarrative },
      ...(hasRestricted
        ? { restricted: { ar: f.restrictedNarrativeAr ?? "", en: f.restrictedNarrative ?? "" } }
        : {}),
    };
  }
  const lang = scriptLanguage(`${f.publicNarrative} ${f.restrictedNarrative ?? ""}`) ?? "en";
  const inOne = (text: string): Record<Language, string> =>
    lang === "ar" ? { ar: text, en: "" } : { ar: "", en: text };
  return {
    authoritative: lang,
    public: inOne(f.publicNarrative),
    ...(hasRestricted ? { restricted: inOne(f.restrictedNarrative ?? "") } : {}),
  };
}
