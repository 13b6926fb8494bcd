/**
 * The provisions a finding cites, each with its wording as in force when the finding was drafted
 * (its version number said): in the reader's language where that text exists, otherwise the
 * agreement's authoritative text, marked as such. Agreements are public texts: the parties read
 * them in the findings released to them too.
 */
import { useTranslation } from "react-i18next";
import type { IncidentDetail } from "../../api/types.js";
import { useLang } from "../../ui/use-lang.js";

export type CitedProvision = IncidentDetail["citedProvisions"][number];

export function CitedProvisions({
  codes,
  cited,
}: {
  codes: readonly string[];
  cited: readonly CitedProvision[];
}) {
  return (
    <ul className="cited-provisions">
      {codes.map((code) => (
        <CitedProvisionItem key={code} code={code} cited={cited.find((c) => c.code === code)} />
      ))}
    </ul>
  );
}

function CitedProvisionItem({ code, cited }: { code: string; cited: CitedProvision | undefined }) {
  const { t } = useTranslation();
  const reader = useLang();
  const name = (l: "en" | "ar") => t(`language.${l}`);
  if (!cited) {
    return (
      <li className="cited-provision">
        <bdi className="mono">{code}</bdi>
      </li>
    );
  }
  const text = (l: "en" | "ar") => (l === "ar" ? cited.textAr : cited.textEn).trim();
  const other = reader === "ar" ? "en" : "ar";
  // The reader's language where it has a text; else the authoritative text (or, when that is
  // empty, whichever language has one).
  const lang = text(reader)
    ? reader
    : text(cited.authoritativeLanguage)
      ? cited.authoritativeLanguage
      : other;
  const isAuthoritative = lang === cited.authoritativeLanguage;
  return (
    <li className="cited-provision">
      <p className="cited-provision-head">
        <bdi className="mono">{code}</bdi>{" "}
        <span className="badge">{t("citedProvisions.version", { n: cited.version })}</span>
      </p>
      {lang !== reader && (
        <p className="translation-missing">
          {isAuthoritative
            ? t("citedProvisions.authoritativeShown", {
                language: name(lang),
                reader: name(reader),
              })
            : t("bilingual.missing", { language: name(lang) })}
        </p>
      )}
      {lang === reader && !isAuthoritative && (
        <p className="translation-note">
          {t("bilingual.translation", { language: name(cited.authoritativeLanguage) })}
        </p>
      )}
      {/* The text isolated in its own direction, the paragraph aligned as the page is. */}
      <p className="cited-provision-text">
        <bdi lang={lang} dir={lang === "ar" ? "rtl" : "ltr"}>
          {text(lang) || t("common.none")}
        </bdi>
      </p>
    </li>
  );
}
