/** The intake form's map: a click puts the event's location there; typing moves the pin. */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LatLon } from "../api/types.js";
import { useMissionBbox } from "../mission/MissionProvider.js";
import { useLang } from "../ui/use-lang.js";
import { createBaseMap, maplibregl } from "./map-base.js";

const round = (x: number) => Math.round(x * 1e5) / 1e5;
/** How close to the map's edge (px) a pin may sit before the map brings it in. */
const EDGE = 48;

/** Whether the point shows on the map clear of its edges (a pin on the edge is cut off). */
function wellInView(map: maplibregl.Map, p: LatLon): boolean {
  const { x, y } = map.project([p.lon, p.lat]);
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  return x >= EDGE && x <= w - EDGE && y >= EDGE && y <= h - EDGE;
}

export default function LocationPicker({
  value,
  onPick,
}: {
  value: LatLon | null;
  onPick: (p: LatLon) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const bbox = useMissionBbox();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const marker = useRef<maplibregl.Marker | null>(null);
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;
  /** The last point picked on this map: the map stays where the user is looking for it. */
  const clicked = useRef<LatLon | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const map = createBaseMap({ container: container.current!, lang, t, bbox, compact: true });
    mapRef.current = map;
    map.getCanvas().style.cursor = "crosshair";
    map.on("click", (e) => {
      const p = { lat: round(e.lngLat.lat), lon: round(e.lngLat.lng) };
      clicked.current = p;
      onPickRef.current(p);
    });
    setReady(false);
    map.once("idle", () => {
      map.getCanvas().dataset.ready = "true";
      setReady(true);
    });
    return () => {
      marker.current?.remove();
      marker.current = null;
      map.remove();
      mapRef.current = null;
    };
  }, [lang, t, bbox]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      marker.current = new maplibregl.Marker({ color: "#b45309" })
        .setLngLat([value.lon, value.lat])
        .addTo(map);
    } else {
      marker.current.setLngLat([value.lon, value.lat]);
    }
    // A point typed, found by name or brought by the version being amended may be off screen or
    // on its edge: bring it into view, close enough to correct it.
    const picked = clicked.current?.lat === value.lat && clicked.current.lon === value.lon;
    if (!picked && !wellInView(map, value)) {
      map.easeTo({ center: [value.lon, value.lat], zoom: Math.max(map.getZoom(), 7) });
    }
    // `lang`: the map is made anew when the language changes, and the pin with it
  }, [value, lang]);

  return (
    <div
      ref={container}
      className="map-canvas map-picker"
      role="region"
      aria-label={t("intake.mapLabel")}
      data-testid="location-map"
      data-state={ready ? "ready" : "loading"}
    />
  );
}
