/**
 * The incident's reports as columns of one table, field by field, so that what each side
 * claims (time, place, counts, who is blamed) can be compared across a row.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Report } from "../../api/types.js";
import { formatNumber } from "../../i18n/format.js";
import { Link } from "../../router.js";
import {
  Category,
  DateTime,
  Party,
  ReportStatusBadge,
  TimeWindow,
  UserText,
} from "../../ui/display.js";
import { useLang } from "../../ui/use-lang.js";
import { REPORT_COUNT_KINDS } from "../../vocabulary.js";

export function ReportsSideBySide({ reports }: { reports: Report[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (reports.length === 0) {
    return (
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">{t("incident.reportsTitle")}</h2>
        <p className="muted">{t("incident.noReports")}</p>
      </section>
    );
  }
  const row = (label: string, cell: (r: Report) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {reports.map((r) => (
        <td key={r.id}>{cell(r)}</td>
      ))}
    </tr>
  );
  const counts = (r: Report) => {
    const present = REPORT_COUNT_KINDS.filter((k) => (r.counts[k] ?? 0) > 0);
    if (present.length === 0) return t("common.none");
    return (
      <ul className="plain-list">
        {present.map((k) => (
          <li key={k}>
            {t(`counts.${k}`)}: {formatNumber(r.counts[k]!, lang)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">{t("incident.reportsTitle")}</h2>
      <div className="table-wrap">
        <table className="data-table compare-table">
          <caption className="visually-hidden">{t("incident.reportsCaption")}</caption>
          <thead>
            <tr>
              <td />
              {reports.map((r) => (
                <th key={r.id} scope="col">
                  <Link to={`/reports/${r.id}`} className="mono">
                    {r.trackingId}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(t("report.fields.sourceKind"), (r) => t(`sourceKind.${r.sourceKind}`))}
            {row(t("report.fields.submitterParty"), (r) => (
              <Party code={r.submitterParty} />
            ))}
            {row(t("report.fields.allegedParty"), (r) => (
              <Party code={r.allegedParty} />
            ))}
            {row(t("report.fields.receivedAt"), (r) => (
              <DateTime iso={r.receivedAt} />
            ))}
            {row(t("report.fields.occurred"), (r) => (
              <TimeWindow from={r.occurredFrom} to={r.occurredTo} />
            ))}
            {row(t("report.fields.placeName"), (r) =>
              r.placeName ? <UserText text={r.placeName} lang={r.language} /> : t("common.none"),
            )}
            {row(t("report.fields.category"), (r) => (
              <Category code={r.category} />
            ))}
            {row(t("report.fields.counts"), counts)}
            {row(t("report.fields.description"), (r) => (
              <UserText text={r.description} lang={r.language} className="description" />
            ))}
            {row(t("report.fields.status"), (r) => (
              <ReportStatusBadge status={r.status} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
