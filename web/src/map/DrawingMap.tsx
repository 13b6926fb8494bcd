/**
 * The map a line or zone is drawn on (decision 0019): a click puts the next point down, a point
 * is dragged to move it, and the line so far is drawn in the style the map page gives the
 * version. The drawing itself is plain data the page keeps (pages/geo-layers/drawing.ts): this
 * map only shows it and reports clicks and drags. A cross marks the map's centre, where the
 * page's "add a point at the centre" button puts one — the keyboard's way to draw, after moving
 * the map with the arrow keys.
 */
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import type { GeoJSONSource } from "maplibre-gl";
import { useMissionBbox } from "../mission/MissionProvider.js";
import { addPoint, movePoint, sketchOf, type Drawing } from "./drawing.js";
import { useLang } from "../ui/use-lang.js";
import { createBaseMap, maplibregl } from "./map-base.js";

const SOURCE = "drawing";

export interface DrawingMapProps {
  drawing: Drawing;
  onChange: Dispatch<SetStateAction<Drawing>>;
  /** The colour the version will be drawn in on the map page. */
  colour: string;
  /** Gives the page the map's centre, for the keyboard's "add a point at the centre". */
  onCentre?: (centre: () => [number, number]) => void;
}

export default function DrawingMap({ drawing, onChange, colour, onCentre }: DrawingMapProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const bbox = useMissionBbox();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markers = useRef<maplibregl.Marker[]>([]);
  const change = useRef(onChange);
  change.current = onChange;
  const centre = useRef(onCentre);
  centre.current = onCentre;
  const [loaded, setLoaded] = useState(false);
  const [ready, setReady] = useState(false);
  /** The drawing as last drawn on the canvas (points and done), for a test to wait on. */
  const [drawn, setDrawn] = useState("");

  useEffect(() => {
    const map = createBaseMap({ container: container.current!, lang, t, bbox });
    mapRef.current = map;
    map.getCanvas().style.cursor = "crosshair";
    map.doubleClickZoom.disable();
    map.on("click", (e) => {
      // A click on a point (the end of its drag) is not a new point.
      if ((e.originalEvent.target as Element | null)?.closest?.(".draw-vertex")) return;
      change.current((d) => addPoint(d, [e.lngLat.lng, e.lngLat.lat]));
    });
    centre.current?.(() => {
      const c = map.getCenter();
      return [c.lng, c.lat];
    });
    setLoaded(false);
    setReady(false);
    map.on("load", () => {
      map.addSource(SOURCE, { type: "geojson", data: empty() });
      map.addLayer({
        id: "drawing-fill",
        type: "fill",
        source: SOURCE,
        filter: ["==", ["geometry-type"], "Polygon"],
        paint: { "fill-color": ["get", "colour"], "fill-opacity": 0.15 },
      });
      map.addLayer({
        id: "drawing-line",
        type: "line",
        source: SOURCE,
        filter: ["==", ["geometry-type"], "LineString"],
        paint: {
          "line-color": ["get", "colour"],
          "line-width": 3,
          // dashed while it is being drawn, solid once finished or closed
          "line-dasharray": ["case", ["get", "done"], ["literal", [1, 0]], ["literal", [2, 1.5]]],
        },
      });
      setLoaded(true);
      map.once("idle", () => setReady(true));
    });
    return () => {
      for (const m of markers.current) m.remove();
      markers.current = [];
      map.remove();
      mapRef.current = null;
    };
  }, [lang, t, bbox]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    const sketch = sketchOf(drawing);
    const properties = { colour, done: drawing.done };
    // A closed zone is filled, and its edge drawn as a line of its own: a zone that crosses
    // itself (which the page refuses to send) is not filled, and its edge must still be seen.
    const edge: GeoJSON.Geometry | null =
      sketch?.type === "Polygon"
        ? { type: "LineString", coordinates: sketch.coordinates[0]! }
        : sketch?.type === "MultiPolygon"
          ? { type: "MultiLineString", coordinates: sketch.coordinates.map((p) => p[0]!) }
          : sketch;
    const filled = sketch?.type === "Polygon" || sketch?.type === "MultiPolygon";
    map.getSource<GeoJSONSource>(SOURCE)?.setData({
      type: "FeatureCollection",
      features: [
        ...(filled && sketch ? [{ type: "Feature" as const, geometry: sketch, properties }] : []),
        ...(edge ? [{ type: "Feature" as const, geometry: edge, properties }] : []),
      ],
    });
    const shown = `${drawing.parts.length ? `${drawing.parts.length}+` : ""}${drawing.points.length}${drawing.done ? " done" : ""}`;
    map.once("idle", () => setDrawn(shown));
    map.triggerRepaint();
    for (const m of markers.current) m.remove();
    markers.current = drawing.points.map((p, i) => {
      const marker = new maplibregl.Marker({ element: vertex(i), draggable: true })
        .setLngLat([p[0], p[1]])
        .addTo(map);
      marker.on("dragend", () => {
        const at = marker.getLngLat();
        change.current((d) => movePoint(d, i, [at.lng, at.lat]));
      });
      return marker;
    });
  }, [drawing, colour, loaded]);

  return (
    <div className="drawing-map">
      <div
        ref={container}
        className="map-canvas map-preview"
        role="region"
        aria-label={t("geoLayers.draw.mapLabel")}
        aria-describedby="draw-how"
        data-testid="drawing-map"
        data-state={ready ? "ready" : "loading"}
        data-points={drawing.points.length}
        data-drawn={drawn}
      />
      <div className="draw-crosshair" aria-hidden="true" />
    </div>
  );
}

function empty(): GeoJSON.FeatureCollection {
  return { type: "FeatureCollection", features: [] };
}

/** A point of the drawing; the first is marked apart (a line's left and right start there). */
function vertex(index: number): HTMLElement {
  const el = document.createElement("div");
  el.className = index === 0 ? "draw-vertex draw-vertex-first" : "draw-vertex";
  // The points are listed in words beside the map; here they are only drawn.
  el.setAttribute("aria-hidden", "true");
  el.dataset.index = String(index);
  return el;
}
