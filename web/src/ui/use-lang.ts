import { useTranslation } from "react-i18next";
import type { UiLanguage } from "../i18n/index.js";

/** The interface language, re-rendering when it changes. */
export function useLang(): UiLanguage {
  const { i18n } = useTranslation();
  return i18n.language === "ar" ? "ar" : "en";
}
