/**
 * Map views over many records: the bounding box a client asks for, the grid cell size for a zoom
 * level, and cluster features folded from per-cell counts (decision 0005). Pure; the counting is
 * done in SQL by map-repo.ts.
 */
import { DomainError } from "./errors.js";
import type { BBox } from "./geo/geojson.js";

export const WORLD: BBox = [-180, -90, 180, 90];

/** "minLon,minLat,maxLon,maxLat" as the client sends it, checked. */
export function parseBBox(raw: string | undefined): BBox {
  if (raw === undefined) return WORLD;
  const parts = raw.split(",").map((p) => p.trim());
  const nums = parts.map(Number);
  if (parts.length !== 4 || parts.some((p) => p === "") || nums.some((n) => !Number.isFinite(n))) {
    throw bboxError("bbox must be four numbers: minLon,minLat,maxLon,maxLat (WGS84 degrees).");
  }
  const [minLon, minLat, maxLon, maxLat] = nums as [number, number, number, number];
  if ([minLon, maxLon].some((x) => x < -180 || x > 180)) {
    throw bboxError("bbox longitudes must be between -180 and 180.");
  }
  if ([minLat, maxLat].some((y) => y < -90 || y > 90)) {
    throw bboxError("bbox latitudes must be between -90 and 90.");
  }
  if (minLon > maxLon) {
    throw bboxError(
      "bbox minLon is greater than maxLon; boxes across the antimeridian are not supported.",
    );
  }
  if (minLat > maxLat) throw bboxError("bbox minLat is greater than maxLat.");
  return [minLon, minLat, maxLon, maxLat];
}

function bboxError(message: string): DomainError {
  return new DomainError("validation_failed", message, { field: "bbox" });
}

export const MAX_ZOOM = 22;
/** Cells per 256-pixel tile side: a cluster stands for a square of about 32 pixels. */
const CELLS_PER_TILE = 8;
/** A view is about four tiles wide, so a box this wide is seen at about this zoom. */
const TILES_PER_VIEW = 4;

/** The zoom a client would show this box at, when it does not say. */
export function zoomForBBox(bbox: BBox): number {
  const span = Math.max(bbox[2] - bbox[0], (bbox[3] - bbox[1]) * 2, 1e-9);
  const zoom = Math.floor(Math.log2((360 * TILES_PER_VIEW) / span));
  return Math.max(0, Math.min(MAX_ZOOM, zoom));
}

/**
 * Grid cell size in degrees at a zoom: cells of one zoom align across views, so a cluster does
 * not change when the map is panned.
 */
export function cellDegrees(zoom: number): number {
  return 360 / (2 ** zoom * CELLS_PER_TILE);
}

/** One row of the SQL grouping: the records of a cell that share their breakdown values. */
export interface CellCount {
  cx: number;
  cy: number;
  /** Per breakdown (e.g. category, status), this group's value (null: none). */
  values: Record<string, string | null>;
  n: number;
  sumLon: number;
  sumLat: number;
}

export interface Cluster {
  cx: number;
  cy: number;
  count: number;
  /** Mean position of the records in the cell. */
  lon: number;
  lat: number;
  /** The cell's extent [minLon, minLat, maxLon, maxLat]. */
  cell: BBox;
  /** Per breakdown (e.g. category, status), the count of each value ("none" for no value). */
  breakdown: Record<string, Record<string, number>>;
}

/** Clusters, one per cell, from the grouped counts; largest first. */
export function foldClusters(rows: readonly CellCount[], cellDeg: number): Cluster[] {
  const cells = new Map<string, Cluster & { sumLon: number; sumLat: number }>();
  for (const r of rows) {
    const key = `${r.cx}:${r.cy}`;
    let c = cells.get(key);
    if (!c) {
      const cell: BBox = [
        r.cx * cellDeg,
        r.cy * cellDeg,
        (r.cx + 1) * cellDeg,
        (r.cy + 1) * cellDeg,
      ];
      c = {
        cx: r.cx,
        cy: r.cy,
        count: 0,
        lon: 0,
        lat: 0,
        cell,
        breakdown: {},
        sumLon: 0,
        sumLat: 0,
      };
      cells.set(key, c);
    }
    c.count += r.n;
    c.sumLon += r.sumLon;
    c.sumLat += r.sumLat;
    for (const [dimension, v] of Object.entries(r.values)) {
      const counts = (c.breakdown[dimension] ??= {});
      const value = v ?? "none";
      counts[value] = (counts[value] ?? 0) + r.n;
    }
  }
  return [...cells.values()]
    .map(({ sumLon, sumLat, ...c }) => ({ ...c, lon: sumLon / c.count, lat: sumLat / c.count }))
    .sort((a, b) => b.count - a.count || a.cx - b.cx || a.cy - b.cy);
}

/** A range of cells of one zoom, both ends included (empty when x0 > x1 or y0 > y1). */
export interface CellRange {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The cells that lie strictly inside the box: every point in them is inside it, whatever the
 * rounding of `lon / cellDeg` (cell sizes are 45 / 2^z degrees, so the division rounds as
 * `lon / 45` does, monotonically). Null when no whole cell fits.
 */
export function innerCells(bbox: BBox, cellDeg: number): CellRange | null {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const r: CellRange = {
    x0: Math.floor(minLon / cellDeg) + 1,
    x1: Math.floor(maxLon / cellDeg) - 1,
    y0: Math.floor(minLat / cellDeg) + 1,
    y1: Math.floor(maxLat / cellDeg) - 1,
  };
  return r.x0 <= r.x1 && r.y0 <= r.y1 ? r : null;
}

/**
 * Boxes covering the part of `bbox` outside the inner cells: left, right, bottom, top. They reach
 * a millionth of a cell into the inner cells, far more than the rounding of `lon / cellDeg` (a
 * few units of 1e-16), so that no point outside them is left out; the caller still tests the
 * cell of each point.
 */
export function borderStrips(bbox: BBox, inner: CellRange, cellDeg: number): BBox[] {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const e = cellDeg * 1e-6;
  return [
    [minLon, minLat, inner.x0 * cellDeg + e, maxLat],
    [(inner.x1 + 1) * cellDeg - e, minLat, maxLon, maxLat],
    [minLon, minLat, maxLon, inner.y0 * cellDeg + e],
    [minLon, (inner.y1 + 1) * cellDeg - e, maxLon, maxLat],
  ];
}
