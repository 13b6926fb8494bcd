/**
 * Incidents with a location as circles on the offline basemap, coloured by case state or by
 * category group. A click opens the incident; the page lists the same incidents as links for
 * keyboard and screen-reader users.
 */
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { GeoJSONSource } from "maplibre-gl";
import type { Incident } from "../api/types.js";
import { navigate } from "../router.js";
import { useLang } from "../ui/use-lang.js";
import { categoryGroupOf, stateGroupOf } from "../vocabulary.js";
import { CATEGORY_GROUP_COLOURS, STATE_GROUP_COLOURS, type ColourBy } from "./colours.js";
import { createBaseMap, maplibregl } from "./map-base.js";

function incidentsGeoJson(incidents: Incident[], colourBy: ColourBy): GeoJSON.FeatureCollection {
  return {
    type: "FeatureCollection",
    features: incidents.flatMap((i) =>
      i.location
        ? [
            {
              type: "Feature" as const,
              geometry: { type: "Point" as const, coordinates: [i.location.lon, i.location.lat] },
              properties: {
                id: i.id,
                reference: i.reference,
                title: i.title,
                colour:
                  colourBy === "state"
                    ? STATE_GROUP_COLOURS[stateGroupOf(i.state)]
                    : CATEGORY_GROUP_COLOURS[categoryGroupOf(i.category)],
              },
            },
          ]
        : [],
    ),
  };
}

export default function IncidentMap({
  incidents,
  colourBy,
  focusId,
}: {
  incidents: Incident[];
  colourBy: ColourBy;
  focusId?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const data = incidentsGeoJson(incidents, colourBy);
  const dataRef = useRef(data);
  dataRef.current = data;

  useEffect(() => {
    const map = createBaseMap({ container: container.current!, lang, t });
    mapRef.current = map;
    map.on("load", () => {
      map.addSource("incidents", { type: "geojson", data: dataRef.current });
      map.addLayer({
        id: "incidents",
        type: "circle",
        source: "incidents",
        paint: {
          "circle-color": ["get", "colour"],
          "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 6, 9, 10],
          "circle-stroke-color": "#111827",
          "circle-stroke-width": 1.5,
        },
      });
      // drawn, not only added: a click can now find the circles
      map.once("idle", () => (map.getCanvas().dataset.ready = "true"));
    });
    const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10 });
    map.on("mouseenter", "incidents", (e) => {
      map.getCanvas().style.cursor = "pointer";
      const f = e.features?.[0];
      if (!f) return;
      const el = document.createElement("div");
      const ref = document.createElement("strong");
      ref.textContent = String(f.properties.reference);
      const title = document.createElement("div");
      title.dir = "auto";
      title.textContent = String(f.properties.title);
      el.append(ref, title);
      popup.setLngLat(e.lngLat).setDOMContent(el).addTo(map);
    });
    map.on("mouseleave", "incidents", () => {
      map.getCanvas().style.cursor = "";
      popup.remove();
    });
    map.on("click", "incidents", (e) => {
      const id = e.features?.[0]?.properties.id;
      if (typeof id === "string") navigate(`/incidents/${id}`);
    });
    return () => {
      popup.remove();
      map.remove();
      mapRef.current = null;
    };
    // The map is made once per language (its controls and labels are in that language).
  }, [lang, t]);

  useEffect(() => {
    const source = mapRef.current?.getSource<GeoJSONSource>("incidents");
    source?.setData(data);
  }, [data]);

  useEffect(() => {
    const target = incidents.find((i) => i.id === focusId)?.location;
    const map = mapRef.current;
    if (target && map) map.jumpTo({ center: [target.lon, target.lat], zoom: 9 });
  }, [focusId, incidents]);

  return (
    <div
      ref={container}
      className="map-canvas"
      role="region"
      aria-label={t("map.label")}
      data-testid="incident-map"
    />
  );
}
