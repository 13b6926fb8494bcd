/**
 * Findings for the parties. A party liaison finds here the draft findings about its party that
 * wait for its reply, then everything released to it; others see the releases they may read.
 * Each list holds exactly what the server returns for the caller — nothing of the other party.
 */
import { useTranslation } from "react-i18next";
import { Link } from "../../router.js";
import { useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime } from "../../ui/display.js";
import { Empty, ErrorNotice, Loading } from "../../ui/notices.js";
import { LoadMore } from "../LoadMore.js";
import { usePagedList } from "../use-paged.js";
import { AwaitingReply } from "./AwaitingReply.js";
import { useCodeLabel } from "./FindingFields.js";

export function ReleasesPage() {
  const { t } = useTranslation();
  const liaison = useUser().role === "liaison";
  return (
    <>
      <PageTitle>{liaison ? t("releases.title") : t("releases.titleOthers")}</PageTitle>
      <p className="muted">
        {liaison ? t("releases.intro") : t("releases.introOthers")} {t("common.timeZoneNote")}
      </p>
      {liaison && <AwaitingReply />}
      <ReleasedList />
    </>
  );
}

const NO_FILTERS = {};

function ReleasedList() {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const list = usePagedList("/releases", NO_FILTERS);
  return (
    <section aria-labelledby="released-title" className="releases-section">
      <h2 id="released-title">{t("releases.releasedTitle")}</h2>
      {list.first.state === "loading" && <Loading />}
      {list.first.state === "error" && (
        <ErrorNotice error={list.first.error} onRetry={list.reload} />
      )}
      {list.first.state === "ok" &&
        (list.items.length === 0 ? (
          <Empty>{t("releases.releasedEmpty")}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="data-table release-table">
              <caption className="visually-hidden">{t("releases.releasedCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("releases.col.reference")}</th>
                  <th scope="col">{t("releases.col.title")}</th>
                  <th scope="col">{t("releases.col.releasedAt")}</th>
                  <th scope="col">{t("releases.col.version")}</th>
                  <th scope="col">{t("releases.col.verification")}</th>
                  <th scope="col">{t("releases.col.outcome")}</th>
                  <th scope="col">{t("releases.col.audience")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((r) => (
                  <tr key={r.id}>
                    <td className="nowrap">
                      <Link to={`/releases/${r.id}`} className="mono">
                        {r.content.incident.reference}
                      </Link>
                    </td>
                    <td>
                      <bdi>{r.content.incident.title}</bdi>
                    </td>
                    <td className="nowrap">
                      <DateTime iso={r.releaseAt} />
                    </td>
                    <td>{r.findingVersion}</td>
                    <td>{label("verification", r.content.finding.verificationLevel)}</td>
                    <td>{label("outcome", r.content.finding.outcome)}</td>
                    <td>{t(`audience.${r.audience}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <LoadMore list={list} />
    </section>
  );
}
