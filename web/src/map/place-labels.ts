/**
 * The gazetteer's place names on the map, in the interface language (Arabic names on Arabic
 * pages, the Latin name where a place has no Arabic one): GET /places/labels for the view,
 * asked again when the view settles. HTML labels, as the sectors' are: the browser shapes Arabic
 * with the shipped font, and no glyphs are fetched from anywhere. The server sends the most
 * important places first; a label that would overlap one already placed is left out.
 */
import type { Map as MapLibreMap, Marker } from "maplibre-gl";
import * as maplibregl from "maplibre-gl";
import { get } from "../api/client.js";
import type { UiLanguage } from "../i18n/index.js";

const REFETCH_DELAY_MS = 300;
const LIMIT = 80;
/** Room a label takes, roughly: a character's width and a line's height in pixels. */
const CHAR_PX = 7;
const LINE_PX = 18;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Names the places in view on `map` from now on; returns what stops it. */
export function showPlaceLabels(map: MapLibreMap, lang: UiLanguage): () => void {
  let markers: Marker[] = [];
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const container = map.getContainer();

  const load = async () => {
    controller?.abort();
    const ctrl = new AbortController();
    controller = ctrl;
    const b = map.getBounds();
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    const bbox = [
      Math.max(-180, b.getWest()),
      Math.max(-90, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(90, b.getNorth()),
    ]
      .map(round)
      .join(",");
    try {
      const { items } = await get("/places/labels", {
        query: { bbox, zoom: Math.floor(map.getZoom()), limit: LIMIT },
        signal: ctrl.signal,
      });
      if (ctrl.signal.aborted) return;
      for (const m of markers) m.remove();
      const placed: Box[] = [];
      markers = [];
      for (const p of items) {
        const name = lang === "ar" ? (p.nameAr ?? p.name) : p.name;
        const at = map.project([p.lon, p.lat]);
        const half = (name.length * CHAR_PX) / 2 + 6;
        const box = { x0: at.x - half, x1: at.x + half, y0: at.y - LINE_PX, y1: at.y + 4 };
        if (placed.some((q) => overlaps(q, box))) continue;
        placed.push(box);
        const el = document.createElement("div");
        el.className = `place-label place-label-${p.kind}`;
        el.lang = lang === "ar" && p.nameAr ? "ar" : "en";
        el.dir = "auto";
        el.textContent = name;
        markers.push(
          new maplibregl.Marker({ element: el, anchor: "bottom" })
            .setLngLat([p.lon, p.lat])
            .addTo(map),
        );
      }
      container.dataset.placeLabels = String(markers.length);
    } catch {
      // Names are a help, not the map: without them (offline, logged out) the map still works.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void load(), REFETCH_DELAY_MS);
  };
  if (map.loaded()) void load();
  else map.once("load", () => void load());
  map.on("moveend", later);
  return () => {
    clearTimeout(timer);
    controller?.abort();
    map.off("moveend", later);
    for (const m of markers) m.remove();
    markers = [];
  };
}
