/**
 * A form's sending: busy while it goes, the refusal kept to show, and the Idempotency-Key of this
 * submission. `fn` is given that key as headers; a route that takes one (a creation the server
 * must not make twice) passes them on, a form that sends no key simply ignores them. The key is
 * made once and kept until the server accepts the submission, so that a retry after a lost answer
 * (a network error, a double click) makes nothing twice; the next submission gets a new one
 * (decision 0016).
 */
import { useState } from "react";
import { newIdempotencyKey } from "../outbox/outbox-store.js";

export function useSend() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  /** `fn` receives the headers carrying this submission's key; `onDone` runs once it succeeded. */
  const send = async (
    fn: (opts: { headers: Record<string, string> }) => Promise<unknown>,
    onDone?: () => void,
  ) => {
    setBusy(true);
    setError(null);
    try {
      await fn({ headers: { "idempotency-key": key } });
      setKey(newIdempotencyKey());
      onDone?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, send };
}
