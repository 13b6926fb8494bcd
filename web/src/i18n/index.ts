/**
 * Interface language: Arabic or English, switchable at any time. The choice is kept in the
 * browser; <html lang dir> follow it so that the whole layout mirrors in Arabic.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { ar } from "./ar.js";
import { en, type Messages } from "./en.js";

export type UiLanguage = "ar" | "en";

const STORAGE_KEY = "cfm.language";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}

function initialLanguage(): UiLanguage {
  const saved = safeGet(STORAGE_KEY);
  if (saved === "ar" || saved === "en") return saved;
  return navigator.language.toLowerCase().startsWith("ar") ? "ar" : "en";
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function applyDocumentLanguage(lang: UiLanguage): void {
  const html = document.documentElement;
  html.lang = lang;
  html.dir = lang === "ar" ? "rtl" : "ltr";
}

export async function initI18n(): Promise<void> {
  const lng = initialLanguage();
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: "en",
    resources: { en: { translation: en }, ar: { translation: ar as Messages } },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  applyDocumentLanguage(lng);
  i18next.on("languageChanged", (l) => applyDocumentLanguage(l === "ar" ? "ar" : "en"));
}

/**
 * The mission's default interface language (its first working language), for a device whose user
 * has not chosen one: it replaces the guess from the browser's language. A choice made with the
 * language switch always wins.
 */
export function applyMissionLanguage(first: UiLanguage): void {
  const saved = safeGet(STORAGE_KEY);
  if (saved !== "ar" && saved !== "en" && i18next.language !== first) {
    void i18next.changeLanguage(first);
  }
}

export async function setLanguage(lang: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18next.changeLanguage(lang);
}
