/**
 * A password field as every form asks for one: its label, left to right whatever the page's
 * direction, required, and — for a new password — the policy's minimum length, so the browser
 * refuses a short one before the server does. A hint or a problem shows under it, tied to it.
 */
import type { ReactNode } from "react";
import { MIN_PASSWORD_LENGTH } from "../../../src/domain/password-policy.js";

export function PasswordField({
  id,
  label,
  value,
  onChange,
  autoComplete,
  hint,
  problem,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** "new-password" for a password being chosen (gets the minimum length), else the current. */
  autoComplete: "new-password" | "current-password";
  hint?: ReactNode;
  /** Shown instead of the hint, and marks the field invalid. */
  problem?: ReactNode;
}) {
  const note = problem ?? hint;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        dir="ltr"
        required
        {...(autoComplete === "new-password" ? { minLength: MIN_PASSWORD_LENGTH } : {})}
        {...(note ? { "aria-describedby": `${id}-note` } : {})}
        {...(problem ? { "aria-invalid": true } : {})}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {note && (
        <p id={`${id}-note`} className={problem ? "field-problem" : "hint"}>
          {note}
        </p>
      )}
    </div>
  );
}
