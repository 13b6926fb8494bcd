/**
 * An administrator's action that needs a reason (kept in the audit log) and, where it cannot be
 * undone, a ticked confirmation: the button does nothing until both are there.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../ui/notices.js";

export function ReasonedAction({
  id,
  reasonLabel,
  confirm,
  submit,
  submitting,
  danger,
  onSubmit,
}: {
  id: string;
  reasonLabel: string;
  /** The sentence the administrator ticks to confirm; none for an action that can be undone. */
  confirm?: string;
  submit: string;
  submitting: string;
  danger?: boolean;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
      setReason("");
      setConfirmed(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form-stack reasoned-action" onSubmit={(e) => void send(e)}>
      <div className="field field-wide">
        <label htmlFor={`${id}-reason`}>{reasonLabel}</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          dir="auto"
          maxLength={500}
          value={reason}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-missing` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
        />
        {missing && (
          <p id={`${id}-missing`} className="field-problem">
            {t("admin.emergency.needReason")}
          </p>
        )}
      </div>
      {confirm && (
        <label className="choice">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
          />
          {confirm}
        </label>
      )}
      <div>
        <button
          type="submit"
          className={danger ? "button danger" : "button primary"}
          disabled={busy || (confirm !== undefined && !confirmed)}
        >
          {busy ? submitting : submit}
        </button>
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
