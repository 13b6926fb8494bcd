/**
 * Creating a MapLibre map the same way everywhere: the offline basemap, controls on the side
 * where the reading direction ends (they mirror in Arabic), labels in the interface language.
 */
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { TFunction } from "i18next";
import type { UiLanguage } from "../i18n/index.js";
import { missionGeography, type MissionGeography } from "../mission/geography.js";
import {
  asGeoJson,
  basemapStyle,
  boundsOf,
  labelPoint,
  setBasemapGeography,
  setSectorLayersVisible,
  type Bbox,
} from "./basemap.js";
import { addOperatorBasemap } from "./operator-basemap.js";
import { showPlaceLabels } from "./place-labels.js";

// Bundled, MapLibre cannot find its worker next to itself; it is shipped as a hashed asset, which
// the offline shell precaches with the rest of the build.
maplibregl.setWorkerUrl(workerUrl);

export interface BaseMapOptions {
  container: HTMLElement;
  lang: UiLanguage;
  t: TFunction;
  /** The mission's extent (GET /mission): the first view. */
  bbox: Bbox;
  /** A small map (the intake form): fewer controls. */
  compact?: boolean;
}

export function createBaseMap({
  container,
  lang,
  t,
  bbox,
  compact,
}: BaseMapOptions): maplibregl.Map {
  const { bounds, maxBounds } = boundsOf(bbox);
  const map = new maplibregl.Map({
    container,
    style: basemapStyle(),
    bounds,
    fitBoundsOptions: { padding: 16 },
    maxBounds,
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
  map.once("load", () => styled.add(map));
  map.touchZoomRotate.disableRotation();
  const end = lang === "ar" ? "top-left" : "top-right";
  const bottomEnd = lang === "ar" ? "bottom-left" : "bottom-right";
  const bottomStart = lang === "ar" ? "bottom-right" : "bottom-left";
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), end);
  if (!compact) map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), bottomStart);
  void missionGeography().then((geography) => {
    if (!geography) return;
    whenStyled(map, () => setBasemapGeography(map, geography));
    // The credits of the mission's data, from its profile (GET /mission/geography).
    const credits = creditsOf(geography, lang);
    if (credits.length === 0) return;
    whenStyled(map, () =>
      map.addControl(
        new maplibregl.AttributionControl({ compact: false, customAttribution: credits }),
        bottomEnd,
      ),
    );
  });
  if (!compact) {
    const stop = showPlaceLabels(map, lang);
    map.once("remove", stop);
  }
  map.once("load", () => {
    addOperatorBasemap(map).catch((err: unknown) =>
      console.warn("The operator's basemap could not be added:", err),
    );
  });
  return map;
}

/** The profile's credits in the interface language (an older answer kept offline has none). */
function creditsOf(geography: MissionGeography, lang: UiLanguage): string[] {
  return (geography.attribution ?? []).map((c) => escapeHtml(c[lang] || c.en)).filter(Boolean);
}

/** MapLibre writes the credits as HTML: the profile's text is shown as text. */
const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Runs `fn` once the map's style is loaded (at once if it is); nothing on a removed map. */
function whenStyled(map: maplibregl.Map, fn: () => void): void {
  const run = () => {
    try {
      fn();
    } catch {
      // the map was removed meanwhile (its page closed)
    }
  };
  if (styled.has(map)) run();
  else map.once("load", run);
}

/** The maps whose style has loaded ("load" fires once, and isStyleLoaded() is false again while a
 * source is being filled). */
const styled = new WeakSet<maplibregl.Map>();

const sectorLabels = new WeakMap<maplibregl.Map, maplibregl.Marker[]>();

/**
 * Shows or hides the mission's sectors: their outlines, and their names as HTML labels (so the
 * browser shapes Arabic with the shipped font; MapLibre text would need a glyph server).
 */
export function showSectors(map: maplibregl.Map, shown: boolean, lang: UiLanguage): void {
  for (const m of sectorLabels.get(map) ?? []) m.remove();
  sectorLabels.delete(map);
  whenStyled(map, () => setSectorLayersVisible(map, shown));
  if (!shown) return;
  void missionGeography().then((geography) => {
    if (!geography) return;
    // Once styled: a map that opens with its sectors shown (a team's area) is asked before.
    whenStyled(map, () => {
      if (sectorLabels.has(map) || !map.getStyle()) return;
      sectorLabels.set(
        map,
        labelsOf(geography, lang).map((m) => m.addTo(map)),
      );
    });
  });
}

function labelsOf(geography: MissionGeography, lang: UiLanguage): maplibregl.Marker[] {
  return asGeoJson(geography.sectors).features.flatMap((f) => {
    const at = labelPoint(f.geometry);
    if (!at) return [];
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const name = props[lang === "ar" ? "name_ar" : "name_en"] ?? props.name_en ?? props.code;
    const el = document.createElement("div");
    el.className = "sector-label";
    el.lang = lang;
    el.textContent = typeof name === "string" ? name : "";
    return [new maplibregl.Marker({ element: el, anchor: "center" }).setLngLat(at)];
  });
}

export { maplibregl };
