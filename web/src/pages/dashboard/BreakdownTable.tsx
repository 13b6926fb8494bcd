/**
 * One breakdown (by category, party, sector or verification level) as a table whose last column
 * draws the reports and incidents as bars: the table is the text alternative of its own chart.
 * Bars grow from the start edge (the right in Arabic).
 */
import { useTranslation } from "react-i18next";
import type { BreakdownName, BreakdownRow } from "../../api/workspace-types.js";
import { formatNumber } from "../../i18n/format.js";
import { useLang } from "../../ui/use-lang.js";

const BAR_W = 160;

export function BreakdownTable({
  name,
  rows,
  label,
  showReports,
}: {
  name: BreakdownName;
  rows: BreakdownRow[];
  label: (key: string) => string;
  showReports: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const rtl = lang === "ar";
  const titleId = `breakdown-${name}`;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.reports, r.incidents)));
  const bar = (v: number, y: number, cls: string) => {
    const w = (v / max) * BAR_W;
    return <rect className={cls} x={rtl ? BAR_W - w : 0} y={y} width={w} height={7} />;
  };
  const heading = {
    byCategory: t("dashboard.breakdown.category"),
    bySide: t("dashboard.breakdown.side"),
    bySector: t("dashboard.breakdown.sector"),
    byVerificationLevel: t("dashboard.breakdown.verificationLevel"),
  }[name];
  return (
    <section className="panel breakdown" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel-title">
        {heading}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t("dashboard.emptyWindow")}</p>
      ) : (
        <table className="data-table breakdown-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.col.key")}</th>
              {showReports && <th scope="col">{t("dashboard.col.reports")}</th>}
              <th scope="col">{t("dashboard.col.incidents")}</th>
              <th scope="col">{t("dashboard.col.violations")}</th>
              <td aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{label(r.key)}</th>
                {showReports && <td className="num">{formatNumber(r.reports, lang)}</td>}
                <td className="num">{formatNumber(r.incidents, lang)}</td>
                <td className="num">{formatNumber(r.violations, lang)}</td>
                <td className="bar-cell" aria-hidden="true">
                  <svg viewBox={`0 0 ${BAR_W} 18`} width={BAR_W} height={18} focusable="false">
                    {showReports && bar(r.reports, 1, "bar-reports")}
                    {bar(r.incidents, 10, "bar-incidents")}
                  </svg>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
