/**
 * The user's notices, newest first: each one line in the interface language with its time in the
 * mission's zone; opening one marks it read and goes to the record.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import { navigate } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime } from "../../ui/display.js";
import { Empty, ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import type { InboxEntry } from "./inbox-types.js";
import { noticeText } from "./notice-text.js";

export function InboxPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useApi(["inbox", "page", unreadOnly], (signal) =>
    get("/inbox", { signal, query: { limit: 100, unread: unreadOnly ? "true" : undefined } }),
  );
  const [error, setError] = useState<unknown>(null);

  const open = async (e: InboxEntry) => {
    setError(null);
    try {
      if (!e.readAt) await post(`/inbox/${e.id}/read`);
      navigate(e.link);
    } catch (err) {
      setError(err);
    }
  };
  const readAll = async () => {
    setError(null);
    try {
      await post("/inbox/read-all");
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="inbox-page">
      <PageTitle>{t("notifications.title")}</PageTitle>
      <p className="muted">{t("notifications.intro")}</p>
      <div className="inbox-actions">
        <label className="nowrap">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.target.checked)}
          />{" "}
          {t("notifications.unreadOnly")}
        </label>
        <button
          type="button"
          className="button"
          disabled={inbox.state !== "ok" || inbox.data.unread === 0}
          onClick={() => void readAll()}
        >
          {t("notifications.markAllRead")}
        </button>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {inbox.state === "loading" && <Loading />}
      {inbox.state === "error" && <ErrorNotice error={inbox.error} onRetry={inbox.reload} />}
      {inbox.state === "ok" && inbox.data.items.length === 0 && (
        <Empty>{t("notifications.empty")}</Empty>
      )}
      {inbox.state === "ok" && inbox.data.items.length > 0 && (
        <ul className="inbox-list">
          {inbox.data.items.map((e) => (
            <li
              key={e.id}
              className={e.readAt ? "inbox-entry" : "inbox-entry unread"}
              data-kind={e.kind}
            >
              <a
                href={e.link}
                onClick={(ev) => {
                  ev.preventDefault();
                  void open(e);
                }}
              >
                {!e.readAt && <span className="inbox-dot" aria-label={t("notifications.unread")} />}
                <span className="inbox-text">{noticeText(t, lang, e)}</span>
              </a>
              <span className="muted inbox-time">
                <DateTime iso={e.at} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
