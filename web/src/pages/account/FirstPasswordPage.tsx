/**
 * What a user created with an initial password sees after logging in with it: they choose their
 * own before anything else (the server refuses every other request until then), and go on to
 * set up their second factor.
 */
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import { useSession } from "../../session.js";
import { LoginFrame } from "../../shell/LoginFrame.js";
import { ErrorNotice } from "../../ui/notices.js";
import { MIN_PASSWORD_LENGTH } from "../../../../src/domain/password-policy.js";

export function FirstPasswordPage() {
  const { t } = useTranslation();
  const { refresh, logout } = useSession();
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

  const leave = async () => {
    try {
      await logout();
    } catch (err) {
      setError(err);
    }
  };

  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    autoComplete: string,
    hint?: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        dir="ltr"
        required
        {...(autoComplete === "new-password" ? { minLength: MIN_PASSWORD_LENGTH } : {})}
        {...(hint ? { "aria-describedby": `${id}-hint` } : {})}
        value={value}
        onChange={(e) => set(e.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );

  return (
    <LoginFrame
      actions={
        <button type="button" className="button secondary" onClick={() => void leave()}>
          {t("user.logout")}
        </button>
      }
    >
      <h1 className="page-title">{t("account.firstPassword.title")}</h1>
      <p className="muted">{t("account.firstPassword.intro")}</p>
      {error !== null && <ErrorNotice error={error} />}
      {mismatch && (
        <p className="notice notice-error" role="alert">
          {t("account.firstPassword.mismatch")}
        </p>
      )}
      <form className="form-stack" onSubmit={(e) => void submit(e)}>
        {field(
          "first-password-current",
          t("account.firstPassword.current"),
          current,
          setCurrent,
          "current-password",
        )}
        {field(
          "first-password-new",
          t("account.firstPassword.new"),
          next,
          setNext,
          "new-password",
          t("account.firstPassword.hint"),
        )}
        {field(
          "first-password-again",
          t("account.firstPassword.again"),
          again,
          setAgain,
          "new-password",
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t("account.firstPassword.submitting") : t("account.firstPassword.submit")}
        </button>
      </form>
    </LoginFrame>
  );
}
