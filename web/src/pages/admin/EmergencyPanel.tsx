/**
 * The emergency switches: read-only mode (its state as /health tells it) and ending every
 * session, which logs this administrator out too.
 */
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import { formatDateTime } from "../../i18n/format.js";
import { useSession } from "../../session.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { ReasonedAction } from "./ReasonedAction.js";

export function EmergencyPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const { refresh } = useSession();
  const health = useApi(["health"], (signal) => get("/health", { signal }));

  const switchReadOnly = async (enabled: boolean, reason: string) => {
    await post("/admin/emergency/read-only", { enabled, reason });
    health.reload();
  };
  const revokeAll = async (reason: string) => {
    await post("/admin/emergency/revoke-all-sessions", { reason });
    // This session ended with the others: the app goes back to the login page.
    await refresh();
  };

  return (
    <section className="panel emergency-panel" aria-labelledby="emergency-title">
      <h2 id="emergency-title" className="panel-title">
        {t("admin.emergency.title")}
      </h2>
      <h3>{t("admin.emergency.readOnlyTitle")}</h3>
      <p className="muted">{t("admin.emergency.readOnlyIntro")}</p>
      {health.state === "loading" && <Loading />}
      {health.state === "error" && <ErrorNotice error={health.error} onRetry={health.reload} />}
      {health.state === "ok" && (
        <>
          {health.data.readOnly.enabled ? (
            <div className="notice notice-warning" role="status">
              <p className="notice-title">
                {t("admin.emergency.stateOn", {
                  time: health.data.readOnly.since
                    ? formatDateTime(health.data.readOnly.since, lang)
                    : "—",
                })}
              </p>
              {health.data.readOnly.reason && (
                <p>
                  {t("admin.emergency.stateOnReason")}{" "}
                  <bdi dir="auto">{health.data.readOnly.reason}</bdi>
                </p>
              )}
            </div>
          ) : (
            <p className="notice notice-info" role="status">
              {t("admin.emergency.stateOff")}
            </p>
          )}
          <ReasonedAction
            key={String(health.data.readOnly.enabled)}
            id="read-only"
            reasonLabel={t("admin.emergency.reason")}
            submit={
              health.data.readOnly.enabled
                ? t("admin.emergency.switchOff")
                : t("admin.emergency.switchOn")
            }
            submitting={t("admin.emergency.switching")}
            onSubmit={(reason) => switchReadOnly(!health.data.readOnly.enabled, reason)}
          />
        </>
      )}
      <h3>{t("admin.emergency.revokeTitle")}</h3>
      <p className="muted">{t("admin.emergency.revokeIntro")}</p>
      <ReasonedAction
        id="revoke-all"
        reasonLabel={t("admin.emergency.reason")}
        confirm={t("admin.emergency.revokeConfirm")}
        submit={t("admin.emergency.revoke")}
        submitting={t("admin.emergency.revoking")}
        danger
        onSubmit={revokeAll}
      />
    </section>
  );
}
