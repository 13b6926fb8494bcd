/**
 * The static map of a report product: the mission's outline, its sectors, the line of contact and
 * the incident points, projected once at generation into a drawing the renderer writes out as
 * SVG. No tile server and no request: a printed or archived report carries its map.
 *
 * Projection: equirectangular, longitudes scaled by the cosine of the area's middle latitude
 * (shapes look right at a mission's scale). Outlines are thinned to the drawing's resolution
 * (points closer than half a pixel to the previous kept one are dropped), which keeps a
 * country's outline to a few kilobytes.
 */
import { coarsen } from "./access-rules.js";
import type { BBox, LinealGeometry, PolygonalGeometry, Position } from "./geo/geojson.js";
import type { Bi, StaticMap } from "./report-products.js";

export interface MapInput {
  bbox: BBox;
  outline: readonly PolygonalGeometry[];
  sectors: readonly { code: string; name: Bi; geometry: PolygonalGeometry }[];
  lines: readonly LinealGeometry[];
  points: readonly {
    ref: string;
    lat: number;
    lon: number;
    violation: boolean;
    isPublic: boolean;
  }[];
}

const WIDTH = 720;
const MARGIN = 12;

export function drawMap(input: MapInput, width = WIDTH): StaticMap {
  const [w, s, e, n] = input.bbox;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const spanX = Math.max((e - w) * k, 1e-6);
  const spanY = Math.max(n - s, 1e-6);
  const scale = (width - 2 * MARGIN) / spanX;
  const height = Math.round(spanY * scale + 2 * MARGIN);
  const at = (lon: number, lat: number): [number, number] => [
    round(MARGIN + (lon - w) * k * scale),
    round(MARGIN + (n - lat) * scale),
  ];
  const ring = (positions: readonly Position[], close: boolean): string => {
    let d = "";
    let last: [number, number] | null = null;
    for (const [i, p] of positions.entries()) {
      const q = at(p[0]!, p[1]!);
      const isLast = i === positions.length - 1;
      if (last && !isLast && Math.hypot(q[0] - last[0], q[1] - last[1]) < 0.5) continue;
      d += `${last ? "L" : "M"}${q[0]} ${q[1]}`;
      last = q;
    }
    return close ? `${d}Z` : d;
  };
  const polygonPath = (g: PolygonalGeometry): string => {
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    return polygons.map((rings) => rings.map((r) => ring(r, true)).join("")).join("");
  };
  const linePath = (g: LinealGeometry): string => {
    const lines = g.type === "LineString" ? [g.coordinates] : g.coordinates;
    return lines.map((l) => ring(l, false)).join("");
  };
  return {
    width,
    height,
    outline: input.outline.map(polygonPath).join(""),
    sectors: input.sectors.map((sector) => ({
      code: sector.code,
      name: sector.name,
      d: polygonPath(sector.geometry),
      label: labelPoint(sector.geometry, at),
    })),
    lines: input.lines.map(linePath),
    points: input.points.map((p) => {
      const c = coarsen(p);
      return {
        ref: p.ref,
        violation: p.violation,
        isPublic: p.isPublic,
        at: at(p.lon, p.lat),
        publicAt: at(c.lon, c.lat),
      };
    }),
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The part of `within` worth drawing for these points: their box with `margin` degrees around
 * it, so that incidents along a front are not specks on a country's map; all of `within`
 * without points.
 */
export function focusBox(
  points: readonly { lat: number; lon: number }[],
  within: BBox,
  margin = 1,
): BBox {
  if (points.length === 0) return within;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  return [
    Math.max(within[0], Math.min(...lons) - margin),
    Math.max(within[1], Math.min(...lats) - margin),
    Math.min(within[2], Math.max(...lons) + margin),
    Math.min(within[3], Math.max(...lats) + margin),
  ];
}

/** The centre of the largest ring's box: good enough to place a sector's name. */
function labelPoint(
  g: PolygonalGeometry,
  at: (lon: number, lat: number) => [number, number],
): [number, number] {
  const rings = (g.type === "Polygon" ? [g.coordinates] : g.coordinates).map((p) => p[0] ?? []);
  let best: [number, number] = [0, 0];
  let bestArea = -1;
  for (const r of rings) {
    const lons = r.map((p) => p[0]!);
    const lats = r.map((p) => p[1]!);
    const box = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
    const area = (box[2]! - box[0]!) * (box[3]! - box[1]!);
    if (area > bestArea) {
      bestArea = area;
      best = at((box[0]! + box[2]!) / 2, (box[1]! + box[3]!) / 2);
    }
  }
  return best;
}
