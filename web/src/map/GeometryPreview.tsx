/**
 * A new layer version's geometry on the map before it is saved, drawn in the style the map page
 * will draw it (overlays.ts), fitted to its extent; a line's first point is marked, since a line
 * of contact's left and right are read walking from there. `data-state` says "ready" once drawn.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GeoJSONSource } from "maplibre-gl";
import type { LayerKind, LayerStatus } from "../api/geo-types.js";
import { useMissionBbox } from "../mission/MissionProvider.js";
import { useLang } from "../ui/use-lang.js";
import { createBaseMap, maplibregl } from "./map-base.js";
import {
  addOverlayLayers,
  DISPUTED_COLOUR,
  groupOf,
  OVERLAY_GROUPS,
  OVERLAY_SOURCE,
  setOverlayVisibility,
} from "./overlays.js";

export interface PreviewShape {
  geometry: GeoJSON.Geometry;
  kind: LayerKind;
  status: LayerStatus;
  colour: string;
  /** A line of contact's disputed parts, drawn dashed over it (decision 0019). */
  disputed?: GeoJSON.Geometry | null;
}

export default function GeometryPreview({ shape }: { shape: PreviewShape }) {
  const { t } = useTranslation();
  const lang = useLang();
  const bbox = useMissionBbox();
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    setReady(false);
    const map = createBaseMap({ container: container.current!, lang, t, bbox, compact: true });
    const start = firstPoint(shape.geometry);
    const marker =
      start && groupOf(shape.kind) !== "zones" && groupOf(shape.kind) !== "area_of_control"
        ? new maplibregl.Marker({ element: startMark() }).setLngLat(start).addTo(map)
        : null;
    const box = extent(shape.geometry);
    if (box) map.fitBounds(box, { padding: 32, maxZoom: 11, duration: 0 });
    map.on("load", () => {
      addOverlayLayers(map);
      map.getSource<GeoJSONSource>(OVERLAY_SOURCE)?.setData({
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            geometry: shape.geometry,
            properties: { group: groupOf(shape.kind), status: shape.status, colour: shape.colour },
          },
          ...(shape.disputed
            ? [
                {
                  type: "Feature" as const,
                  geometry: shape.disputed,
                  properties: {
                    group: groupOf(shape.kind),
                    status: "disputed",
                    colour: DISPUTED_COLOUR,
                  },
                },
              ]
            : []),
        ],
      });
      setOverlayVisibility(map, new Set(OVERLAY_GROUPS));
      map.once("idle", () => setReady(true));
    });
    return () => {
      marker?.remove();
      map.remove();
    };
  }, [lang, t, bbox, shape]);

  return (
    <div
      ref={container}
      className="map-canvas map-preview"
      role="region"
      aria-label={t("geoLayers.previewMap")}
      data-testid="geometry-preview"
      data-state={ready ? "ready" : "loading"}
    />
  );
}

function startMark(): HTMLElement {
  const el = document.createElement("div");
  el.className = "preview-start";
  el.setAttribute("aria-hidden", "true");
  return el;
}

function positionsOf(g: GeoJSON.Geometry): GeoJSON.Position[] {
  switch (g.type) {
    case "Point":
      return [g.coordinates];
    case "LineString":
    case "MultiPoint":
      return g.coordinates;
    case "Polygon":
    case "MultiLineString":
      return g.coordinates.flat();
    case "MultiPolygon":
      return g.coordinates.flat(2);
    case "GeometryCollection":
      return g.geometries.flatMap(positionsOf);
  }
}

function firstPoint(g: GeoJSON.Geometry): [number, number] | null {
  const p = positionsOf(g)[0];
  return p && p.length >= 2 ? [p[0]!, p[1]!] : null;
}

function extent(g: GeoJSON.Geometry): [[number, number], [number, number]] | null {
  const ps = positionsOf(g).filter(
    (p) => Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1]!) <= 90,
  );
  if (ps.length === 0) return null;
  const lons = ps.map((p) => p[0]!);
  const lats = ps.map((p) => p[1]!);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
