/**
 * Formal notices the reader may see, nearest deadline first: for the chief, the deadlines coming
 * and the responses overdue; for a party, its own notices and the other party's without its
 * response (decision 0017).
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import { Link } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime, PartyShort } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { NoticeStatus } from "./NoticeTimeline.js";

export function EnforcementPage() {
  const { t } = useTranslation();
  const [onlyOpen, setOnlyOpen] = useState(true);
  const notices = useApi(["enforcement", "list", onlyOpen], (signal) =>
    get(`/enforcement${onlyOpen ? "?open=true" : ""}`, { signal }),
  );
  return (
    <>
      <PageTitle>{t("enforcement.title")}</PageTitle>
      <p className="muted">{t("enforcement.intro")}</p>
      <label className="checkbox">
        <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />{" "}
        {t("enforcement.onlyOpen")}
      </label>
      {notices.state === "loading" && <Loading />}
      {notices.state === "error" && <ErrorNotice error={notices.error} onRetry={notices.reload} />}
      {notices.state === "ok" &&
        (notices.data.items.length === 0 ? (
          <p>{t("enforcement.noneListed")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table notices-table">
              <caption className="visually-hidden">{t("enforcement.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("enforcement.incident")}</th>
                  <th scope="col">{t("enforcement.party")}</th>
                  <th scope="col">{t("enforcement.deadline")}</th>
                  <th scope="col">{t("enforcement.stage")}</th>
                </tr>
              </thead>
              <tbody>
                {notices.data.items.map((n) => {
                  const last = n.steps[n.steps.length - 1]!;
                  return (
                    <tr key={n.noticeId} data-testid="notice-row">
                      <td>
                        <Link to={`/incidents/${n.incidentId}`}>
                          <bdi className="mono">{n.incidentReference}</bdi>
                        </Link>
                      </td>
                      <td>
                        <PartyShort code={n.party} />
                      </td>
                      <td className="nowrap">
                        <DateTime iso={n.deadlineAt} /> <NoticeStatus notice={n} />
                      </td>
                      <td>
                        {t(`enforcement.kind.${last.kind}`)}{" "}
                        <span className="muted">
                          · {n.open ? t("enforcement.open") : t("enforcement.decided")}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
