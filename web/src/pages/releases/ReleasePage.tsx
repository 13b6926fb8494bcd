/**
 * One release: the frozen snapshot both parties received at the same instant, laid out to read,
 * with its fingerprint to compare with the other party's copy. Everything shown comes from the
 * snapshot, never from the live case, so every recipient sees the same page.
 */
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { Release } from "../../api/release-types.js";
import { Link } from "../../router.js";
import { useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { Category, DateTime, TimeWindow, PartyList } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { can } from "../../vocabulary.js";
import type { CategoryCode } from "../../api/types.js";
import { FindingFields } from "./FindingFields.js";
import { Fingerprint } from "./Fingerprint.js";
import { canonicalJson } from "./fingerprint.js";
import { ReplyList } from "./ReplyList.js";
import { SignaturePanel } from "./SignaturePanel.js";

export function ReleasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const release = useApi(["release", id], (signal) => get(`/releases/${id}`, { signal }));
  return (
    <>
      {release.state === "loading" && <Loading />}
      {release.state === "error" && (
        <>
          <p className="breadcrumb">
            <Link to="/releases">{t("release.backToList")}</Link>
          </p>
          <PageTitle>{t("errors.title")}</PageTitle>
          <ErrorNotice error={release.error} onRetry={release.reload} />
        </>
      )}
      {release.state === "ok" && <ReleaseView release={release.data} />}
    </>
  );
}

function ReleaseView({ release: r }: { release: Release }) {
  const { t } = useTranslation();
  const user = useUser();
  const mission = can.seeInternalFields(user);
  const { incident: i, finding: f } = r.content;
  return (
    <>
      <p className="breadcrumb">
        {mission ? (
          <Link to={`/incidents/${r.incidentId}`}>
            {t("release.backToIncident", { reference: i.reference })}
          </Link>
        ) : (
          <Link to="/releases">{t("release.backToList")}</Link>
        )}
      </p>
      <PageTitle>{t("release.title", { reference: i.reference })}</PageTitle>
      <p className="incident-heading">
        <bdi>{i.title}</bdi>
      </p>
      <Fingerprint hash={r.contentHash} content={r.content} />
      <SignaturePanel release={r} />
      <div className="release-grid">
        <section className="panel" aria-labelledby="release-summary-title">
          <h2 id="release-summary-title" className="panel-title">
            {t("release.summaryTitle")}
          </h2>
          <dl className="details">
            <dt>{t("release.fields.releasedAt")}</dt>
            <dd>
              <DateTime iso={r.content.releaseAt} />
            </dd>
            <dt>{t("release.fields.audience")}</dt>
            <dd>{t(`audience.${r.content.audience}`)}</dd>
            <dt>{t("release.fields.version")}</dt>
            <dd>{f.version}</dd>
            <dt>{t("release.fields.incident")}</dt>
            <dd>
              <bdi className="mono">{i.reference}</bdi>
            </dd>
            <dt>{t("release.fields.category")}</dt>
            <dd>
              <Category code={i.category as CategoryCode} />
            </dd>
            <dt>{t("release.fields.occurred")}</dt>
            <dd>
              <TimeWindow from={i.occurredFrom} to={i.occurredTo} />
            </dd>
            <dt>{t("release.fields.location")}</dt>
            <dd>
              {i.location ? (
                <>
                  <bdi className="mono">
                    {i.location.lat.toFixed(4)}, {i.location.lon.toFixed(4)}
                  </bdi>
                  {i.coarsened && (
                    <span className="muted">
                      {" "}
                      ({t("release.fields.coarsened", { degrees: i.coarsened.gridDegrees })})
                    </span>
                  )}
                </>
              ) : (
                t("common.none")
              )}
            </dd>
            <dt>{t("release.fields.parties")}</dt>
            <dd>
              <PartyList codes={i.concernedParties} />
            </dd>
          </dl>
          <p className="hint">{t("common.timeZoneNote")}</p>
          {mission && (
            <p>
              <Link to={`/incidents/${r.incidentId}`}>{t("release.openIncident")}</Link>
            </p>
          )}
        </section>
        <section className="panel finding" aria-labelledby="release-finding-title">
          <h2 id="release-finding-title" className="panel-title">
            {t("release.findingTitle", { version: f.version })}
          </h2>
          <FindingFields finding={f} cited={r.citedProvisions} />
        </section>
      </div>
      {r.content.replies && (
        <section aria-labelledby="release-replies-title">
          <h2 id="release-replies-title">{t("release.repliesTitle")}</h2>
          <ReplyList replies={r.content.replies} empty={t("release.noReplies")} />
        </section>
      )}
      <details className="release-raw">
        <summary>{t("release.rawTitle")}</summary>
        <pre dir="ltr" tabIndex={0}>
          {canonicalJson(r.content)}
        </pre>
      </details>
    </>
  );
}
