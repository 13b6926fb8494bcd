/**
 * Validating layer geometry before it is stored: every problem is reported with where it is
 * ("ring 0 of polygon 2 is not closed", "coordinate 3 [32.9, 13.2] looks like [lat, lon]").
 *
 * Swapped axes ([lat, lon] instead of GeoJSON's [lon, lat]) are the commonest error in layers
 * typed from a report, and for Libya a swapped pair is still a valid coordinate (Tripoli's
 * [32.9, 13.2] reads as a point in Sudan). So the test is against the mission area when one is
 * given (the demo derives Libya's from the Natural Earth outline plus a margin): a position
 * outside the area whose swap falls inside is reported as swapped, one outside either way as
 * outside the area. Without an area, only a latitude beyond ±90 that would be valid swapped
 * can be recognised.
 */
import type { BBox, Geometry, Position } from "./geojson.js";
import { geometryTypesFor, type LayerKind } from "./layers.js";
import { findSelfIntersections, type Crossing } from "./self-intersections.js";
import { coordinatesOf, type PartOf } from "./validate-shape.js";

type GeometryIssueCode =
  | "not_a_geometry"
  | "wrong_type"
  | "bad_structure"
  | "bad_coordinate"
  | "out_of_range"
  | "looks_swapped"
  | "outside_area"
  | "too_few_positions"
  | "ring_not_closed"
  | "crosses_antimeridian"
  | "self_intersection";

export interface GeometryIssue {
  code: GeometryIssueCode;
  /** Where, in words: "ring 0 of polygon 2", "coordinate 3 of line 1", "the geometry". */
  where: string;
  /** Where, as indexes into `coordinates` (empty for the whole geometry). */
  path: number[];
  message: string;
}

export type GeometryValidation =
  { ok: true; geometry: Geometry } | { ok: false; issues: GeometryIssue[] };

export interface ValidateOptions {
  /** The mission area; positions outside it are errors, and swapped ones are recognised. */
  area?: BBox | null;
}

// Beyond this many issues of one kind, the rest are summarised in one.
const MAX_PER_CODE = 10;

/** Validates `input` as the geometry of a layer of `kind` (any lineal or polygonal if null). */
export function validateGeometry(
  input: unknown,
  kind: LayerKind | null,
  options: ValidateOptions = {},
): GeometryValidation {
  const shape = coordinatesOf(input, kind ? geometryTypesFor(kind) : null);
  if (!shape.ok) return { ok: false, issues: shape.issues };
  const { geometry, parts } = shape;
  const positionIssues = checkPositions(parts, options.area ?? null);
  if (positionIssues.length > 0) return { ok: false, issues: positionIssues };
  const issues = [...parts.flatMap(checkPart), ...checkCrossings(parts, kind)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, geometry };
}

function checkPositions(parts: PartOf[], area: BBox | null): GeometryIssue[] {
  const issues: GeometryIssue[] = [];
  let total = 0;
  const swapped: GeometryIssue[] = [];
  for (const part of parts) {
    part.positions.forEach((position, i) => {
      total++;
      const issue = checkPosition(position, part, i, area);
      if (issue?.code === "looks_swapped") swapped.push(issue);
      else if (issue) issues.push(issue);
    });
  }
  if (swapped.length > 0 && swapped.length === total && total > 1) {
    issues.push({
      code: "looks_swapped",
      where: "the geometry",
      path: [],
      message: `all ${total} coordinates look like [lat, lon], e.g. ${swapped[0]!.message}. GeoJSON and KML write [lon, lat]: swap every pair.`,
    });
  } else {
    issues.push(...swapped);
  }
  return capped(issues);
}

function checkPosition(
  position: Position,
  part: PartOf,
  i: number,
  area: BBox | null,
): GeometryIssue | null {
  const where = part.coordinateWhere(i);
  const path = [...part.path, i];
  const [lon, lat] = position as [number, number];
  const shown = `${where} ${format(position)}`;
  const inRange = Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  const swappedInRange = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
  if (!inRange) {
    const hint = swappedInRange
      ? "; it looks like [lat, lon]: GeoJSON and KML write [lon, lat]"
      : "";
    return {
      code: "out_of_range",
      where,
      path,
      message: `${shown} is out of range (longitude within ±180, latitude within ±90)${hint}`,
    };
  }
  if (!area || inside(area, lon, lat)) return null;
  if (inside(area, lat, lon)) {
    return {
      code: "looks_swapped",
      where,
      path,
      message: `${shown} looks like [lat, lon]: read as [lon, lat] it lies outside the mission area, swapped it lies inside`,
    };
  }
  return {
    code: "outside_area",
    where,
    path,
    message: `${shown} lies outside the mission area ${format(area)} ([minLon, minLat, maxLon, maxLat])`,
  };
}

function checkPart(part: PartOf): GeometryIssue[] {
  const { positions, kind, where, path } = part;
  const distinct = positions.filter((p, i) => i === 0 || !samePosition(p, positions[i - 1]!));
  const issues: GeometryIssue[] = [];
  if (kind === "line" && distinct.length < 2) {
    issues.push({
      code: "too_few_positions",
      where,
      path,
      message: `${where} has ${distinct.length} distinct position${distinct.length === 1 ? "" : "s"}; a line needs at least 2`,
    });
  }
  if (kind === "ring") {
    const closed =
      positions.length > 0 && samePosition(positions[0]!, positions[positions.length - 1]!);
    if (!closed) {
      issues.push({
        code: "ring_not_closed",
        where,
        path,
        message: `${where} is not closed: its first position ${format(positions[0] ?? [])} and last ${format(positions[positions.length - 1] ?? [])} differ`,
      });
    } else if (distinct.length < 4) {
      issues.push({
        code: "too_few_positions",
        where,
        path,
        message: `${where} has ${distinct.length - 1} distinct corners; a ring needs at least 3 (4 positions, the last repeating the first)`,
      });
    }
  }
  for (let i = 1; i < positions.length; i++) {
    if (Math.abs(positions[i]![0]! - positions[i - 1]![0]!) > 180) {
      issues.push({
        code: "crosses_antimeridian",
        where: part.coordinateWhere(i),
        path: [...path, i],
        message: `${where} crosses the antimeridian between coordinates ${i - 1} and ${i}; split it there`,
      });
    }
  }
  return issues;
}

/** Crossings make a side undefined (lines of contact, withdrawal lines) or a polygon invalid. */
function checkCrossings(parts: PartOf[], kind: LayerKind | null): GeometryIssue[] {
  if (kind === "road" || parts.length === 0) return [];
  if (parts[0]!.kind === "line") return crossingIssues(parts, false);
  const byPolygon = new Map<number, PartOf[]>();
  for (const part of parts)
    byPolygon.set(part.polygon, [...(byPolygon.get(part.polygon) ?? []), part]);
  return [...byPolygon.values()].flatMap((rings) => crossingIssues(rings, true));
}

function crossingIssues(parts: PartOf[], closed: boolean): GeometryIssue[] {
  const crossings = findSelfIntersections(
    parts.map((p) => p.positions),
    closed,
    MAX_PER_CODE,
  );
  return crossings.map((c) => crossingIssue(parts, c));
}

function crossingIssue(parts: PartOf[], c: Crossing): GeometryIssue {
  const a = parts[c.a.part]!;
  const b = parts[c.b.part]!;
  const segment = (part: PartOf, s: Crossing["a"]) =>
    `the segment from coordinate ${s.index} to ${s.end} of ${part.where}`;
  return {
    code: "self_intersection",
    where: a.where,
    path: [...a.path, c.a.index],
    message: `${segment(a, c.a)} meets ${segment(b, c.b)} at ${format(c.at)}; ${a.kind === "ring" ? "a polygon's rings must not cross or touch" : "a line must not cross or touch itself"}`,
  };
}

function capped(issues: GeometryIssue[]): GeometryIssue[] {
  const counts = new Map<GeometryIssueCode, number>();
  const kept: GeometryIssue[] = [];
  for (const issue of issues) {
    const n = (counts.get(issue.code) ?? 0) + 1;
    counts.set(issue.code, n);
    if (n <= MAX_PER_CODE) kept.push(issue);
  }
  for (const [code, n] of counts) {
    if (n <= MAX_PER_CODE) continue;
    kept.push({
      code,
      where: "the geometry",
      path: [],
      message: `and ${n - MAX_PER_CODE} more coordinates with the same problem (${code})`,
    });
  }
  return kept;
}

const inside = (box: BBox, lon: number, lat: number) =>
  lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

function format(values: readonly number[]): string {
  return `[${values.map((v) => String(v)).join(", ")}]`;
}
