/**
 * Setting up the authenticator app: QR code (and the key, for typing), a first code to confirm,
 * then the recovery codes, shown this once.
 */
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import type { TotpEnrolment } from "../../api/types.js";
import { ErrorNotice } from "../../ui/notices.js";
import { OneTimeCodeInput } from "../../ui/OneTimeCodeInput.js";

export function TotpSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const codesRef = useRef<HTMLHeadingElement>(null);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setEnrolment(await post("/auth/totp/enrol"));
      requestAnimationFrame(() => codeRef.current?.focus());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await post("/auth/totp/confirm", {
        code: code.replace(/\s/g, ""),
      });
      setCodes(res.recoveryCodes);
      requestAnimationFrame(() => codesRef.current?.focus());
    } catch (err) {
      setError(err);
      setCode("");
    } finally {
      setBusy(false);
    }
  };

  if (codes) {
    return (
      <section className="form-stack" aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title" ref={codesRef} tabIndex={-1}>
          {t("account.enrol.codesTitle")}
        </h2>
        <p>{t("account.enrol.codesIntro")}</p>
        <ul className="plain-list mono" aria-label={t("account.enrol.codesLabel")} dir="ltr">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="button primary" onClick={onDone}>
          {t("account.enrol.continue")}
        </button>
      </section>
    );
  }

  return (
    <div className="form-stack">
      {error !== null && <ErrorNotice error={error} />}
      {!enrolment ? (
        <button
          type="button"
          className="button primary"
          onClick={() => void start()}
          disabled={busy}
        >
          {busy ? t("account.enrol.starting") : t("account.enrol.start")}
        </button>
      ) : (
        <>
          <img
            className="totp-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
            alt={t("account.enrol.qrLabel")}
            width={200}
            height={200}
          />
          <p>
            {t("account.enrol.manual")}{" "}
            <code dir="ltr" className="totp-key">
              {enrolment.secret.replace(/(.{4})/g, "$1 ").trim()}
            </code>
          </p>
          <form onSubmit={(e) => void confirm(e)} className="form-stack">
            <div className="field">
              <label htmlFor="totp-confirm-code">{t("account.enrol.code")}</label>
              <OneTimeCodeInput
                id="totp-confirm-code"
                ref={codeRef}
                value={code}
                onChange={setCode}
              />
            </div>
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t("account.enrol.confirming") : t("account.enrol.confirm")}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
