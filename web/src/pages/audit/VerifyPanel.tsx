/** "Verify the chain": recomputes the audit chain on the server and says the result in words. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { AuditVerification } from "../../api/admin-types.js";
import { formatDateTime, formatNumber } from "../../i18n/format.js";
import { ErrorNotice } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";

type State =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; result: AuditVerification; at: string }
  | { kind: "error"; error: unknown };

export function VerifyPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, setState] = useState<State>({ kind: "idle" });
  const run = async () => {
    setState({ kind: "running" });
    try {
      const result = await get("/audit/verify");
      setState({ kind: "done", result, at: new Date().toISOString() });
    } catch (error) {
      setState({ kind: "error", error });
    }
  };
  return (
    <section className="panel" aria-labelledby="verify-title">
      <h2 id="verify-title" className="panel-title">
        {t("audit.verify.title")}
      </h2>
      <p className="muted">{t("audit.verify.intro")}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => void run()}
          disabled={state.kind === "running"}
        >
          {state.kind === "running" ? t("audit.verify.running") : t("audit.verify.button")}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.kind === "done" && <Outcome result={state.result} />}
        {state.kind === "done" && (
          <p className="hint">
            {t("audit.verify.checkedAt", { time: formatDateTime(state.at, lang) })}
          </p>
        )}
      </div>
      {state.kind === "error" && <ErrorNotice error={state.error} onRetry={() => void run()} />}
    </section>
  );
}

function Outcome({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (result.ok) {
    return (
      <p className="notice notice-success">
        {t("audit.verify.intact", {
          entries: formatNumber(result.entries, lang),
          rows: formatNumber(result.rowsChecked, lang),
        })}
      </p>
    );
  }
  const seq = result.problem?.seq;
  return (
    <div className="notice notice-error">
      <p className="notice-title">
        {seq != null
          ? t("audit.verify.broken", { seq: formatNumber(seq, lang) })
          : t("audit.verify.brokenNoEntry")}
      </p>
      <p>{t("audit.verify.meaning")}</p>
      {result.problem && (
        <p>
          {t("audit.verify.reason")}{" "}
          {/* The server's own words, in English: kept in their direction inside Arabic. */}
          <bdi lang="en" dir="ltr">
            {result.problem.reason}
          </bdi>
        </p>
      )}
    </div>
  );
}
