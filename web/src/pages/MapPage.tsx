/** Incidents on the offline map of Libya, with a legend and the same incidents as a list. */
import { lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../api/client.js";
import type { Incident, Page } from "../api/types.js";
import { CATEGORY_GROUP_COLOURS, STATE_GROUP_COLOURS, type ColourBy } from "../map/colours.js";
import { Link, useLocation } from "../router.js";
import { PageTitle } from "../shell/PageTitle.js";
import { CaseStateBadge } from "../ui/display.js";
import { MapBoundary } from "../ui/MapBoundary.js";
import { ErrorNotice, Loading } from "../ui/notices.js";
import { useApi } from "../use-api.js";
import { CATEGORY_GROUPS, STATE_GROUPS } from "../vocabulary.js";

const IncidentMap = lazy(() => import("../map/IncidentMap.js"));

/** Every incident the user may see, page by page (the map shows them all at once). */
async function allIncidents(signal: AbortSignal): Promise<Incident[]> {
  const items: Incident[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 25; n++) {
    const page: Page<Incident> = await get<Page<Incident>>("/incidents", {
      query: { limit: 200, cursor },
      signal,
    });
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export default function MapPage() {
  const { t } = useTranslation();
  const { query } = useLocation();
  const [colourBy, setColourBy] = useState<ColourBy>("state");
  const incidents = useApi(allIncidents, []);
  const list = incidents.state === "ok" ? incidents.data : [];
  const located = list.filter((i) => i.location);
  const unlocated = list.length - located.length;

  return (
    <div className="map-page">
      <div className="map-main">
        <PageTitle>{t("map.title")}</PageTitle>
        {incidents.state === "error" && (
          <ErrorNotice error={incidents.error} onRetry={incidents.reload} />
        )}
        <MapBoundary
          fallback={<p className="notice notice-error">{t("map.unavailable")}</p>}
          loading={<Loading />}
        >
          <IncidentMap
            incidents={located}
            colourBy={colourBy}
            focusId={query.get("focus") ?? undefined}
          />
        </MapBoundary>
      </div>
      <aside className="map-side" aria-label={t("map.legend")}>
        <fieldset className="radio-group">
          <legend>{t("map.colourBy")}</legend>
          <label>
            <input
              type="radio"
              name="colour-by"
              value="state"
              checked={colourBy === "state"}
              onChange={() => setColourBy("state")}
            />
            {t("map.byState")}
          </label>
          <label>
            <input
              type="radio"
              name="colour-by"
              value="category"
              checked={colourBy === "category"}
              onChange={() => setColourBy("category")}
            />
            {t("map.byCategory")}
          </label>
        </fieldset>
        <h2 className="side-title">{t("map.legend")}</h2>
        <ul className="legend">
          {colourBy === "state"
            ? STATE_GROUPS.map((g) => (
                <li key={g}>
                  <span className="swatch" style={{ background: STATE_GROUP_COLOURS[g] }} />
                  {t(`stateGroup.${g}`)}
                </li>
              ))
            : CATEGORY_GROUPS.map((g) => (
                <li key={g}>
                  <span className="swatch" style={{ background: CATEGORY_GROUP_COLOURS[g] }} />
                  {t(`categoryGroup.${g}`)}
                </li>
              ))}
        </ul>
        <h2 className="side-title">{t("map.listTitle")}</h2>
        {incidents.state === "loading" && <Loading />}
        {unlocated > 0 && <p className="muted">{t("map.notLocated", { count: unlocated })}</p>}
        <ul className="map-list">
          {located.map((i) => (
            <li key={i.id}>
              <Link to={`/incidents/${i.id}`}>
                <span className="mono">{i.reference}</span>
                <bdi className="map-list-title">{i.title}</bdi>
              </Link>
              <CaseStateBadge state={i.state} />
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
