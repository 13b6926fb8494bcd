/**
 * Loading, empty and error states. An error is explained in the interface language from its
 * stable code; the server's own (English) message is only a folded technical detail.
 */
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ApiError, NetworkError } from "../api/client.js";

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="notice notice-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t("common.loading")}
    </p>
  );
}

export function Empty({ children }: { children: string }) {
  return <p className="notice notice-empty">{children}</p>;
}

/**
 * A localized explanation of the error's code. The server's own message (written in English) is
 * shown only where it adds something: when the code has no localized text, or, folded away as a
 * technical detail, when the answer carries particulars.
 */
function errorText(
  error: unknown,
  t: TFunction<"translation">,
): { summary: string; serverMessage: string | null; known: boolean } {
  if (error instanceof NetworkError)
    return { summary: t("errors.network"), serverMessage: null, known: true };
  if (error instanceof ApiError) {
    const codes = t("errors.codes", { returnObjects: true }) as Record<string, string>;
    const known = codes[error.code];
    if (!known) return { summary: t("errors.title"), serverMessage: error.message, known: false };
    // The server's wording of a known code says it again in English; it is worth showing only
    // when the answer carries particulars (which field, which limit).
    const particular = error.details !== undefined && !sameText(known, error.message);
    return { summary: known, serverMessage: particular ? error.message : null, known: true };
  }
  return {
    summary: t("errors.title"),
    serverMessage: error instanceof Error ? error.message : null,
    known: false,
  };
}

const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const sameText = (a: string, b: string) => plain(a) === plain(b);

/** Worth trying again: the link or the server failed, or it asked to wait. A 4xx answer will not change. */
function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof ApiError) return error.status >= 500 || error.status === 429;
  return false;
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { summary, serverMessage, known } = errorText(error, t);
  // A fault, or a refusal the interface has no words for: worth a reference to quote.
  const reference =
    error instanceof ApiError && (error.status >= 500 || !known) ? error.requestId : undefined;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{summary}</p>
      {/* The server's own words (English) are a technical detail, folded away (docs/language.md). */}
      {(serverMessage || reference) && (
        <details className="server-message">
          <summary>{t("errors.technicalDetails")}</summary>
          {serverMessage && (
            <p lang="en" dir="ltr">
              {serverMessage}
            </p>
          )}
          {reference && (
            <p>
              {t("errors.reference")} <bdi className="mono">{reference}</bdi>
            </p>
          )}
        </details>
      )}
      {onRetry && isRetryable(error) && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}
