/**
 * A line or zone drawn in the browser, as plain data (decision 0019): the points put down in
 * order, and whether the drawing is finished (a line) or closed (a zone); the parts finished before
 * it, when a line of contact comes in several parts (a gap at a river, a stretch the parties
 * dispute) or several zones make one layer version. Every step is a pure
 * function of the drawing before it, so undo is "the drawing without its last step" and the map
 * (DrawingMap.tsx) only shows what this module holds. The geometry sent is made here, and checked
 * with the server's own rules (src/domain/geo/validate.ts) before it leaves.
 */
import { geometryTypesFor, type LayerKind } from "../../../src/domain/geo/layers.js";
import { missionArea } from "../../../src/domain/mission.js";
import { validateGeometry, type GeometryIssue } from "../../../src/domain/geo/validate.js";

export type Point = readonly [lon: number, lat: number];

export interface Drawing {
  shape: "line" | "zone";
  /** The parts finished before the one being drawn, in order (a zone's ring without its repeat). */
  parts: readonly (readonly Point[])[];
  /** The part being drawn. */
  points: readonly Point[];
  /** A line finished, or a zone closed: no point is added until it is reopened (undo). */
  done: boolean;
}

/** Lines of contact, withdrawal lines and roads are drawn as lines; every other kind as a zone. */
function shapeFor(kind: LayerKind): Drawing["shape"] {
  return geometryTypesFor(kind).includes("LineString") ? "line" : "zone";
}

export function emptyDrawing(kind: LayerKind): Drawing {
  return { shape: shapeFor(kind), parts: [], points: [], done: false };
}

/** Six decimals (about 10 cm): what the server keeps, and what a person can read back. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const at = (p: Point): Point => [round(p[0]), round(p[1])];

/** The fewest points a finished line (2) or a closed zone (3) has. */
export function fewest(d: Drawing): number {
  return d.shape === "line" ? 2 : 3;
}

export function addPoint(d: Drawing, p: Point): Drawing {
  if (d.done) return d;
  const last = d.points[d.points.length - 1];
  const q = at(p);
  // A double click puts the same point twice: the second is not a new vertex.
  if (last && last[0] === q[0] && last[1] === q[1]) return d;
  return { ...d, points: [...d.points, q] };
}

export function movePoint(d: Drawing, index: number, p: Point): Drawing {
  if (index < 0 || index >= d.points.length) return d;
  return { ...d, points: d.points.map((x, i) => (i === index ? at(p) : x)) };
}

/**
 * Undo: a finished drawing is reopened first; then the last point goes; a new part with no point
 * yet gives way to the part before it, finished as it was.
 */
export function undo(d: Drawing): Drawing {
  if (d.done) return { ...d, done: false };
  if (d.points.length === 0 && d.parts.length > 0) {
    return { ...d, parts: d.parts.slice(0, -1), points: d.parts[d.parts.length - 1]!, done: true };
  }
  return { ...d, points: d.points.slice(0, -1) };
}

/** Another part may be started once this one is finished (or closed). */
export function canStartPart(d: Drawing): boolean {
  return d.done;
}

/** The finished part is kept; a new one starts with no point. */
export function startPart(d: Drawing): Drawing {
  if (!canStartPart(d)) return d;
  return { ...d, parts: [...d.parts, d.points], points: [], done: false };
}

export function canFinish(d: Drawing): boolean {
  return !d.done && d.points.length >= fewest(d);
}

export function finish(d: Drawing): Drawing {
  return canFinish(d) ? { ...d, done: true } : d;
}

export function clear(d: Drawing): Drawing {
  return { ...d, parts: [], points: [], done: false };
}

const positions = (points: readonly Point[]) => points.map((p) => [p[0], p[1]]);
const ring = (points: readonly Point[]) => [...positions(points), [points[0]![0], points[0]![1]]];

/**
 * The GeoJSON geometry drawn, null until the last part is done: a LineString or a Polygon whose
 * ring is closed; a MultiLineString or MultiPolygon when there are several parts.
 */
export function drawnGeometry(
  d: Drawing,
): GeoJSON.LineString | GeoJSON.Polygon | GeoJSON.MultiLineString | GeoJSON.MultiPolygon | null {
  if (!d.done) return null;
  const all = [...d.parts, d.points];
  if (d.shape === "line") {
    return all.length === 1
      ? { type: "LineString", coordinates: positions(d.points) }
      : { type: "MultiLineString", coordinates: all.map(positions) };
  }
  return all.length === 1
    ? { type: "Polygon", coordinates: [ring(d.points)] }
    : { type: "MultiPolygon", coordinates: all.map((p) => [ring(p)]) };
}

/**
 * What is on the map while drawing: the finished parts (a zone's outline closed) and the part so
 * far; once done, the geometry drawn.
 */
export function sketchOf(d: Drawing): GeoJSON.Geometry | null {
  const geometry = drawnGeometry(d);
  if (geometry) return geometry;
  const lines = [
    ...d.parts.map((p) => (d.shape === "zone" ? ring(p) : positions(p))),
    ...(d.points.length >= 2 ? [positions(d.points)] : []),
  ];
  if (lines.length === 0) return null;
  return lines.length === 1
    ? { type: "LineString", coordinates: lines[0]! }
    : { type: "MultiLineString", coordinates: lines };
}

/**
 * The finished drawing checked as the server checks a version's geometry: its type for the
 * layer's kind, inside the mission's area (its extent plus the margin the server allows), no
 * crossing of itself. [] when it would be accepted.
 */
export function drawingProblems(
  d: Drawing,
  kind: LayerKind,
  missionBbox: readonly number[],
): GeometryIssue[] {
  const geometry = drawnGeometry(d);
  if (!geometry) return [];
  const [w, s, e, n] = missionBbox;
  const area = missionBbox.length === 4 ? missionArea([w!, s!, e!, n!]) : null;
  const checked = validateGeometry(geometry, kind, { area });
  return checked.ok ? [] : checked.issues;
}
