/**
 * The daily trend as a hand-drawn SVG: reports as bars, incidents as a line. Time runs in the
 * reading direction (right to left in Arabic). The same numbers are in a table for screen readers
 * and for anyone who prefers figures.
 */
import { useTranslation } from "react-i18next";
import type { TrendDay } from "../../api/workspace-types.js";
import { formatNumber } from "../../i18n/format.js";
import { useLang } from "../../ui/use-lang.js";
import { formatDay, formatMonth } from "./days.js";

const W = 1000;
const H = 240;
const AXIS = 48;
const TOP = 12;
const BOTTOM = 28;

/** 0, a round half and a round top at or above the largest value. */
function niceMax(n: number): number {
  if (n <= 4) return 4;
  const pow = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * pow >= n / 1) ?? 10;
  return step * pow;
}

export function TrendChart({ trend, titleId }: { trend: TrendDay[]; titleId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rtl = lang === "ar";
  if (trend.length === 0) return <p className="muted">{t("dashboard.trendEmpty")}</p>;
  const n = trend.length;
  const plotW = W - AXIS - 8;
  const plotH = H - TOP - BOTTOM;
  const max = niceMax(Math.max(1, ...trend.map((d) => Math.max(d.reports, d.incidents))));
  const bw = plotW / n;
  // x of the start of day i, in the reading direction
  const x = (i: number) => (rtl ? 8 + plotW - (i + 1) * bw : AXIS + i * bw);
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const axisX = rtl ? 8 + plotW : AXIS;
  const monthStarts = trend.map((d, i) => ({ d, i })).filter(({ d }) => d.day.endsWith("-01"));
  const every = Math.max(1, Math.ceil(monthStarts.length / 10));
  const ticks = [0, max / 2, max];
  const line = trend.map((d, i) => `${(x(i) + bw / 2).toFixed(1)},${y(d.incidents).toFixed(1)}`);
  const first = trend[0]!.day;
  const last = trend[n - 1]!.day;
  const busiest = trend.reduce((a, b) => (b.reports > a.reports ? b : a), trend[0]!);
  const active = trend.filter((d) => d.reports > 0 || d.incidents > 0);
  const descId = `${titleId}-desc`;

  return (
    <div className="trend">
      <p id={descId} className="muted">
        {t("dashboard.trendChartLabel", {
          from: formatDay(first, lang),
          to: formatDay(last, lang),
        })}{" "}
        {busiest.reports > 0 &&
          t("dashboard.peak", {
            day: formatDay(busiest.day, lang),
            count: formatNumber(busiest.reports, lang),
          })}
      </p>
      <ul className="chart-legend">
        <li>
          <span className="swatch swatch-reports" aria-hidden="true" />
          {t("dashboard.legendReports")}
        </li>
        <li>
          <span className="swatch swatch-incidents" aria-hidden="true" />
          {t("dashboard.legendIncidents")}
        </li>
      </ul>
      <svg
        className="trend-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        direction="ltr"
      >
        {ticks.map((v) => (
          <g key={v} className="trend-grid">
            <line x1={rtl ? 8 : AXIS} x2={rtl ? 8 + plotW : AXIS + plotW} y1={y(v)} y2={y(v)} />
            <text x={rtl ? axisX + 6 : axisX - 6} y={y(v) + 4} textAnchor={rtl ? "start" : "end"}>
              {formatNumber(v, lang)}
            </text>
          </g>
        ))}
        <g className="trend-bars">
          {trend.map((d, i) =>
            d.reports > 0 ? (
              <rect
                key={d.day}
                x={x(i) + (bw > 3 ? bw * 0.1 : 0)}
                width={Math.max(bw > 3 ? bw * 0.8 : bw, 0.6)}
                y={y(d.reports)}
                height={TOP + plotH - y(d.reports)}
              />
            ) : null,
          )}
        </g>
        <polyline className="trend-line" points={line.join(" ")} />
        <g className="trend-months">
          {monthStarts
            .filter((_, k) => k % every === 0)
            .map(({ d, i }) => (
              <g key={d.day}>
                <line x1={x(i)} x2={x(i)} y1={TOP + plotH} y2={TOP + plotH + 5} />
                <text x={x(i) + (rtl ? -2 : 2)} y={H - 8} textAnchor={rtl ? "end" : "start"}>
                  {formatMonth(d.day, lang)}
                </text>
              </g>
            ))}
        </g>
      </svg>
      <details className="trend-table">
        <summary>{t("dashboard.trendTable")}</summary>
        {active.length === 0 ? (
          <p className="muted">{t("dashboard.trendEmpty")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t("dashboard.trendTableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.day")}</th>
                  <th scope="col">{t("dashboard.col.reports")}</th>
                  <th scope="col">{t("dashboard.col.incidents")}</th>
                </tr>
              </thead>
              <tbody>
                {active.map((d) => (
                  <tr key={d.day}>
                    <th scope="row">
                      <time dateTime={d.day}>{formatDay(d.day, lang)}</time>
                    </th>
                    <td>{formatNumber(d.reports, lang)}</td>
                    <td>{formatNumber(d.incidents, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </div>
  );
}
