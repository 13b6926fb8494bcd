/** A new enrolment link, shown once: the whole address to hand over, and a button to copy it. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../i18n/format.js";
import { useLang } from "../../ui/use-lang.js";

export function EnrolmentLinkNotice({
  username,
  token,
  expiresAt,
  onDone,
}: {
  username: string;
  token: string;
  expiresAt: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [copied, setCopied] = useState(false);
  // The secret rides in the fragment: a browser never sends it to a server or in a Referer.
  const link = `${window.location.origin}/welcome#${token}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="notice notice-success enrolment-link" role="status">
      <p className="notice-title">{t("userAdmin.link.title", { username })}</p>
      <p>{t("userAdmin.link.intro", { username, time: formatDateTime(expiresAt, lang) })}</p>
      <label htmlFor={`link-${username}`} className="visually-hidden">
        {t("userAdmin.link.label")}
      </label>
      <input
        id={`link-${username}`}
        className="mono"
        dir="ltr"
        readOnly
        value={link}
        onFocus={(e) => e.target.select()}
      />
      <div className="button-row">
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {t("userAdmin.link.copy")}
        </button>
        {copied && <span>{t("userAdmin.link.copied")}</span>}
        <button type="button" className="button primary" onClick={onDone}>
          {t("userAdmin.link.done")}
        </button>
      </div>
    </div>
  );
}
