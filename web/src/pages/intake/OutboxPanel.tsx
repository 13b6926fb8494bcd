/** What waits in this browser to be sent, and what the queue delivered during this visit. */
import { useTranslation } from "react-i18next";
import { useOutbox } from "../../outbox/OutboxProvider.js";
import type { OutboxItem } from "../../outbox/outbox-store.js";
import { Link, navigate } from "../../router.js";
import { DateTime, UserText } from "../../ui/display.js";
import { ApiError } from "../../api/client.js";
import { ErrorNotice } from "../../ui/notices.js";

export function OutboxPanel({ editingKey }: { editingKey: string | null }) {
  const { t } = useTranslation();
  const outbox = useOutbox();
  return (
    <section className="panel outbox" id="outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title" className="panel-title">
        {t("outbox.title")}
      </h2>
      <p aria-live="polite" className="outbox-count">
        {outbox.items.length === 0
          ? t("outbox.empty")
          : t("outbox.count", { count: outbox.items.length })}
      </p>
      {outbox.items.length > 0 && (
        <ul className="outbox-list">
          {outbox.items.map((item) => (
            <OutboxEntry key={item.key} item={item} editing={item.key === editingKey} />
          ))}
        </ul>
      )}
      {outbox.delivered.length > 0 && (
        <ul className="delivered-list" aria-live="polite">
          {outbox.delivered.map((r) => (
            <li key={r.id}>
              <Link to={`/reports/${r.id}`}>
                {t("outbox.sentNotice", { tracking: r.trackingId })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OutboxEntry({ item, editing }: { item: OutboxItem; editing: boolean }) {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const sending = outbox.sending.has(item.key);
  const state = sending ? "sending" : item.rejection ? "rejected" : "queued";
  const excerpt = item.draft.description.slice(0, 120) || t("outbox.untitled");
  return (
    <li className={`outbox-item outbox-${state}`} data-testid="outbox-item">
      <p className="outbox-state">
        <span className={`badge outbox-badge-${state}`}>{t(`outbox.${state}`)}</span>
        <span className="muted">
          {t("outbox.savedAt")} <DateTime iso={item.savedAt} />
          {item.attempts > 0 && <> · {t("outbox.attempts", { count: item.attempts })}</>}
        </span>
      </p>
      <p className="outbox-excerpt">
        <UserText text={excerpt} lang={item.draft.language} />
      </p>
      {item.rejection && (
        <div className="outbox-rejection">
          <ErrorNotice
            error={
              new ApiError(
                item.rejection.status,
                item.rejection.code,
                item.rejection.message,
                item.rejection.details,
              )
            }
          />
        </div>
      )}
      <div className="action-row">
        {!item.rejection && (
          <button
            type="button"
            className="button secondary small"
            disabled={sending}
            onClick={() => void outbox.flush()}
          >
            {t("outbox.sendNow")}
          </button>
        )}
        {item.rejection && !editing && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => navigate(`/reports/new?edit=${encodeURIComponent(item.key)}`)}
          >
            {t("outbox.edit")}
          </button>
        )}
        <button
          type="button"
          className="button danger small"
          disabled={sending}
          onClick={() => {
            if (window.confirm(t("outbox.discardConfirm"))) outbox.discard(item.key);
          }}
        >
          {t("outbox.discard")}
        </button>
      </div>
    </li>
  );
}
