/** The user's active sessions, with a way to end any of them. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, get } from "../../api/client.js";
import type { SessionInfo } from "../../api/types.js";
import { formatDateTime } from "../../i18n/format.js";
import { useSession } from "../../session.js";
import { DateTime } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";

export function SessionsSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const { refresh } = useSession();
  const sessions = useApi(["sessions", "mine"], (signal) => get("/auth/sessions", { signal }));
  const [error, setError] = useState<unknown>(null);

  const end = async (s: SessionInfo) => {
    setError(null);
    try {
      await api("DELETE", `/auth/sessions/${s.id}`);
      if (s.current) await refresh();
      else sessions.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="account-sessions" className="panel">
      <h2 id="account-sessions">{t("account.sessions.title")}</h2>
      <p className="muted">{t("account.sessions.intro")}</p>
      {error !== null && <ErrorNotice error={error} />}
      {sessions.state === "loading" && <Loading />}
      {sessions.state === "error" && (
        <ErrorNotice error={sessions.error} onRetry={sessions.reload} />
      )}
      {sessions.state === "ok" &&
        (sessions.data.items.length === 0 ? (
          <p>{t("account.sessions.none")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("account.sessions.started")}</th>
                  <th scope="col">{t("account.sessions.lastSeen")}</th>
                  <th scope="col">{t("account.sessions.device")}</th>
                  <th scope="col">{t("account.sessions.address")}</th>
                  <th scope="col">{t("account.sessions.expires")}</th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {sessions.data.items.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <DateTime iso={s.createdAt} />
                      {s.current && <strong> · {t("account.sessions.current")}</strong>}
                    </td>
                    <td>{s.lastSeenAt ? <DateTime iso={s.lastSeenAt} /> : t("common.none")}</td>
                    <td>
                      <bdi dir="ltr">{s.userAgent ?? t("account.sessions.unknown")}</bdi>
                    </td>
                    <td>
                      <bdi dir="ltr">{s.ip ?? t("account.sessions.unknown")}</bdi>
                    </td>
                    <td>
                      <DateTime iso={s.expiresAt} />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button secondary"
                        aria-label={t("account.sessions.endLabel", {
                          time: formatDateTime(s.createdAt, lang),
                        })}
                        onClick={() => void end(s)}
                      >
                        {t("account.sessions.end")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
