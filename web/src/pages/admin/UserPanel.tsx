/** One user, as an administrator manages them: their sessions (end one), their second factor. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, get, post } from "../../api/client.js";
import type { UserOverview } from "../../api/admin-types.js";
import type { SessionInfo } from "../../api/types.js";
import { formatDateTime } from "../../i18n/format.js";
import { DateTime } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { ReasonedAction } from "./ReasonedAction.js";

export function UserPanel({ user, onChanged }: { user: UserOverview; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sessions = useApi(["admin-users", user.id, "sessions"], (signal) =>
    get(`/admin/users/${user.id}/sessions`, { signal }).then((r) => r.items),
  );
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const names = { username: user.username };

  const end = async (s: SessionInfo) => {
    setError(null);
    setDone(null);
    try {
      await api("DELETE", `/admin/sessions/${s.id}`);
      setDone(t("admin.sessions.ended"));
      // the change read the user's sessions again (query-client.ts); the counts too
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const reset = async (reason: string) => {
    setDone(null);
    await post(`/admin/users/${user.id}/second-factor/reset`, { reason });
    setDone(t("admin.reset.done", names));
    onChanged();
  };

  return (
    <div className="user-panel">
      <h3 id={`sessions-${user.id}`}>{t("admin.sessions.title", names)}</h3>
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {sessions.state === "loading" && <Loading />}
      {sessions.state === "error" && (
        <ErrorNotice error={sessions.error} onRetry={sessions.reload} />
      )}
      {sessions.state === "ok" &&
        (sessions.data.length === 0 ? (
          <p className="muted">{t("admin.sessions.none")}</p>
        ) : (
          <ul className="plain-list session-list" aria-labelledby={`sessions-${user.id}`}>
            {sessions.data.map((s) => (
              <li key={s.id}>
                <span>
                  <DateTime iso={s.createdAt} />
                  {s.current && <strong> · {t("admin.sessions.yours")}</strong>}
                  {" · "}
                  <bdi dir="ltr">{s.userAgent ?? t("account.sessions.unknown")}</bdi>
                  {" · "}
                  <bdi dir="ltr">{s.ip ?? t("account.sessions.unknown")}</bdi>
                </span>
                <button
                  type="button"
                  className="button secondary"
                  aria-label={t("admin.sessions.endLabel", {
                    time: formatDateTime(s.createdAt, lang),
                  })}
                  onClick={() => void end(s)}
                >
                  {t("admin.sessions.end")}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <h3>{t("admin.reset.title")}</h3>
      {user.secondFactorEnrolled ? (
        <>
          <p className="muted">{t("admin.reset.intro")}</p>
          <ReasonedAction
            id={`reset-${user.id}`}
            reasonLabel={t("admin.reset.reason")}
            confirm={t("admin.reset.confirm", names)}
            submit={t("admin.reset.submit")}
            submitting={t("admin.reset.submitting")}
            danger
            onSubmit={reset}
          />
        </>
      ) : (
        <p className="muted">{t("admin.reset.notEnrolled", names)}</p>
      )}
    </div>
  );
}
