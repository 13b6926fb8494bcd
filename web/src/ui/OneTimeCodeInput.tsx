/**
 * The six digits of an authenticator app (TOTP), typed or filled in by the browser. A space in
 * the middle is allowed ("123 456", as apps show it); the caller strips it before sending.
 */
import type { Ref } from "react";

export function OneTimeCodeInput({
  id,
  ref,
  value,
  onChange,
}: {
  id: string;
  ref?: Ref<HTMLInputElement>;
  value: string;
  onChange: (code: string) => void;
}) {
  return (
    <input
      id={id}
      ref={ref}
      name="one-time-code"
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9 ]{6,7}"
      maxLength={7}
      dir="ltr"
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
