/**
 * The map: incidents (or reports) in view and in a time window, coloured by verification level or
 * category group, clustered when dense; the lines of contact, zones and areas of control as
 * layers switched on and off on the map and drawn as on the window's last day (or a day chosen
 * apart). The window and the lines' day are in the URL. Beside the map: the time window, the
 * legend, the layer panel and the points in view as links.
 */
import { IncidentTitle } from "../incidents/IncidentTitle.js";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../api/client.js";
import type { MapPointProps } from "../api/geo-types.js";
import {
  CATEGORY_GROUP_COLOURS,
  VERIFICATION_COLOURS,
  VERIFICATION_KEYS,
  type ColourBy,
} from "../map/colours.js";
import type { Dataset, MapFocus, ViewState } from "../map/IncidentMap.js";
import { LayerSwitch } from "./map/LayerSwitch.js";
import { TimeWindow } from "./map/TimeWindow.js";
import { linesDay, windowDays, windowQuery, type MapTime } from "./map/time-window.js";
import { useMapTime } from "./map/use-map-time.js";
import { OVERLAY_GROUPS, type OverlayGroup } from "../map/overlays.js";
import { Link, useLocation } from "../router.js";
import { useUser } from "../session.js";
import { PageTitle } from "../shell/PageTitle.js";
import { CaseStateBadge } from "../ui/display.js";
import { MapBoundary } from "../ui/MapBoundary.js";
import { ErrorNotice, Loading } from "../ui/notices.js";
import { useApi } from "../use-api.js";
import { can, CATEGORY_GROUPS } from "../vocabulary.js";
import { LayerPanel } from "./map/LayerPanel.js";
import { sectorsBbox } from "../map/basemap.js";
import { useMissionGeography } from "../mission/geography.js";
import { useSectors } from "../mission/sectors.js";
import { useLayers } from "./map/use-layers.js";
// The map's code (MapLibre) is fetched beside the page's first reads (the time window, the
// layers), not before them; the stage keeps its place and size meanwhile.
import { IncidentMap } from "./map/load-incident-map.js";

const FOCUS_ZOOM = 9;

export default function MapPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { query } = useLocation();
  const mayReadReports = can.readReports(user);
  const [dataset, setDataset] = useState<Dataset>(
    can.readIncidents(user) ? "incidents" : "reports",
  );
  const [colourBy, setColourBy] = useState<ColourBy>("verification");
  const [view, setView] = useState<ViewState>({ kind: "loading" });
  const [shown, setShown] = useState<ReadonlySet<OverlayGroup>>(() => new Set(OVERLAY_GROUPS));
  // A team member's map opens on the team's area, its sectors drawn, showing what happened there;
  // the whole mission is a click.
  const teamArea = user.team?.sectors ?? [];
  const geography = useMissionGeography();
  const areaBox =
    geography && teamArea.length > 0 ? sectorsBbox(geography.sectors, teamArea) : null;
  const [onArea, setOnArea] = useState(true);
  // "?focus=<incident id>": the map starts on that incident, the time window on its day.
  const focusId = query.get("focus");
  // On the team's area the map shows what happened there, as the lists do; a monitor's reports
  // are their own, wherever they were.
  const areaFilter =
    areaBox && onArea && !focusId && (dataset === "incidents" || user.role !== "monitor")
      ? { sector: teamArea.join(",") }
      : {};
  const [sectors, setSectors] = useState(teamArea.length > 0);
  // Other datasets' events: a layer of its own, off until asked for.
  const [showContext, setShowContext] = useState(false);
  const sectorNames = useSectors();

  const focus = useApi(
    ["incident", focusId, "map-focus"],
    async (signal): Promise<{ at: MapFocus; day: string } | null> => {
      if (!focusId) return null;
      const i = await get(`/incidents/${focusId}`, { signal });
      return i.location ? { at: { ...i.location, zoom: FOCUS_ZOOM }, day: i.occurredFrom } : null;
    },
  );
  const mapTime = useMapTime(
    dataset,
    focus.state === "ok" ? (focus.data?.day ?? null) : focus.state === "error" ? null : undefined,
  );
  const time = mapTime.time;
  const layers = useLayers(time ? linesDay(time) : null);
  const context = useContextEvents(
    can.readContextEvents(user) && showContext && time ? contextDays(time) : null,
  );
  const setLinesDay = (day: string | null) => time && mapTime.setTime({ ...time, at: day });

  const toggle = (g: OverlayGroup, on: boolean) =>
    setShown((s) => {
      const next = new Set(s);
      if (on) next.add(g);
      else next.delete(g);
      return next;
    });

  return (
    <div className="map-page">
      <div className="map-main">
        <PageTitle>{t("map.title")}</PageTitle>
        {/* The map is drawn at once; only its points wait for the time window's last day. */}
        {focus.state === "loading" ? (
          <Loading />
        ) : (
          <MapBoundary
            fallback={<p className="notice notice-error">{t("map.unavailable")}</p>}
            loading={<Loading />}
          >
            {areaBox && !focusId && (
              <p className="notice notice-info team-area-notice" data-testid="team-area-notice">
                {onArea
                  ? t("geoMap.teamArea", {
                      sectors: teamArea
                        .map((c) => sectorNames.name(c))
                        .join(t("report.listSeparator")),
                    })
                  : t("geoMap.wholeMission")}{" "}
                <button type="button" className="link-button" onClick={() => setOnArea(!onArea)}>
                  {onArea ? t("geoMap.showWholeMission") : t("geoMap.backToTeamArea")}
                </button>
              </p>
            )}
            {focus.state === "ok" && focusId && !focus.data && (
              <p className="notice notice-info">{t("geoMap.focusMissing")}</p>
            )}
            <div className="map-stage">
              <Suspense fallback={<div className="map-canvas" aria-busy="true" />}>
                <IncidentMap
                  dataset={dataset}
                  window={time ? { ...windowQuery(time), ...areaFilter } : null}
                  colourBy={colourBy}
                  overlays={layers.features}
                  shown={shown}
                  sectors={sectors}
                  context={context}
                  focus={focus.state === "ok" ? (focus.data?.at ?? null) : null}
                  fitTo={onArea && !focusId ? areaBox : null}
                  onView={setView}
                />
              </Suspense>
              <LayerSwitch
                shown={shown}
                layers={layers.layers}
                onToggle={toggle}
                sectors={sectors}
                onSectors={setSectors}
                {...(can.readContextEvents(user)
                  ? {
                      context: {
                        shown: showContext,
                        count: context?.features.length ?? null,
                        onToggle: setShowContext,
                      },
                    }
                  : {})}
              />
            </div>
          </MapBoundary>
        )}
      </div>
      <aside className="map-side" aria-label={t("map.legend")}>
        {time && <TimeWindow state={{ ...mapTime, time }} />}
        {mayReadReports && can.readIncidents(user) && (
          <Choice
            name="dataset"
            legend={t("geoMap.show")}
            value={dataset}
            options={[
              ["incidents", t("geoMap.incidents")],
              ["reports", t("geoMap.reports")],
            ]}
            onChange={setDataset}
          />
        )}
        <Choice
          name="colour-by"
          legend={t("geoMap.colourBy")}
          value={colourBy}
          options={[
            ["verification", t("geoMap.byVerification")],
            ["category", t("geoMap.byCategory")],
          ]}
          onChange={setColourBy}
        />
        <h2 className="side-title">{t("map.legend")}</h2>
        <Legend colourBy={colourBy} />
        <LayerPanel
          state={layers}
          shown={shown}
          follows={!time?.at || time.at === time.to}
          setDay={setLinesDay}
        />
        <PointsInView dataset={dataset} view={view} />
      </aside>
    </div>
  );
}

/** The time window's days (the mission's calendar days), which context events are dated in. */
function contextDays(time: MapTime): { from?: string; to?: string } {
  if (!time.to || time.span === "all") return {};
  const { from, to } = windowDays({ ...time, to: time.to });
  return { ...(from ? { from } : {}), to };
}

/** The context events of the time window's days, when the layer is on. */
function useContextEvents(
  days: { from?: string; to?: string } | null,
): GeoJSON.FeatureCollection | null {
  const events = useApi(["context-events", days !== null, days?.from, days?.to], (signal) =>
    days ? get("/context-events.geojson", { signal, query: days }) : Promise.resolve(null),
  );
  return events.state === "ok" && events.data ? (events.data as GeoJSON.FeatureCollection) : null;
}

function Choice<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: [T, string][];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function Legend({ colourBy }: { colourBy: ColourBy }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="legend">
        {colourBy === "verification"
          ? VERIFICATION_KEYS.map((k) => (
              <li key={k}>
                <span className="swatch" style={{ background: VERIFICATION_COLOURS[k] }} />
                {k === "none" ? t("geoMap.noFinding") : t(`verification.${k}`)}
              </li>
            ))
          : CATEGORY_GROUPS.map((g) => (
              <li key={g}>
                <span className="swatch" style={{ background: CATEGORY_GROUP_COLOURS[g] }} />
                {t(`categoryGroup.${g}`)}
              </li>
            ))}
      </ul>
      <p className="hint legend-cluster">
        <span className="map-cluster legend-cluster-sample" aria-hidden="true">
          12
        </span>
        {t("geoMap.legendCluster")}
      </p>
    </>
  );
}

function PointsInView({ dataset, view }: { dataset: Dataset; view: ViewState }) {
  const { t } = useTranslation();
  const title = (count: number) =>
    dataset === "incidents"
      ? t("geoMap.inViewIncidents", { count })
      : t("geoMap.inViewReports", { count });
  return (
    <section aria-labelledby="in-view-title" aria-busy={view.kind === "loading"}>
      <h2 id="in-view-title" className="side-title">
        {view.kind === "points"
          ? title(view.points.length)
          : view.kind === "clusters"
            ? title(view.total)
            : dataset === "incidents"
              ? t("geoMap.incidents")
              : t("geoMap.reports")}
      </h2>
      {view.kind === "loading" && <Loading />}
      {view.kind === "error" && (
        <>
          <p className="notice-lead">{t("geoMap.loadFailed")}</p>
          <ErrorNotice error={view.error} />
        </>
      )}
      {view.kind === "clusters" && (
        <p className="muted">{t("geoMap.clustered", { count: view.total })}</p>
      )}
      {view.kind === "points" && view.points.length === 0 && (
        <p className="muted">{t("geoMap.nothingInView")}</p>
      )}
      {view.kind === "points" && (
        <ul className="map-list">
          {view.points.map((p) => (
            <PointItem key={p.id} point={p} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PointItem({ point: p }: { point: MapPointProps }) {
  const { t } = useTranslation();
  if ("reference" in p) {
    return (
      <li>
        <Link to={`/incidents/${p.id}`}>
          <span className="mono">{p.reference}</span>
          <IncidentTitle incident={p} className="map-list-title" />
        </Link>
        <CaseStateBadge state={p.state} />
      </li>
    );
  }
  return (
    <li>
      <Link to={`/reports/${p.id}`}>
        <span className="mono">{p.trackingId}</span>
        <span className="map-list-title">{t(`reportStatus.${p.status}`)}</span>
      </Link>
    </li>
  );
}
