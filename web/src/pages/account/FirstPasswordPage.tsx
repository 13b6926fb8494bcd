/**
 * What a user created with an initial password sees after logging in with it: they choose their
 * own before anything else (the server refuses every other request until then), and go on to
 * set up their second factor.
 */
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import { useSession } from "../../session.js";
import { LoginFrame, LogoutAction } from "../../shell/LoginFrame.js";
import { ErrorNotice } from "../../ui/notices.js";
import { PasswordField } from "../../ui/PasswordField.js";

export function FirstPasswordPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    document.title = t("app.pageTitle", { page: t("account.firstPassword.title") });
  }, [t]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMismatch(next !== again);
    if (next !== again) return;
    setBusy(true);
    setError(null);
    try {
      await post("/auth/password", { current, new: next });
      await refresh();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <LoginFrame actions={<LogoutAction onError={setError} />}>
      <h1 className="page-title">{t("account.firstPassword.title")}</h1>
      <p className="muted">{t("account.firstPassword.intro")}</p>
      {error !== null && <ErrorNotice error={error} />}
      {mismatch && (
        <p className="notice notice-error" role="alert">
          {t("account.firstPassword.mismatch")}
        </p>
      )}
      <form className="form-stack" onSubmit={(e) => void submit(e)}>
        <PasswordField
          id="first-password-current"
          label={t("account.firstPassword.current")}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <PasswordField
          id="first-password-new"
          label={t("account.firstPassword.new")}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          hint={t("account.firstPassword.hint")}
        />
        <PasswordField
          id="first-password-again"
          label={t("account.firstPassword.again")}
          value={again}
          onChange={setAgain}
          autoComplete="new-password"
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t("account.firstPassword.submitting") : t("account.firstPassword.submit")}
        </button>
      </form>
    </LoginFrame>
  );
}
