/** One report, as filed, with its status and the hashes of its evidence. */
import { useTranslation } from "react-i18next";
import { get } from "../api/client.js";
import type { ReportWithEvidence } from "../api/types.js";
import { formatNumber } from "../i18n/format.js";
import { Link } from "../router.js";
import { useUser } from "../session.js";
import { PageTitle } from "../shell/PageTitle.js";
import {
  Category,
  DateTime,
  Party,
  ReportStatusBadge,
  TimeWindow,
  UserText,
} from "../ui/display.js";
import { ErrorNotice, Loading } from "../ui/notices.js";
import { useLang } from "../ui/use-lang.js";
import { useApi } from "../use-api.js";
import { can, REPORT_COUNT_KINDS } from "../vocabulary.js";
import { titleFor } from "./ReportsPage.js";
import { EvidenceUpload } from "./evidence/EvidenceUpload.js";
import { GeoPanel } from "./incident/GeoPanel.js";
import type { User } from "../api/types.js";

export function ReportPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const report = useApi(["report", id], (signal) => get(`/reports/${id}`, { signal }));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/reports">{titleFor(user, t)}</Link>
      </p>
      {report.state === "loading" && <Loading />}
      {report.state === "error" && (
        <>
          <PageTitle>{t("errors.title")}</PageTitle>
          <ErrorNotice error={report.error} onRetry={report.reload} />
        </>
      )}
      {report.state === "ok" && <ReportDetail report={report.data} onChange={report.reload} />}
    </>
  );
}

function ReportDetail({
  report: r,
  onChange,
}: {
  report: ReportWithEvidence;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useUser();
  const counts = REPORT_COUNT_KINDS.filter((k) => (r.counts[k] ?? 0) > 0);
  return (
    <>
      <PageTitle>{t("report.title", { tracking: r.trackingId })}</PageTitle>
      <VersionLinks report={r} />
      <p className="muted">
        {t("report.version", { version: r.version })}
        {r.isDemo && <span className="badge badge-demo">{t("common.demo")}</span>}
      </p>
      {r.mayAmend && (
        <p className="amend-action">
          <Link className="button primary" to={`/reports/${r.id}/amend`}>
            {t("versions.amend")}
          </Link>{" "}
          <span className="hint">{t("versions.amendHint")}</span>
        </p>
      )}
      <dl className="details">
        <dt>{t("report.fields.status")}</dt>
        <dd>
          <ReportStatusBadge status={r.status} />
        </dd>
        {r.incidentId && can.readIncidents(user) && (
          <>
            <dt>{t("report.fields.incident")}</dt>
            <dd>
              <Link to={`/incidents/${r.incidentId}`}>{t("reports.viewIncident")}</Link>
            </dd>
          </>
        )}
        <dt>{t("report.fields.sourceKind")}</dt>
        <dd>{t(`sourceKind.${r.sourceKind}`)}</dd>
        {r.submitterParty && (
          <>
            <dt>{t("report.fields.submitterParty")}</dt>
            <dd>
              <Party code={r.submitterParty} />
            </dd>
          </>
        )}
        <dt>{t("report.fields.allegedParty")}</dt>
        <dd>
          <Party code={r.allegedParty} />
        </dd>
        <dt>{t("report.fields.receivedAt")}</dt>
        <dd>
          <DateTime iso={r.receivedAt} />
        </dd>
        <dt>{t("report.fields.occurred")}</dt>
        <dd>
          <TimeWindow from={r.occurredFrom} to={r.occurredTo} />
        </dd>
        <dt>{t("report.fields.placeName")}</dt>
        <dd>
          {r.placeName ? <UserText text={r.placeName} lang={r.language} /> : t("common.none")}
        </dd>
        <dt>{t("report.fields.location")}</dt>
        <dd>
          {r.location ? (
            <bdi className="mono">
              {r.location.lat.toFixed(5)}, {r.location.lon.toFixed(5)}
            </bdi>
          ) : (
            t("common.none")
          )}
        </dd>
        <dt>{t("report.fields.category")}</dt>
        <dd>
          <Category code={r.category} />
        </dd>
        <dt>{t("report.fields.counts")}</dt>
        <dd>
          {counts.length === 0
            ? t("report.noCounts")
            : counts
                .map((k) => `${t(`counts.${k}`)}: ${formatNumber(r.counts[k]!, lang)}`)
                .join(t("report.listSeparator"))}
        </dd>
        {r.sourceGrade !== undefined && (
          <>
            <dt>{t("report.fields.sourceGrade")}</dt>
            <dd className="mono">{r.sourceGrade ?? t("common.none")}</dd>
          </>
        )}
        <dt>{t("report.fields.language")}</dt>
        <dd>{t(`language.${r.language}`)}</dd>
      </dl>
      <GeoPanel subject={r} path={`/reports/${r.id}`} />
      <h2>{t("report.fields.description")}</h2>
      <p className="description">
        <UserText text={r.description} lang={r.language} />
      </p>
      <h2>{t("report.fields.evidence")}</h2>
      {!r.evidence?.length ? (
        <p className="muted">{t("report.noEvidence")}</p>
      ) : (
        <ul className="evidence-list">
          {r.evidence.map((e) => (
            <li key={e.id}>
              <bdi>{e.originalName}</bdi> · {formatNumber(e.sizeBytes, lang)} B ·{" "}
              <span className="mono hash" dir="ltr">
                SHA-256 {e.sha256}
              </span>
            </li>
          ))}
        </ul>
      )}
      <VersionsSection report={r} />
      {mayAttach(user) && r.status !== "superseded" && (
        <section className="panel" aria-labelledby="attach-title">
          <h2 id="attach-title" className="panel-title">
            {t("evidence.attachTitle")}
          </h2>
          <EvidenceUpload reportId={r.id} onUploaded={onChange} />
        </section>
      )}
    </>
  );
}

/** Who the server lets attach evidence (src/services/evidence.ts); it decides for itself. */
function mayAttach(user: User): boolean {
  return can.fileReports(user) || ["intake", "analyst", "chief"].includes(user.role);
}

/** Where this version stands: superseded by a later one (said first), or superseding an earlier. */
function VersionLinks({ report: r }: { report: ReportWithEvidence }) {
  const { t } = useTranslation();
  const next = r.versions.find((v) => v.id === r.supersededById);
  const previous = r.versions.find((v) => v.id === r.supersedesId);
  return (
    <>
      {r.status === "superseded" && (
        <div className="notice notice-warning" role="note" data-testid="superseded-notice">
          <p className="notice-title">{t("versions.supersededNotice")}</p>
          <p>
            {next ? (
              <Link to={`/reports/${next.id}`}>
                {t("versions.supersededBy", { version: next.version })}
              </Link>
            ) : (
              t("versions.supersededByHidden")
            )}
          </p>
        </div>
      )}
      {previous && (
        <p className="notice notice-info" data-testid="supersedes">
          <Link to={`/reports/${previous.id}`}>
            {t("versions.supersedes", { version: previous.version })}
          </Link>
        </p>
      )}
    </>
  );
}

/** Every version the viewer may read, this one marked; shown once there is more than one. */
function VersionsSection({ report: r }: { report: ReportWithEvidence }) {
  const { t } = useTranslation();
  if (r.versions.length < 2) return null;
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t("versions.title")}</h2>
      <table className="data-table versions-table">
        <caption className="visually-hidden">{t("versions.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("versions.versionColumn")}</th>
            <th scope="col">{t("versions.received")}</th>
            <th scope="col">{t("versions.status")}</th>
          </tr>
        </thead>
        <tbody>
          {r.versions.map((v) => (
            <tr key={v.id} aria-current={v.id === r.id ? "page" : undefined}>
              <td>
                {v.id === r.id ? (
                  <strong>
                    {t("versions.version", { version: v.version })} ({t("versions.thisOne")})
                  </strong>
                ) : (
                  <Link to={`/reports/${v.id}`}>
                    {t("versions.version", { version: v.version })}
                  </Link>
                )}
              </td>
              <td>
                <DateTime iso={v.receivedAt} />
              </td>
              <td>
                <ReportStatusBadge status={v.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
