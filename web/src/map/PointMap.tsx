/**
 * A small map of one position with the lines and zones valid at the time of the event (the
 * Position panel of an incident or a report). `data-state` says "ready" once drawn.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GeoJSONSource } from "maplibre-gl";
import type { LatLon } from "../api/types.js";
import { useMissionBbox } from "../mission/MissionProvider.js";
import { useLang } from "../ui/use-lang.js";
import { createBaseMap, maplibregl } from "./map-base.js";
import { addOverlayLayers, OVERLAY_SOURCE, setOverlayVisibility } from "./overlays.js";

/** Close enough to see the line when it is near; farther out when it is not. */
function zoomFor(distanceKm: number | null): number {
  if (distanceKm === null) return 8;
  return Math.max(5, Math.min(10, 9 - Math.log2(Math.max(Math.abs(distanceKm), 5) / 5)));
}

export default function PointMap({
  point,
  overlays,
  lineDistanceKm,
}: {
  point: LatLon;
  overlays: GeoJSON.FeatureCollection;
  lineDistanceKm: number | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const bbox = useMissionBbox();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlaysRef = useRef(overlays);
  overlaysRef.current = overlays;
  const [ready, setReady] = useState(false);

  useEffect(() => {
    setReady(false);
    const map = createBaseMap({ container: container.current!, lang, t, bbox, compact: true });
    mapRef.current = map;
    map.jumpTo({ center: [point.lon, point.lat], zoom: zoomFor(lineDistanceKm) });
    const marker = new maplibregl.Marker({ color: "#b45309" })
      .setLngLat([point.lon, point.lat])
      .addTo(map);
    map.on("load", () => {
      addOverlayLayers(map);
      map.getSource<GeoJSONSource>(OVERLAY_SOURCE)?.setData(overlaysRef.current);
      setOverlayVisibility(map, new Set(["line_of_contact", "zones", "withdrawal_line"]));
      map.once("idle", () => setReady(true));
    });
    return () => {
      marker.remove();
      map.remove();
      mapRef.current = null;
    };
  }, [lang, t, bbox, point.lat, point.lon, lineDistanceKm]);

  useEffect(() => {
    mapRef.current?.getSource<GeoJSONSource>(OVERLAY_SOURCE)?.setData(overlays);
  }, [overlays]);

  return (
    <div
      ref={container}
      className="map-canvas map-point"
      role="region"
      aria-label={t("position.mapLabel")}
      data-testid="position-map"
      data-state={ready ? "ready" : "loading"}
    />
  );
}
