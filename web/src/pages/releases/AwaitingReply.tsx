/**
 * Draft findings about the liaison's party in the right of reply, with deadline and time left.
 * The incidents in that state come from the server's scoped list; a draft that concerns only the
 * other party answers 404 and, for this party, does not exist.
 */
import { IncidentTitle } from "../../incidents/IncidentTitle.js";
import { useTranslation } from "react-i18next";
import { ApiError, get } from "../../api/client.js";
import type { ReplyDraft } from "../../api/release-types.js";
import { Link } from "../../router.js";
import { DateTime } from "../../ui/display.js";
import { Empty, ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { timeUntil, useNow } from "./time-left.js";

async function loadAwaiting(signal: AbortSignal): Promise<ReplyDraft[]> {
  const page = await get("/incidents", {
    query: { state: "right_of_reply", limit: 100 },
    signal,
  });
  const drafts = await Promise.all(
    page.items.map((i) =>
      get(`/incidents/${i.id}/draft`, { signal }).catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }),
    ),
  );
  return drafts.filter((d): d is ReplyDraft => d !== null).sort(byDeadline);
}

/** Open windows: the earliest deadline first; closed ones: the latest first. */
function byDeadline(a: ReplyDraft, b: ReplyDraft): number {
  if (a.open !== b.open) return a.open ? -1 : 1;
  const d = Date.parse(a.replyDeadline) - Date.parse(b.replyDeadline);
  return a.open ? d : -d;
}

export function AwaitingReply() {
  const { t } = useTranslation();
  const drafts = useApi(["drafts", "awaiting-reply"], loadAwaiting);
  const open = drafts.state === "ok" ? drafts.data.filter((d) => d.open) : [];
  const closed = drafts.state === "ok" ? drafts.data.filter((d) => !d.open) : [];
  return (
    <section aria-labelledby="awaiting-title" className="releases-section">
      <h2 id="awaiting-title">{t("releases.awaitingTitle")}</h2>
      <p className="muted">{t("releases.awaitingIntro")}</p>
      {drafts.state === "loading" && <Loading />}
      {drafts.state === "error" && <ErrorNotice error={drafts.error} onRetry={drafts.reload} />}
      {drafts.state === "ok" &&
        (open.length === 0 ? (
          <Empty>{t("releases.awaitingEmpty")}</Empty>
        ) : (
          <DraftTable drafts={open} caption={t("releases.awaitingCaption")} />
        ))}
      {closed.length > 0 && (
        // A window that closed stays in the case until the chief decides; it waits on the mission now.
        <details className="closed-windows">
          <summary>{t("releases.closedWindows", { count: closed.length })}</summary>
          <p className="muted">{t("releases.closedWindowsIntro")}</p>
          <DraftTable drafts={closed} caption={t("releases.closedWindowsCaption")} />
        </details>
      )}
    </section>
  );
}

function DraftTable({ drafts, caption }: { drafts: ReplyDraft[]; caption: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  return (
    <div className="table-wrap">
      <table className="data-table awaiting-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("releases.col.reference")}</th>
            <th scope="col">{t("releases.col.title")}</th>
            <th scope="col">{t("releases.col.deadline")}</th>
            <th scope="col">{t("releases.col.timeLeft")}</th>
            <th scope="col">{t("releases.col.replies")}</th>
          </tr>
        </thead>
        <tbody>
          {drafts.map((d) => {
            const left = d.open ? timeUntil(d.replyDeadline, now, lang) : null;
            return (
              <tr key={d.incident.id}>
                <td className="nowrap">
                  <Link to={`/releases/drafts/${d.incident.id}`} className="mono">
                    {d.incident.reference}
                  </Link>
                </td>
                <td>
                  <IncidentTitle incident={d.incident} />
                </td>
                <td className="nowrap">
                  <DateTime iso={d.replyDeadline} />
                </td>
                <td className="nowrap">
                  {left ? (
                    <span className="badge deadline-open">
                      {t("releases.closesIn", { relative: left })}
                    </span>
                  ) : (
                    <span className="badge deadline-closed">{t("releases.closed")}</span>
                  )}
                </td>
                <td>{t("releases.repliesSent", { count: d.replies.length })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
