/**
 * "Verify the chain": recomputes the audit chain on the server and says the result in words;
 * when it is broken, which entry, which part of it, and the entries around it.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { AuditVerification } from "../../api/admin-types.js";
import { formatDateTime, formatNumber } from "../../i18n/format.js";
import { useUser } from "../../session.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { AuditTable } from "./AuditTable.js";

/** How many entries are shown on each side of a broken one. */
const AROUND = 2;

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
  const problem = result.problem;
  const seq = problem?.seq;
  return (
    <div className="notice notice-error" data-testid="audit-break">
      <p className="notice-title">
        {seq != null
          ? t("audit.verify.broken", { seq: formatNumber(seq, lang) })
          : t("audit.verify.brokenNoEntry")}
      </p>
      {problem && (
        <p data-field={problem.field}>
          <strong>{t(`audit.verify.field.${problem.field}`)}</strong>
          {problem.row && (
            <>
              {" "}
              {t("audit.verify.row")}{" "}
              <bdi dir="ltr" className="mono">
                {problem.row.table}:{problem.row.id}
              </bdi>
            </>
          )}
        </p>
      )}
      <p>{t("audit.verify.meaning")}</p>
      {problem && (
        <p>
          {t("audit.verify.reason")}{" "}
          {/* The server's own words, in English: kept in their direction inside Arabic. */}
          <bdi lang="en" dir="ltr">
            {problem.reason}
          </bdi>
        </p>
      )}
      {seq != null && <AroundBreak seq={seq} />}
    </div>
  );
}

/** The entries just before and after a broken one, the broken one marked. */
function AroundBreak({ seq }: { seq: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useUser();
  const title = t("audit.verify.around", { seq: formatNumber(seq, lang) });
  const around = useApi(["audit", "around", seq], (signal) =>
    get("/audit", {
      query: { order: "asc", after: Math.max(0, seq - AROUND - 1), limit: 2 * AROUND + 1 },
      signal,
    }),
  );
  return (
    <div className="audit-around">
      <h3>{title}</h3>
      {around.state === "loading" && <Loading />}
      {around.state === "error" && <ErrorNotice error={around.error} onRetry={around.reload} />}
      {around.state === "ok" && (
        <AuditTable entries={around.data.items} user={user} broken={seq} caption={title} />
      )}
    </div>
  );
}
