/** Changing one's own password (the server checks the policy; the rule is shown beforehand). */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import { ErrorNotice } from "../../ui/notices.js";
import { PasswordField } from "../../ui/PasswordField.js";

export function PasswordSection() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [ended, setEnded] = useState<number | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setEnded(null);
    try {
      const res = await post("/auth/password", {
        current,
        new: next,
      });
      setEnded(res.otherSessionsEnded);
      setCurrent("");
      setNext("");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="account-password" className="panel">
      <h2 id="account-password">{t("account.password.title")}</h2>
      {error !== null && <ErrorNotice error={error} />}
      {ended !== null && (
        <p className="notice notice-success" role="status">
          {t("account.password.done", { count: ended })}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} className="form-stack">
        <PasswordField
          id="password-current"
          label={t("account.password.current")}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <PasswordField
          id="password-new"
          label={t("account.password.new")}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          hint={t("account.password.hint")}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t("account.password.submitting") : t("account.password.submit")}
        </button>
      </form>
    </section>
  );
}
