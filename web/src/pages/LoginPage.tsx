import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../session.js";
import { LanguageSwitch } from "../shell/LanguageSwitch.js";
import { ErrorNotice } from "../ui/notices.js";

export function LoginPage({ error: bootError }: { error?: unknown }) {
  const { t } = useTranslation();
  const { login } = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(bootError ?? null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = t("app.pageTitle", { page: t("login.title") });
  }, [t]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (err) {
      setError(err);
      setBusy(false);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  };

  return (
    <div className="login-layout">
      <header className="login-top">
        <LanguageSwitch />
      </header>
      <main id="main" className="login-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t("app.name")}</span>
        </div>
        <h1 className="page-title">{t("login.title")}</h1>
        <p className="muted">{t("login.intro")}</p>
        {error !== null && (
          <div ref={errorRef} tabIndex={-1}>
            <ErrorNotice error={error} />
          </div>
        )}
        <form onSubmit={(e) => void submit(e)} className="form-stack">
          <div className="field">
            <label htmlFor="login-username">{t("login.username")}</label>
            <input
              id="login-username"
              name="username"
              autoComplete="username"
              dir="ltr"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t("login.password")}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              dir="ltr"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("login.submitting") : t("login.submit")}
          </button>
        </form>
      </main>
    </div>
  );
}
