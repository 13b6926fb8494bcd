/** The user's own e-mail address for notices, their language, and the kinds not wanted by e-mail. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../../api/answers.js";
import { get, put } from "../../api/client.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { noticeKindLabel } from "../inbox/notice-text.js";

type Settings = Answer<"/api/v1/account/notifications", "get">;

export function EmailNoticesSection() {
  const { t } = useTranslation();
  const settings = useApi(["account", "notifications"], (signal) =>
    get("/account/notifications", { signal }),
  );
  return (
    <section aria-labelledby="account-email" className="panel">
      <h2 id="account-email">{t("notifications.email.title")}</h2>
      <p className="muted">{t("notifications.email.intro")}</p>
      {settings.state === "loading" && <Loading />}
      {settings.state === "error" && <ErrorNotice error={settings.error} />}
      {settings.state === "ok" && <EmailNoticesForm initial={settings.data} />}
    </section>
  );
}

function EmailNoticesForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initial.email ?? "");
  const [language, setLanguage] = useState<"ar" | "en">(initial.language);
  const [off, setOff] = useState<Settings["emailKindsOff"]>(initial.emailKindsOff);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await put("/account/notifications", {
        email: email.trim() || null,
        language,
        emailKindsOff: off,
      });
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form onSubmit={(e) => void save(e)} className="form-stack">
      {error !== null && <ErrorNotice error={error} />}
      <div className="field">
        <label htmlFor="notice-email">{t("notifications.email.address")}</label>
        <input
          id="notice-email"
          type="email"
          dir="ltr"
          maxLength={254}
          value={email}
          aria-describedby="notice-email-hint"
          onChange={(e) => setEmail(e.target.value)}
        />
        <p id="notice-email-hint" className="muted">
          {t("notifications.email.addressHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="notice-language">{t("notifications.email.language")}</label>
        <select
          id="notice-language"
          value={language}
          onChange={(e) => setLanguage(e.target.value === "ar" ? "ar" : "en")}
        >
          <option value="ar">العربية</option>
          <option value="en">English</option>
        </select>
      </div>
      <fieldset className="field radio-group">
        <legend>{t("notifications.email.kinds")}</legend>
        {initial.kinds.map((k) => (
          <label key={k} className="nowrap">
            <input
              type="checkbox"
              checked={!off.includes(k)}
              onChange={() => setOff((o) => (o.includes(k) ? o.filter((x) => x !== k) : [...o, k]))}
            />{" "}
            {noticeKindLabel(t, k)}
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="button button-primary">
          {t("notifications.email.save")}
        </button>
        {saved && (
          <span role="status" className="muted">
            {" "}
            {t("notifications.email.saved")}
          </span>
        )}
      </div>
    </form>
  );
}
