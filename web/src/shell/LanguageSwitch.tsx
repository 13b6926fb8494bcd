import { useTranslation } from "react-i18next";
import { setLanguage } from "../i18n/index.js";
import { useLang } from "../ui/use-lang.js";

/** Shows the other language, in that language: "العربية" in English, "English" in Arabic. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const other = lang === "ar" ? "en" : "ar";
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      title={t("app.switchLanguageLabel")}
      onClick={() => void setLanguage(other)}
    >
      {t("app.switchLanguage")}
    </button>
  );
}
