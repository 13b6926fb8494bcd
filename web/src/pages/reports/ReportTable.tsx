/**
 * Reports as a table on a wide screen and as cards on a phone (the incident list's stacking
 * table: each cell carries its column's name, shown before it when the rows stack); intake and
 * the chief can tick untriaged ones to open an incident.
 */
import { useTranslation } from "react-i18next";
import type { Report } from "../../api/types.js";
import { Link } from "../../router.js";
import {
  Category,
  DateTime,
  PartyPair,
  ReportStatusBadge,
  TimeWindow,
  UserText,
} from "../../ui/display.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";

export function ReportTable({
  reports,
  selectable,
  selected,
  onToggle,
}: {
  reports: Report[];
  selectable: boolean;
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const col = (
    k: "select" | "tracking" | "received" | "event" | "report" | "category" | "source" | "status",
  ) => t(`reports.col.${k}`);
  return (
    <div className="table-wrap">
      <table className="data-table reports-table stack-on-phone">
        <caption className="visually-hidden">{t("reports.caption")}</caption>
        <thead>
          <tr>
            {selectable && (
              <th scope="col" className="col-select">
                <span className="visually-hidden">{t("reports.col.select")}</span>
              </th>
            )}
            <th scope="col">{t("reports.col.tracking")}</th>
            <th scope="col">{t("reports.col.received")}</th>
            <th scope="col">{t("reports.col.event")}</th>
            <th scope="col">{t("reports.col.report")}</th>
            <th scope="col">{t("reports.col.category")}</th>
            <th scope="col">{t("reports.col.source")}</th>
            <th scope="col">{t("reports.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} className={selected.has(r.id) ? "selected" : undefined}>
              {selectable && (
                <td className="col-select" data-label={col("select")}>
                  {r.status === "received" && (
                    <input
                      type="checkbox"
                      checked={selected.has(r.id)}
                      onChange={(e) => onToggle(r.id, e.target.checked)}
                      aria-label={t("reports.selectRow", { tracking: r.trackingId })}
                    />
                  )}
                </td>
              )}
              <td className="nowrap col-tracking" data-label={col("tracking")}>
                <Link to={`/reports/${r.id}`} className="mono">
                  {r.trackingId}
                </Link>
              </td>
              <td className="nowrap col-received" data-label={col("received")}>
                <DateTime iso={r.receivedAt} />
              </td>
              <td className="col-event" data-label={col("event")}>
                <TimeWindow from={r.occurredFrom} to={r.occurredTo} />
              </td>
              <td className="col-summary" data-label={col("report")}>
                <span className="place">
                  <ReportPlace report={r} />
                </span>
                <UserText text={r.description} lang={r.language} className="excerpt" />
              </td>
              <td data-label={col("category")}>
                <Category code={r.category} />
              </td>
              <td data-label={col("source")}>
                {t(`sourceKind.${r.sourceKind}`)}
                {(r.submitterParty || r.allegedParty) && (
                  <span className="sub">
                    <PartyPair report={r} />
                  </span>
                )}
              </td>
              <td className="col-status" data-label={col("status")}>
                <ReportStatusBadge status={r.status} />
                {r.incidentId && (
                  <span className="sub">
                    <Link to={`/incidents/${r.incidentId}`}>{t("reports.viewIncident")}</Link>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Where a report happened: the gazetteer place its name was resolved to, in the interface
 * language (the name as typed in its title), else the name as typed.
 */
function ReportPlace({ report: r }: { report: Report }) {
  const { t } = useTranslation();
  const resolved =
    r.locationResolution?.status === "gazetteer" ? r.locationResolution.candidates[0] : undefined;
  if (resolved) {
    return (
      <bdi title={r.placeName ? t("reports.placeAsGiven", { name: r.placeName }) : undefined}>
        <TwoLanguageText compact texts={{ ar: resolved.nameAr, en: resolved.name }} />
      </bdi>
    );
  }
  if (r.placeName) return <UserText text={r.placeName} lang={r.language} />;
  return <>{t("reports.unplaced")}</>;
}
