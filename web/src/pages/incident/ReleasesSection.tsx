/**
 * On the incident page: the reply window, the replies and the releases the viewer may see (the
 * server decides which: the mission reads all, a party only its own replies). Each release opens
 * on its own page with the frozen content and fingerprint.
 */
import { useTranslation } from "react-i18next";
import type { IncidentDetail } from "../../api/types.js";
import { Link } from "../../router.js";
import { useUser } from "../../session.js";
import { DateTime } from "../../ui/display.js";
import { ReplyList } from "../releases/ReplyList.js";

export function ReleasesSection({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const { releases, replies, replyWindow } = i;
  if (!replyWindow && replies.length === 0 && releases.length === 0) return null;
  return (
    <section aria-labelledby="releases-title" className="incident-releases">
      <h2 id="releases-title">{t("incidentReleases.title")}</h2>
      {replyWindow && (
        <div className="panel reply-window">
          <h3 className="panel-title">
            {t("incidentReleases.window", { version: replyWindow.findingVersion })}
          </h3>
          <dl className="details">
            <dt>{t("incidentReleases.opened")}</dt>
            <dd>
              <DateTime iso={replyWindow.opensAt} />
            </dd>
            <dt>{t("incidentReleases.closes")}</dt>
            <dd>
              <DateTime iso={replyWindow.closesAt} />
            </dd>
          </dl>
          {user.role === "liaison" && i.state === "right_of_reply" && (
            <p>
              <Link to={`/releases/drafts/${i.id}`}>
                {Date.parse(replyWindow.closesAt) > Date.now()
                  ? t("incidentReleases.readDraft")
                  : t("incidentReleases.readClosedDraft")}
              </Link>
            </p>
          )}
        </div>
      )}
      {(replyWindow || replies.length > 0) && (
        <>
          <h3>{t("incidentReleases.repliesTitle")}</h3>
          <ReplyList replies={replies} empty={t("incidentReleases.noReplies")} />
        </>
      )}
      {releases.length > 0 && (
        <>
          <h3>{t("incidentReleases.releasesTitle")}</h3>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t("incidentReleases.releasesCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("releases.col.releasedAt")}</th>
                  <th scope="col">{t("releases.col.audience")}</th>
                  <th scope="col">{t("releases.col.version")}</th>
                  <th scope="col">{t("incidentReleases.fingerprint")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("incidentReleases.open")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {releases.map((r) => (
                  <tr key={r.id}>
                    <td className="nowrap">
                      <DateTime iso={r.releaseAt} />
                    </td>
                    <td>{t(`audience.${r.audience}`)}</td>
                    <td>{r.findingVersion}</td>
                    <td>
                      <bdi className="mono" title={r.contentHash}>
                        {r.contentHash.slice(0, 16)}…
                      </bdi>
                    </td>
                    <td>
                      <Link to={`/releases/${r.id}`}>{t("incidentReleases.open")}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
