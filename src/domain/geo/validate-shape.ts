/**
 * The first step of validation: is the input a GeoJSON geometry of an accepted type, with
 * arrays nested as its type requires and [lon, lat] numbers at the bottom? Returns the geometry
 * reduced to two dimensions (an altitude from KML is dropped) and its lines or rings, each
 * with how to name it in an error.
 */
import type { Geometry, Position } from "./geojson.js";
import type { GeometryIssue } from "./validate.js";

export interface PartOf {
  kind: "line" | "ring";
  positions: Position[];
  /** "the line", "line 1", "ring 0", "ring 0 of polygon 2". */
  where: string;
  /** Indexes into `coordinates` that lead to this part's positions. */
  path: number[];
  /** The polygon a ring belongs to (0 for a Polygon's rings), -1 for a line. */
  polygon: number;
  coordinateWhere(i: number): string;
}

type Shape =
  { ok: true; geometry: Geometry; parts: PartOf[] } | { ok: false; issues: GeometryIssue[] };

const ALL_TYPES: readonly Geometry["type"][] = [
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
];

class ShapeError extends Error {
  constructor(readonly issue: GeometryIssue) {
    super(issue.message);
  }
}

export function coordinatesOf(input: unknown, allowed: readonly Geometry["type"][] | null): Shape {
  const types = allowed ?? ALL_TYPES;
  const whole = { where: "the geometry", path: [] };
  if (input === null || input === undefined) {
    return fail({ ...whole, code: "not_a_geometry", message: "the geometry is missing" });
  }
  if (!isRecord(input) || typeof input.type !== "string") {
    return fail({
      ...whole,
      code: "not_a_geometry",
      message: "the geometry is not a GeoJSON geometry object with a type and coordinates",
    });
  }
  if (input.type === "Feature" || input.type === "FeatureCollection") {
    return fail({
      ...whole,
      code: "not_a_geometry",
      message: `a ${input.type} was given where a geometry was expected; give its geometry`,
    });
  }
  if (!types.includes(input.type as Geometry["type"])) {
    return fail({
      ...whole,
      code: "wrong_type",
      message: `a ${input.type} was given; this layer takes ${types.join(" or ")}`,
    });
  }
  try {
    return { ok: true, ...partsOf(input.type as Geometry["type"], input.coordinates) };
  } catch (err) {
    if (err instanceof ShapeError) return fail(err.issue);
    throw err;
  }
}

function fail(issue: GeometryIssue): Shape {
  return { ok: false, issues: [issue] };
}

function partsOf(
  type: Geometry["type"],
  coordinates: unknown,
): { geometry: Geometry; parts: PartOf[] } {
  switch (type) {
    case "LineString": {
      const part = lineString(coordinates, "the line", [], -1, (i) => `coordinate ${i}`);
      return { geometry: { type, coordinates: part.positions }, parts: [part] };
    }
    case "MultiLineString": {
      const parts = list(coordinates, "the coordinates", []).map((line, l) =>
        lineString(line, `line ${l}`, [l], -1, (i) => `coordinate ${i} of line ${l}`),
      );
      return { geometry: { type, coordinates: parts.map((p) => p.positions) }, parts };
    }
    case "Polygon": {
      const parts = rings(coordinates, 0, "", []);
      return { geometry: { type, coordinates: parts.map((p) => p.positions) }, parts };
    }
    case "MultiPolygon": {
      const polygons = list(coordinates, "the coordinates", []).map((polygon, p) =>
        rings(polygon, p, ` of polygon ${p}`, [p]),
      );
      return {
        geometry: { type, coordinates: polygons.map((rs) => rs.map((r) => r.positions)) },
        parts: polygons.flat(),
      };
    }
    default:
      throw new ShapeError({
        code: "wrong_type",
        where: "the geometry",
        path: [],
        message: `a ${type} cannot be a layer`,
      });
  }
}

function rings(value: unknown, polygon: number, suffix: string, path: number[]): PartOf[] {
  const rs = list(value, `polygon ${polygon}`, path);
  if (rs.length === 0) {
    throw new ShapeError({
      code: "bad_structure",
      where: `polygon ${polygon}`,
      path,
      message: `polygon ${polygon} has no rings`,
    });
  }
  return rs.map((ring, r) => {
    const part = lineString(
      ring,
      `ring ${r}${suffix}`,
      [...path, r],
      polygon,
      (i) => `coordinate ${i} of ring ${r}${suffix}`,
    );
    return { ...part, kind: "ring" as const };
  });
}

function lineString(
  value: unknown,
  where: string,
  path: number[],
  polygon: number,
  coordinateWhere: (i: number) => string,
): PartOf {
  const positions = list(value, where, path).map((position, i) =>
    toPosition(position, coordinateWhere(i), [...path, i]),
  );
  return { kind: "line", positions, where, path, polygon, coordinateWhere };
}

function list(value: unknown, where: string, path: number[]): unknown[] {
  if (Array.isArray(value)) return value;
  throw new ShapeError({
    code: "bad_structure",
    where,
    path,
    message: `${where}: expected an array of coordinates, got ${describe(value)}`,
  });
}

function toPosition(value: unknown, where: string, path: number[]): Position {
  if (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.slice(0, 2).every((v) => typeof v === "number" && Number.isFinite(v))
  ) {
    return [value[0] as number, value[1] as number];
  }
  throw new ShapeError({
    code: "bad_coordinate",
    where,
    path,
    message: `${where} is not a [lon, lat] pair of numbers: ${describe(value)}`,
  });
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
