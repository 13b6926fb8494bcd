/** The end of a change's form on the gazetteer page: why (kept in the audit log), and the buttons. */
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../ui/notices.js";

export function ReasonAndActions({
  id,
  label,
  reason,
  onReason,
  error,
  submit,
  disabled,
  onCancel,
}: {
  id: string;
  label: string;
  reason: string;
  onReason: (value: string) => void;
  error: unknown;
  /** The submit button's words. */
  submit: string;
  disabled: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          required
          dir="auto"
          maxLength={500}
          value={reason}
          onChange={(e) => onReason(e.target.value)}
        />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={disabled}>
          {submit}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t("gazetteer.position.cancel")}
        </button>
      </div>
    </>
  );
}
