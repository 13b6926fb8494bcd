/**
 * The dashboard: totals for today, 7 and 30 days, breakdowns for the chosen period, and the
 * daily trend since the agreement entered into force. Everything is counted by the server within
 * what the user may see (a party liaison's dashboard holds nothing of the other party).
 *
 * The reference day defaults to today; when nothing visible happened in the last 30 days (the
 * demo is dated 2020), it moves to the day of the latest visible event and says so.
 */
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../api/client.js";
import type { CategoryCode } from "../api/types.js";
import {
  BREAKDOWNS,
  WINDOW_NAMES,
  type DashboardStats,
  type WindowName,
} from "../api/workspace-types.js";
import { formatNumber } from "../i18n/format.js";
import { useSectors } from "../mission/sectors.js";
import { partyName, useParties } from "../parties.js";
import { useUser } from "../session.js";
import { PageTitle } from "../shell/PageTitle.js";
import { DayField } from "../ui/DateFields.js";
import { ErrorNotice, Loading } from "../ui/notices.js";
import { useLang } from "../ui/use-lang.js";
import { useApi } from "../use-api.js";
import { CATEGORY_LABELS } from "../vocabulary.js";
import { BreakdownTable } from "./dashboard/BreakdownTable.js";
import { formatDay, missionDayOf, referenceFor } from "./dashboard/days.js";
import { TrendChart } from "./dashboard/TrendChart.js";

/** null: today; "auto": the latest event's day, chosen for the user; otherwise a chosen day. */
type Reference = { day: string | null; auto: boolean };

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [ref, setRef] = useState<Reference>({ day: null, auto: false });
  // The move to the latest event happens once; after that the user's choice stands.
  const [autoTried, setAutoTried] = useState(false);
  const stats = useApi(["stats", "dashboard", ref.day], (signal) =>
    get("/stats/dashboard", {
      signal,
      query: { at: ref.day ? referenceFor(ref.day) : undefined },
    }),
  );

  // Everything visible is older than 30 days: show the 30 days up to the latest event instead.
  useEffect(() => {
    if (stats.state !== "ok" || autoTried) return;
    setAutoTried(true);
    const s = stats.data;
    const empty = s.windows.last30.totals;
    if (s.latestEventAt && empty.reports + empty.incidents === 0) {
      const latest = missionDayOf(s.latestEventAt);
      if (latest < s.windows.last30.from) setRef({ day: latest, auto: true });
    }
  }, [stats, autoTried]);

  // Usable: the figures shown are those of the reference day the page settled on. A benchmark
  // (bench/web-load.bench.ts) and the browser tests wait for data-state="ready".
  const ready =
    stats.state === "ok" && autoTried && (ref.day === null || stats.data.reference.day === ref.day);
  return (
    <div data-testid="dashboard" data-state={ready ? "ready" : "loading"}>
      <PageTitle>{t("dashboard.title")}</PageTitle>
      <p className="muted">
        {user.role === "liaison" ? t("dashboard.introLiaison") : t("dashboard.intro")}
      </p>
      {stats.state === "loading" && <Loading />}
      {stats.state === "error" && <ErrorNotice error={stats.error} onRetry={stats.reload} />}
      {stats.state === "ok" && (
        <DashboardView stats={stats.data} reference={ref} onReference={setRef} />
      )}
    </div>
  );
}

function DashboardView({
  stats: s,
  reference,
  onReference,
}: {
  stats: DashboardStats;
  reference: Reference;
  onReference: (r: Reference) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const sectors = useSectors();
  const [period, setPeriod] = useState<WindowName>("last30");
  const trendId = useId();
  const latestDay = s.latestEventAt ? missionDayOf(s.latestEventAt) : null;
  const w = s.windows[period];

  const label = {
    byCategory: (k: string) =>
      k in CATEGORY_LABELS ? `${k} — ${CATEGORY_LABELS[k as CategoryCode][lang]}` : k,
    bySide: (k: string) => (k === "none" ? t("dashboard.sideNone") : partyName(parties, k, lang)),
    bySector: sectors.name,
    byVerificationLevel: (k: string) =>
      k === "none"
        ? t("dashboard.levelNone")
        : t(`verification.${k}` as "verification.V0", { defaultValue: k }),
  };

  return (
    <>
      <ReferencePicker
        stats={s}
        reference={reference}
        latestDay={latestDay}
        onReference={onReference}
      />
      {!s.includesReports && <p className="notice notice-info">{t("dashboard.reportsHidden")}</p>}
      <div className="stat-cards">
        {WINDOW_NAMES.map((name) => {
          const win = s.windows[name];
          return (
            <section key={name} className="panel stat-card" aria-labelledby={`win-${name}`}>
              <h2 id={`win-${name}`} className="panel-title">
                {t(`dashboard.windows.${name}`)}
              </h2>
              <p className="muted stat-range">
                {name === "today"
                  ? formatDay(win.to, lang)
                  : t("dashboard.windowRange", {
                      from: formatDay(win.from, lang),
                      to: formatDay(win.to, lang),
                    })}
              </p>
              <dl className="stat-numbers">
                {(["reports", "incidents", "violations"] as const)
                  .filter((k) => k !== "reports" || s.includesReports)
                  .map((k) => (
                    <div key={k} className={`stat stat-${k}`}>
                      <dt>{t(`dashboard.totals.${k}`)}</dt>
                      <dd>{formatNumber(win.totals[k], lang)}</dd>
                    </div>
                  ))}
              </dl>
            </section>
          );
        })}
      </div>
      <p className="hint">{t("dashboard.totalsNote")}</p>

      <section aria-labelledby="breakdowns-title">
        <h2 id="breakdowns-title" className="visually-hidden">
          {t("dashboard.chooseWindow")}
        </h2>
        <fieldset className="window-choice">
          <legend>{t("dashboard.chooseWindow")}</legend>
          {WINDOW_NAMES.map((name) => (
            <label key={name} className="choice">
              <input
                type="radio"
                name="dashboard-window"
                value={name}
                checked={period === name}
                onChange={() => setPeriod(name)}
              />
              {t(`dashboard.windows.${name}`)}
            </label>
          ))}
        </fieldset>
        <div className="breakdowns">
          {BREAKDOWNS.map((b) => (
            <BreakdownTable
              key={b}
              name={b}
              rows={w[b]}
              label={label[b]}
              showReports={s.includesReports}
            />
          ))}
        </div>
      </section>

      <section className="panel" aria-labelledby={trendId}>
        <h2 id={trendId} className="panel-title">
          {s.entryIntoForce ? t("dashboard.trendTitle") : t("dashboard.trendNoAgreement")}
        </h2>
        {s.entryIntoForce && (
          <p className="muted">
            {t("dashboard.trendSince", { day: formatDay(missionDayOf(s.entryIntoForce), lang) })}
          </p>
        )}
        <TrendChart trend={s.trend} titleId={trendId} />
      </section>
    </>
  );
}

function ReferencePicker({
  stats: s,
  reference,
  latestDay,
  onReference,
}: {
  stats: DashboardStats;
  reference: Reference;
  latestDay: string | null;
  onReference: (r: Reference) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="panel reference-panel">
      {reference.auto && latestDay && (
        <p className="notice notice-info" role="status">
          {t("dashboard.autoLatest", { day: formatDay(latestDay, lang) })}
        </p>
      )}
      <div className="reference-row">
        <div className="field">
          <label htmlFor="reference-day">{t("dashboard.reference")}</label>
          <DayField
            id="reference-day"
            value={s.reference.day}
            describedBy="reference-hint"
            onChange={(v, ok) => ok && v && onReference({ day: v, auto: false })}
          />
          <p id="reference-hint" className="hint">
            {t("dashboard.referenceHint")}
            {latestDay && <> {t("dashboard.latestHint", { day: formatDay(latestDay, lang) })}</>}
          </p>
        </div>
        <div className="action-row">
          {reference.day !== null && (
            <button
              type="button"
              className="button secondary"
              onClick={() => onReference({ day: null, auto: false })}
            >
              {t("dashboard.showToday")}
            </button>
          )}
          {latestDay && latestDay !== s.reference.day && (
            <button
              type="button"
              className="button secondary"
              onClick={() => onReference({ day: latestDay, auto: false })}
            >
              {t("dashboard.showLatest")}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
