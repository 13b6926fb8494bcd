/**
 * The map page's map: incidents or reports in the current view from the server's GeoJSON views
 * (points, or grid clusters when dense), refetched when the view settles; the ceasefire's geo
 * layers under them. Points are circles coloured by verification level or category group; a
 * click opens the record. Clusters are buttons with their count; a click zooms into them. The
 * page lists the same points as links for keyboard and screen-reader users.
 *
 * `data-state` on the root says "ready" once MapLibre is idle with the first data drawn (the
 * web-load benchmark and the browser tests wait on it).
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GeoJSONSource } from "maplibre-gl";
import { get } from "../api/client.js";
import type { ClusterProps, MapPointProps, MapView } from "../api/geo-types.js";
import { formatNumber } from "../i18n/format.js";
import type { UiLanguage } from "../i18n/index.js";
import { navigate } from "../router.js";
import { useMissionBbox } from "../mission/MissionProvider.js";
import { useLang } from "../ui/use-lang.js";
import { categoryGroupOf, type CategoryGroup } from "../vocabulary.js";
import {
  CATEGORY_GROUP_COLOURS,
  VERIFICATION_COLOURS,
  type ColourBy,
  type VerificationKey,
} from "./colours.js";
import type { Bbox } from "./basemap.js";
import { createBaseMap, maplibregl, showSectors } from "./map-base.js";
import {
  addOverlayLayers,
  OVERLAY_SOURCE,
  setOverlayVisibility,
  type OverlayGroup,
} from "./overlays.js";

export type Dataset = "incidents" | "reports";

export type ViewState =
  | { kind: "loading" }
  | { kind: "points"; points: MapPointProps[] }
  | { kind: "clusters"; total: number }
  | { kind: "error"; error: unknown };

export interface MapFocus {
  lat: number;
  lon: number;
  zoom: number;
}

/** The points' filter (the map's time window, a team's sectors), as the API takes it. */
interface PointWindow {
  occurredFrom?: string;
  occurredTo?: string;
  sector?: string;
}

interface Props {
  dataset: Dataset;
  /** Null while the time window is still being worked out: the map draws, the points wait. */
  window: PointWindow | null;
  colourBy: ColourBy;
  overlays: GeoJSON.FeatureCollection;
  shown: ReadonlySet<OverlayGroup>;
  /** Whether the mission's sectors are drawn, with their names. */
  sectors: boolean;
  /** Other datasets' events (ACLED, UCDP GED) as a layer of their own; null when not drawn. */
  context?: GeoJSON.FeatureCollection | null;
  focus?: MapFocus | null;
  /**
   * The box the map shows first and returns to when it changes (a team's area, or the whole
   * mission's extent when null); a focus wins over it at the start.
   */
  fitTo?: Bbox | null;
  onView: (view: ViewState) => void;
}

const REFETCH_DELAY_MS = 250;
const CONTEXT_SOURCE = "context-events";
const NONE: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };
const round = (x: number) => Math.round(x * 1e4) / 1e4;

function pointColour(p: MapPointProps, colourBy: ColourBy): string {
  if (colourBy === "category") return CATEGORY_GROUP_COLOURS[categoryGroupOf(p.category)];
  return VERIFICATION_COLOURS[(p.verificationLevel ?? "none") as VerificationKey] ?? "#FFFFFF";
}

/** A cluster's colour: the most frequent value among its records. */
function clusterColour(c: ClusterProps, colourBy: ColourBy): string {
  const counts: Record<string, number> = {};
  if (colourBy === "category") {
    for (const [code, n] of Object.entries(c.category ?? {})) {
      const g = code.charAt(0);
      counts[g] = (counts[g] ?? 0) + n;
    }
  } else {
    Object.assign(counts, c.verificationLevel ?? {});
  }
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!top) return "#9CA3AF";
  return colourBy === "category"
    ? (CATEGORY_GROUP_COLOURS[top as CategoryGroup] ?? "#9CA3AF")
    : (VERIFICATION_COLOURS[top as VerificationKey] ?? "#9CA3AF");
}

function popupContent(p: MapPointProps, reportLabel: (tracking: string) => string) {
  const el = document.createElement("div");
  const ref = document.createElement("strong");
  const title = document.createElement("div");
  title.dir = "auto";
  if ("reference" in p) {
    ref.textContent = p.reference;
    title.textContent = p.title;
  } else {
    ref.textContent = reportLabel(p.trackingId);
  }
  el.append(ref, title);
  return el;
}

function clusterMarker(
  map: maplibregl.Map,
  c: ClusterProps,
  at: [number, number],
  colourBy: ColourBy,
  lang: UiLanguage,
  label: string,
): maplibregl.Marker {
  const el = document.createElement("button");
  el.type = "button";
  el.className = "map-cluster";
  const size = Math.round(26 + Math.min(26, Math.log2(c.count) * 3.5));
  el.style.width = el.style.height = `${size}px`;
  el.style.setProperty("--cluster-colour", clusterColour(c, colourBy));
  el.textContent = formatNumber(c.count, lang);
  el.setAttribute("aria-label", label);
  el.title = label;
  el.addEventListener("click", (e) => {
    e.stopPropagation();
    // Four numbers, [west, south, east, north]: OpenAPI 3.0 has no tuples to say so.
    map.fitBounds(c.cell as [number, number, number, number], {
      padding: 40,
      maxZoom: Math.max(map.getZoom() + 2, 8),
    });
  });
  return new maplibregl.Marker({ element: el }).setLngLat(at).addTo(map);
}

const fitBox = (b: Bbox): [[number, number], [number, number]] => [
  [b[0]!, b[1]!],
  [b[2]!, b[3]!],
];

export default function IncidentMap({
  dataset,
  window: timeWindow,
  colourBy,
  overlays,
  shown,
  sectors,
  context = null,
  focus,
  fitTo = null,
  onView,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const missionBbox = useMissionBbox();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [ready, setReady] = useState(false);
  // What the map's event handlers read: the latest props without re-creating the map.
  const latest = useRef({ dataset, timeWindow, colourBy, overlays, shown, onView, context });
  latest.current = { dataset, timeWindow, colourBy, overlays, shown, onView, context };
  const lastView = useRef<MapView | null>(null);
  const clusterMarkers = useRef<maplibregl.Marker[]>([]);
  const reloadRef = useRef<() => void>(() => {});
  const redrawRef = useRef<() => void>(() => {});

  useEffect(() => {
    setReady(false);
    const map = createBaseMap({ container: container.current!, lang, t, bbox: missionBbox });
    mapRef.current = map;
    if (focus) map.jumpTo({ center: [focus.lon, focus.lat], zoom: focus.zoom });
    else if (fitTo) map.fitBounds(fitBox(fitTo), { padding: 24, animate: false });
    let controller: AbortController | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    // The style loaded (the points' source exists): the points are asked for before, in parallel.
    let styled = false;

    // Usable once the first points are drawn, not only handed over: a click can find the circles.
    const settle = () => {
      if (!first || !styled || !lastView.current) return;
      first = false;
      map.once("idle", () => {
        map.getCanvas().dataset.ready = "true";
        setReady(true);
      });
    };

    const draw = () => {
      const view = lastView.current;
      const source = map.getSource<GeoJSONSource>("points");
      if (!view || !source) return;
      const { colourBy: by } = latest.current;
      const points = view.features.filter((f) => !("cluster" in f.properties)) as GeoJSON.Feature<
        GeoJSON.Point,
        MapPointProps
      >[];
      source.setData({
        type: "FeatureCollection",
        features: points.map((f) => ({
          ...f,
          properties: { ...f.properties, colour: pointColour(f.properties, by) },
        })),
      });
      for (const m of clusterMarkers.current) m.remove();
      clusterMarkers.current = view.features
        .filter((f) => "cluster" in f.properties)
        .map((f) => {
          const c = f.properties as ClusterProps;
          const at = f.geometry.coordinates as [number, number];
          return clusterMarker(map, c, at, by, lang, t("geoMap.cluster", { count: c.count }));
        });
    };
    redrawRef.current = draw;

    const load = async () => {
      const timeWindow = latest.current.timeWindow;
      if (!timeWindow) return;
      controller?.abort();
      const ctrl = new AbortController();
      controller = ctrl;
      const b = map.getBounds();
      const bbox = [
        Math.max(-180, b.getWest()),
        Math.max(-90, b.getSouth()),
        Math.min(180, b.getEast()),
        Math.min(90, b.getNorth()),
      ]
        .map(round)
        .join(",");
      try {
        const view = await get(`/${latest.current.dataset}.geojson`, {
          query: { bbox, zoom: Math.floor(map.getZoom()), ...timeWindow },
          signal: ctrl.signal,
        });
        if (ctrl.signal.aborted) return;
        lastView.current = view;
        draw();
        latest.current.onView(
          view.meta.clustered
            ? { kind: "clusters", total: view.meta.total }
            : { kind: "points", points: view.features.map((f) => f.properties as MapPointProps) },
        );
        settle();
      } catch (error) {
        if (ctrl.signal.aborted) return;
        latest.current.onView({ kind: "error", error });
      }
    };
    reloadRef.current = () => void load();

    map.on("load", () => {
      addOverlayLayers(map);
      map.getSource<GeoJSONSource>(OVERLAY_SOURCE)?.setData(latest.current.overlays);
      setOverlayVisibility(map, latest.current.shown);
      // Context events under the mission's own points: hollow grey rings, never mistaken for them.
      map.addSource(CONTEXT_SOURCE, { type: "geojson", data: latest.current.context ?? NONE });
      map.addLayer({
        id: CONTEXT_SOURCE,
        type: "circle",
        source: CONTEXT_SOURCE,
        paint: {
          "circle-color": "rgba(255,255,255,0.6)",
          "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 4, 9, 7],
          "circle-stroke-color": "#4b5563",
          "circle-stroke-width": 2,
        },
      });
      map.addSource("points", {
        type: "geojson",
        data: { type: "FeatureCollection", features: [] },
      });
      map.addLayer({
        id: "points",
        type: "circle",
        source: "points",
        paint: {
          "circle-color": ["get", "colour"],
          "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 6, 9, 10],
          "circle-stroke-color": "#111827",
          "circle-stroke-width": 1.5,
        },
      });
      styled = true;
      draw();
      settle();
    });
    // The box is known as soon as the map is made: the points are asked for while it loads.
    void load();
    map.on("moveend", () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), REFETCH_DELAY_MS);
    });

    const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10 });
    map.on("mouseenter", "points", (e) => {
      map.getCanvas().style.cursor = "pointer";
      const f = e.features?.[0];
      if (!f) return;
      popup
        .setLngLat(e.lngLat)
        .setDOMContent(
          popupContent(f.properties as MapPointProps, (tracking) =>
            t("geoMap.report", { tracking }),
          ),
        )
        .addTo(map);
    });
    map.on("mouseleave", "points", () => {
      map.getCanvas().style.cursor = "";
      popup.remove();
    });
    map.on("click", "points", (e) => {
      const id = e.features?.[0]?.properties.id;
      if (typeof id !== "string") return;
      navigate(latest.current.dataset === "incidents" ? `/incidents/${id}` : `/reports/${id}`);
    });
    return () => {
      clearTimeout(timer);
      controller?.abort();
      popup.remove();
      for (const m of clusterMarkers.current) m.remove();
      clusterMarkers.current = [];
      map.remove();
      mapRef.current = null;
    };
    // The map is made once per language (its controls and labels are in that language); the
    // focus is only where it starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [lang, t, missionBbox]);

  // Another dataset, time window or area: the points in view are asked again.
  const asked = timeWindow
    ? `${dataset} ${timeWindow.occurredFrom ?? ""} ${timeWindow.occurredTo ?? ""} ${timeWindow.sector ?? ""}`
    : "";
  const shownPoints = useRef(asked);
  useEffect(() => {
    if (shownPoints.current === asked) return;
    shownPoints.current = asked;
    latest.current.onView({ kind: "loading" });
    reloadRef.current();
  }, [asked]);

  useEffect(() => redrawRef.current(), [colourBy]);

  // Another box asked for (the team's area, or back to the whole mission): the map goes there.
  const fitKey = (fitTo ?? missionBbox).join(",");
  const fitted = useRef(fitKey);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || fitted.current === fitKey) return;
    fitted.current = fitKey;
    map.fitBounds(fitBox(fitKey.split(",").map(Number)), { padding: 24 });
  }, [fitKey]);

  useEffect(() => {
    const map = mapRef.current;
    map?.getSource<GeoJSONSource>(OVERLAY_SOURCE)?.setData(overlays);
  }, [overlays]);

  useEffect(() => {
    const map = mapRef.current;
    if (map?.getSource(OVERLAY_SOURCE)) setOverlayVisibility(map, shown);
  }, [shown]);

  useEffect(() => {
    mapRef.current?.getSource<GeoJSONSource>(CONTEXT_SOURCE)?.setData(context ?? NONE);
  }, [context]);

  useEffect(() => {
    const map = mapRef.current;
    if (map) showSectors(map, sectors, lang);
    // the map is made anew for another language or extent: its sectors with it
  }, [sectors, lang, missionBbox]);

  return (
    <div
      ref={container}
      className="map-canvas"
      role="region"
      aria-label={t("geoMap.label")}
      data-testid="incident-map"
      data-state={ready ? "ready" : "loading"}
      data-window={
        timeWindow ? `${timeWindow.occurredFrom ?? ""}/${timeWindow.occurredTo ?? ""}` : ""
      }
      data-overlays={[...shown].sort().join(" ")}
      data-sectors={sectors ? "shown" : "hidden"}
      data-fit={fitKey}
      data-overlay-features={overlays.features.length}
      data-context-features={context ? context.features.length : "hidden"}
    />
  );
}
