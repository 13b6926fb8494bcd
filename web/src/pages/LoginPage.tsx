import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../session.js";
import { LoginFrame } from "../shell/LoginFrame.js";
import { ErrorNotice } from "../ui/notices.js";
import { OneTimeCodeInput } from "../ui/OneTimeCodeInput.js";
import { useLang } from "../ui/use-lang.js";

export function LoginPage({ error: bootError }: { error?: unknown }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { login, completeSecondFactor } = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [challenge, setChallenge] = useState<string | null>(null);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(bootError ?? null);
  const errorRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = t("app.pageTitle", {
      page: challenge ? t("account.login.codeTitle") : t("login.title"),
    });
  }, [t, challenge]);

  useEffect(() => {
    if (challenge) codeRef.current?.focus();
  }, [challenge, useRecovery]);

  const fail = (err: unknown) => {
    setError(err);
    setBusy(false);
    requestAnimationFrame(() => errorRef.current?.focus());
  };

  const submitPassword = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const step = await login(username.trim(), password);
      if (step.kind === "secondFactor") {
        setChallenge(step.challenge);
        setPassword("");
        setBusy(false);
      }
    } catch (err) {
      fail(err);
    }
  };

  const submitCode = async (e: FormEvent) => {
    e.preventDefault();
    if (!challenge) return;
    setBusy(true);
    setError(null);
    try {
      await completeSecondFactor(
        challenge,
        useRecovery ? { recoveryCode: code.trim() } : { code: code.replace(/\s/g, "") },
      );
    } catch (err) {
      setCode("");
      fail(err);
    }
  };

  const startOver = () => {
    setChallenge(null);
    setCode("");
    setError(null);
    setUseRecovery(false);
  };

  return (
    <LoginFrame>
      <h1 className="page-title">{challenge ? t("account.login.codeTitle") : t("login.title")}</h1>
      <p className="muted">
        {!challenge
          ? t("login.intro")
          : useRecovery
            ? t("account.login.recoveryIntro")
            : t("account.login.codeIntro")}
      </p>
      {error !== null && (
        <div ref={errorRef} tabIndex={-1}>
          <ErrorNotice error={error} />
        </div>
      )}
      {!challenge ? (
        <form onSubmit={(e) => void submitPassword(e)} className="form-stack">
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
      ) : (
        <form onSubmit={(e) => void submitCode(e)} className="form-stack">
          <div className="field">
            <label htmlFor="login-code">
              {useRecovery ? t("account.login.recoveryCode") : t("account.login.code")}
            </label>
            {useRecovery ? (
              <input
                id="login-code"
                ref={codeRef}
                name="recovery-code"
                autoComplete="one-time-code"
                inputMode="text"
                maxLength={64}
                dir="ltr"
                required
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            ) : (
              <OneTimeCodeInput id="login-code" ref={codeRef} value={code} onChange={setCode} />
            )}
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("account.login.verifying") : t("account.login.verify")}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setCode("");
            }}
          >
            {useRecovery ? t("account.login.useCode") : t("account.login.useRecovery")}
          </button>
          <button type="button" className="button secondary" onClick={startOver}>
            {t("account.login.startOver")}
          </button>
        </form>
      )}
      <p className="login-public">
        {t("login.publicIntro")} <a href={`/portal/${lang}`}>{t("login.publicPortal")}</a>
      </p>
    </LoginFrame>
  );
}
