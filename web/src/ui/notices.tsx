/** Loading, empty and error states. An error shows what the server said, in its words. */
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

/** A localized explanation of the error's code, then the server's own message. */
export function errorText(
  error: unknown,
  t: TFunction<"translation">,
): { summary: string; serverMessage: string | null } {
  if (error instanceof NetworkError) return { summary: t("errors.network"), serverMessage: null };
  if (error instanceof ApiError) {
    const codes = t("errors.codes", { returnObjects: true }) as Record<string, string>;
    return { summary: codes[error.code] ?? t("errors.title"), serverMessage: error.message };
  }
  return {
    summary: t("errors.title"),
    serverMessage: error instanceof Error ? error.message : null,
  };
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { summary, serverMessage } = errorText(error, t);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{summary}</p>
      {serverMessage && (
        <p className="server-message">
          <span>{t("errors.serverMessage")} </span>
          {/* The server writes its messages in English. */}
          <span lang="en" dir="ltr">
            {serverMessage}
          </span>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}
