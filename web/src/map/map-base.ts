/**
 * Creating a MapLibre map the same way everywhere: the offline basemap, controls on the side
 * where the reading direction ends (they mirror in Arabic), labels in the interface language.
 */
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { TFunction } from "i18next";
import type { UiLanguage } from "../i18n/index.js";
import { basemapStyle, LIBYA_BOUNDS } from "./basemap.js";
import { addOperatorBasemap } from "./operator-basemap.js";
import { CITY_LABELS } from "./places.js";

// Bundled, MapLibre cannot find its worker next to itself; it is shipped as a hashed asset, which
// the offline shell precaches with the rest of the build.
maplibregl.setWorkerUrl(workerUrl);

export interface BaseMapOptions {
  container: HTMLElement;
  lang: UiLanguage;
  t: TFunction;
  /** A small map (the intake form): fewer controls. */
  compact?: boolean;
}

export function createBaseMap({ container, lang, t, compact }: BaseMapOptions): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: basemapStyle(),
    bounds: LIBYA_BOUNDS,
    fitBoundsOptions: { padding: 16 },
    // Generous: a tighter box would force a wide, short map to zoom past Libya's extent.
    maxBounds: [
      [-15, 0],
      [50, 48],
    ],
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    cooperativeGestures: false,
    locale: {
      "NavigationControl.ZoomIn": t("map.zoomIn"),
      "NavigationControl.ZoomOut": t("map.zoomOut"),
      "NavigationControl.ResetBearing": t("map.resetBearing"),
      "AttributionControl.ToggleAttribution": t("map.attributionToggle"),
    },
  });
  map.touchZoomRotate.disableRotation();
  const end = lang === "ar" ? "top-left" : "top-right";
  const bottomEnd = lang === "ar" ? "bottom-left" : "bottom-right";
  const bottomStart = lang === "ar" ? "bottom-right" : "bottom-left";
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), end);
  map.addControl(
    new maplibregl.AttributionControl({
      compact: false,
      customAttribution: t("map.basemapAttribution"),
    }),
    bottomEnd,
  );
  if (!compact) map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), bottomStart);
  addCityLabels(map, lang);
  map.once("load", () => {
    addOperatorBasemap(map).catch((err: unknown) =>
      console.warn("The operator's basemap could not be added:", err),
    );
  });
  return map;
}

function addCityLabels(map: maplibregl.Map, lang: UiLanguage): void {
  const markers = CITY_LABELS.map((c) => {
    const el = document.createElement("div");
    el.className = "city-label";
    el.lang = lang;
    el.textContent = c[lang];
    el.setAttribute("aria-hidden", "true");
    const marker = new maplibregl.Marker({ element: el, anchor: "top" }).setLngLat([c.lon, c.lat]);
    return { marker, minZoom: c.minZoom, shown: false };
  });
  const update = () => {
    const zoom = map.getZoom();
    for (const m of markers) {
      const show = zoom >= m.minZoom;
      if (show && !m.shown) m.marker.addTo(map);
      if (!show && m.shown) m.marker.remove();
      m.shown = show;
    }
  };
  map.on("zoomend", update);
  update();
}

export { maplibregl };
