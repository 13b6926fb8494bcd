/**
 * Reports, newest first, with filters and a "more" button. Intake and the chief select untriaged
 * reports here and open an incident from them. A party liaison sees only their party's
 * complaints: the server narrows the list; nothing is filtered here.
 */
import { useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { User } from "../api/types.js";
import { navigate, useLocation } from "../router.js";
import { useUser } from "../session.js";
import { PageTitle } from "../shell/PageTitle.js";
import { ExportButton } from "../ui/ExportButton.js";
import { Empty, ErrorNotice, Loading } from "../ui/notices.js";
import { can } from "../vocabulary.js";
import { apiQuery, filtersOf, ReportFilters } from "./reports/ReportFilters.js";
import { ReportTable } from "./reports/ReportTable.js";
import { TriagePanel } from "./reports/TriagePanel.js";
import { LoadMore } from "./LoadMore.js";
import { usePagedList } from "./use-paged.js";
import { areaHref, opensOnTeamArea, TeamAreaNotice, teamAreaOf } from "./team-area.js";

export function titleFor(user: User, t: TFunction<"translation">): string {
  if (user.role === "liaison") return t("reports.titleLiaison");
  if (user.role === "monitor") return t("reports.titleMonitor");
  return t("reports.title");
}

export function ReportsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { query, href } = useLocation();
  // A monitor's list is their own reports, wherever they were: only an analyst's opens on the area.
  const teamArea = user.role === "monitor" ? [] : teamAreaOf(user);
  const filters = filtersOf(query, teamArea);
  const list = usePagedList("/reports", apiQuery(filters));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Reports ticked from the suggested duplicates: they may not be on the page loaded.
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [closedCount, setClosedCount] = useState(0);
  const triage = can.triage(user);
  const filtered = Object.values(filters).some(Boolean);

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <PageTitle>
        {triage && filters.status === "received" ? t("nav.triageQueue") : titleFor(user, t)}
      </PageTitle>
      <p className="muted">{t("common.timeZoneNote")}</p>
      {opensOnTeamArea(query, teamArea) && (
        <TeamAreaNotice
          teamArea={teamArea}
          everyHref={areaHref("/reports", { ...filters, sector: undefined }, teamArea)}
        />
      )}
      <ReportFilters filters={filters} teamArea={teamArea} key={href} />
      <ExportButton path="/reports.csv" query={apiQuery(filters)} fallbackName="reports.csv" />
      {triage && (
        <TriagePanel
          selected={[...selected]}
          reports={list.items}
          onDone={(incident) => navigate(`/incidents/${incident.id}`)}
          onMerged={(incidentId) => navigate(`/incidents/${incidentId}`)}
          picked={picked}
          onSelect={(id) => {
            setPicked((p) => new Set(p).add(id));
            toggle(id, true);
          }}
          onClosed={(count) => {
            setSelected(new Set());
            setPicked(new Set());
            setClosedCount(count);
            list.reload();
          }}
        />
      )}
      {closedCount > 0 && (
        <p className="notice notice-success" role="status">
          {t("triage.closed", { count: closedCount })}
        </p>
      )}
      {list.first.state === "loading" && <Loading />}
      {list.first.state === "error" && (
        <ErrorNotice error={list.first.error} onRetry={list.reload} />
      )}
      {list.first.state === "ok" &&
        (list.items.length === 0 ? (
          <Empty>{filtered ? t("reports.empty") : t("reports.emptyAll")}</Empty>
        ) : (
          <ReportTable
            reports={list.items}
            selectable={triage}
            selected={selected}
            onToggle={toggle}
          />
        ))}
      <LoadMore list={list} />
    </>
  );
}
