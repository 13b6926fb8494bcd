/**
 * Incidents the user may see (the server decides which): filters and order in the address, a
 * CSV export of the same list, a table on a wide screen and cards on a phone.
 */
import { useTranslation } from "react-i18next";
import { useLocation } from "../router.js";
import { useUser } from "../session.js";
import { PageTitle } from "../shell/PageTitle.js";
import { ExportButton } from "../ui/ExportButton.js";
import { Empty, ErrorNotice, Loading } from "../ui/notices.js";
import { useLang } from "../ui/use-lang.js";
import {
  IncidentFilters,
  incidentApiQuery,
  incidentFiltersOf,
} from "./incidents/IncidentFilters.js";
import { areaHref, opensOnTeamArea, TeamAreaNotice, teamAreaOf } from "./team-area.js";
import { IncidentTable } from "./incidents/IncidentTable.js";
import { LoadMore } from "./LoadMore.js";
import { usePagedList } from "./use-paged.js";

export function IncidentsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { query, href } = useLocation();
  const user = useUser();
  const teamArea = teamAreaOf(user);
  const filters = incidentFiltersOf(query, teamArea);
  const apiQuery = incidentApiQuery(filters);
  const list = usePagedList("/incidents", apiQuery);
  return (
    <>
      <PageTitle>{t("incidents.title")}</PageTitle>
      <p className="muted">{t("common.timeZoneNote")}</p>
      {opensOnTeamArea(query, teamArea) && (
        <TeamAreaNotice
          teamArea={teamArea}
          everyHref={areaHref("/incidents", { ...filters, sector: undefined }, teamArea)}
        />
      )}
      <IncidentFilters filters={filters} teamArea={teamArea} key={href} />
      {/* Titles the server made up come composed in the interface language (docs/language.md). */}
      <ExportButton
        path="/incidents.csv"
        query={{ ...apiQuery, lang }}
        fallbackName="incidents.csv"
      />
      {list.first.state === "loading" && <Loading />}
      {list.first.state === "error" && (
        <ErrorNotice error={list.first.error} onRetry={list.reload} />
      )}
      {list.first.state === "ok" &&
        (list.items.length === 0 ? (
          <Empty>{t("incidents.empty")}</Empty>
        ) : (
          <IncidentTable
            incidents={list.items}
            sort={filters.sort ?? "occurred"}
            order={filters.order ?? "desc"}
          />
        ))}
      <LoadMore list={list} />
    </>
  );
}
