/**
 * The interface's two languages and how each writes dates and numbers (docs/language.md): one
 * locale per language, with Western digits (0-9) in both, as the mission's Arabic documents
 * write them. Shared by the web app and the server's composed texts (CSV titles).
 */
export type InterfaceLanguage = "ar" | "en";

const LOCALE: Record<InterfaceLanguage, string> = { ar: "ar-u-nu-latn", en: "en-GB" };

export function localeOf(lang: InterfaceLanguage): string {
  return LOCALE[lang];
}
