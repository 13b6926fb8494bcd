/**
 * Where a new user's enrolment link opens (/welcome#<token>): they choose their password, are
 * logged in with it, and go on to set up their second factor. The token never leaves the
 * fragment but for the one request that spends it.
 */
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { post } from "../../api/client.js";
import { useSession } from "../../session.js";
import { LoginFrame } from "../../shell/LoginFrame.js";
import { ErrorNotice } from "../../ui/notices.js";
import { PasswordField } from "../../ui/PasswordField.js";

export function WelcomePage() {
  const { t } = useTranslation();
  const { login } = useSession();
  const navigate = useNavigate();
  const [token] = useState(() => window.location.hash.slice(1));
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [busy, setBusy] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    document.title = t("app.pageTitle", { page: t("welcome.title") });
    // Out of the address bar (and the history) once read.
    if (window.location.hash) window.history.replaceState(null, "", "/welcome");
  }, [t]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== again) {
      setMismatch(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { username } = await post("/auth/enrolment", { token, password });
      await login(username, password);
      void navigate("/", { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <LoginFrame>
      <h1 className="page-title">{t("welcome.title")}</h1>
      {!token ? (
        <>
          <p className="notice notice-error" role="alert">
            {t("welcome.noToken")}
          </p>
          <a href="/">{t("welcome.toLogin")}</a>
        </>
      ) : (
        <>
          <p className="muted">{t("welcome.intro")}</p>
          {error !== null && <ErrorNotice error={error} />}
          <form className="form-stack" onSubmit={(e) => void submit(e)}>
            <PasswordField
              id="welcome-password"
              label={t("welcome.password")}
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
            />
            <PasswordField
              id="welcome-again"
              label={t("welcome.confirm")}
              value={again}
              onChange={(v) => {
                setAgain(v);
                setMismatch(false);
              }}
              autoComplete="new-password"
              problem={mismatch ? t("welcome.mismatch") : undefined}
            />
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t("welcome.submitting") : t("welcome.submit")}
            </button>
          </form>
        </>
      )}
    </LoginFrame>
  );
}
