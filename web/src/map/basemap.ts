/**
 * The offline basemap, built in code from the mission's geography (GET /mission/geography): its
 * outline, first-level districts and sectors, no tiles and no glyphs, so that nothing is
 * requested from another host. The style starts empty and is filled when the geography is known.
 */
import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
import type { MissionGeography } from "../mission/geography.js";

/** [west, south, east, north], as GET /mission gives the mission's extent. */
export type Bbox = readonly number[];

type ApiCollection = MissionGeography["outline"];

/**
 * A collection as GeoJSON: the API describes a geometry's coordinates loosely (OpenAPI 3.0 has
 * no nested tuples), but they are GeoJSON's Polygon and MultiPolygon coordinates.
 */
export const asGeoJson = (fc: ApiCollection) => fc as unknown as GeoJSON.FeatureCollection;

const LAND_COLOUR = "#f6f3ec";
const OUTSIDE_COLOUR = "#dde5ea";
const SECTOR_COLOUR = "#0e7490";

/**
 * The layer that repaints everything outside the outline: overlay fills (areas of control,
 * zones) go under it, so their tint never spills onto the sea or the neighbours and the land
 * stays recognisable as land at every zoom.
 */
export const OUTSIDE_LAYER = "outside-land";

const SECTOR_LAYERS = ["sector-fill", "sector-lines"];

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

/** The outer rings of a collection's polygons. */
function outerRings(fc: GeoJSON.FeatureCollection): GeoJSON.Position[][] {
  return fc.features.flatMap((f) =>
    f.geometry?.type === "Polygon"
      ? [f.geometry.coordinates[0]!]
      : f.geometry?.type === "MultiPolygon"
        ? f.geometry.coordinates.map((p) => p[0]!)
        : [],
  );
}

/** The world with the outline as a hole (the whole world when there is no outline yet). */
function outsideOf(fc: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  const world = [
    [-180, -85],
    [180, -85],
    [180, 85],
    [-180, 85],
    [-180, -85],
  ];
  const holes = outerRings(fc);
  if (holes.length === 0) return EMPTY;
  return {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: {},
        geometry: { type: "Polygon", coordinates: [world, ...holes] },
      },
    ],
  };
}

export function basemapStyle(): StyleSpecification {
  const empty = { type: "geojson", data: EMPTY } as const;
  return {
    version: 8,
    sources: { outline: empty, outside: empty, districts: empty, sectors: empty },
    layers: [
      { id: "background", type: "background", paint: { "background-color": OUTSIDE_COLOUR } },
      { id: "land", type: "fill", source: "outline", paint: { "fill-color": LAND_COLOUR } },
      {
        id: OUTSIDE_LAYER,
        type: "fill",
        source: "outside",
        paint: { "fill-color": OUTSIDE_COLOUR },
      },
      {
        id: "district-lines",
        type: "line",
        source: "districts",
        paint: { "line-color": "#a59e8f", "line-width": 0.8, "line-dasharray": [3, 2] },
      },
      {
        id: "border",
        type: "line",
        source: "outline",
        paint: { "line-color": "#4b5563", "line-width": 1.4 },
      },
      {
        id: "sector-fill",
        type: "fill",
        source: "sectors",
        layout: { visibility: "none" },
        paint: { "fill-color": SECTOR_COLOUR, "fill-opacity": 0.06 },
      },
      {
        id: "sector-lines",
        type: "line",
        source: "sectors",
        layout: { visibility: "none" },
        paint: { "line-color": SECTOR_COLOUR, "line-width": 1.6, "line-dasharray": [4, 2] },
      },
    ],
  };
}

/** Fills the basemap's sources with the mission's geography (drawn as soon as it is known). */
export function setBasemapGeography(map: MapLibreMap, geography: MissionGeography): void {
  const outline = asGeoJson(geography.outline);
  map.getSource<GeoJSONSource>("outline")?.setData(outline);
  map.getSource<GeoJSONSource>("outside")?.setData(outsideOf(outline));
  map.getSource<GeoJSONSource>("districts")?.setData(asGeoJson(geography.districts));
  map.getSource<GeoJSONSource>("sectors")?.setData(asGeoJson(geography.sectors));
}

/** Shows or hides the sectors' outlines (their names are labels, sector-labels.ts). */
export function setSectorLayersVisible(map: MapLibreMap, visible: boolean): void {
  for (const id of SECTOR_LAYERS) {
    if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", visible ? "visible" : "none");
  }
}

/** The box [west, south, east, north] around the named sectors, or null if none has a shape. */
export function sectorsBbox(sectors: ApiCollection, codes: readonly string[]): Bbox | null {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of asGeoJson(sectors).features) {
    const code = (f.properties as { code?: unknown } | null)?.code;
    if (typeof code !== "string" || !codes.includes(code)) continue;
    for (const ring of outerRings({ type: "FeatureCollection", features: [f] })) {
      for (const [x, y] of ring as [number, number][]) {
        box[0] = Math.min(box[0]!, x);
        box[1] = Math.min(box[1]!, y);
        box[2] = Math.max(box[2]!, x);
        box[3] = Math.max(box[3]!, y);
      }
    }
  }
  return box[0]! <= box[2]! ? box : null;
}

/** Where a polygon's name goes: the area-weighted centre of its largest outer ring. */
export function labelPoint(geometry: GeoJSON.Geometry | null): [number, number] | null {
  const rings =
    geometry?.type === "Polygon"
      ? [geometry.coordinates[0]!]
      : geometry?.type === "MultiPolygon"
        ? geometry.coordinates.map((p) => p[0]!)
        : [];
  let best: { area: number; at: [number, number] } | null = null;
  for (const ring of rings) {
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = ring[i]! as [number, number];
      const [x1, y1] = ring[i + 1]! as [number, number];
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (a === 0) continue;
    const at: [number, number] = [cx / (3 * a), cy / (3 * a)];
    if (!best || Math.abs(a) > best.area) best = { area: Math.abs(a), at };
  }
  return best?.at ?? null;
}

/**
 * The first view's bounds and how far the map may be moved: the mission's extent, with room
 * around it (a tighter box would force a wide, short map to zoom past the extent).
 */
export function boundsOf(bbox: Bbox): {
  bounds: [[number, number], [number, number]];
  maxBounds: [[number, number], [number, number]];
} {
  const [w = -180, s = -85, e = 180, n = 85] = bbox;
  const pad = Math.max(10, 2 * Math.max(e - w, n - s));
  const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v));
  return {
    bounds: [
      [w, s],
      [e, n],
    ],
    maxBounds: [
      [clamp(w - pad, 180), clamp(s - pad, 85)],
      [clamp(e + pad, 180), clamp(n + pad, 85)],
    ],
  };
}
