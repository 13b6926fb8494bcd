/**
 * The disputed parts of a line of contact (decision 0019) as the parts of the line: a line is
 * drawn as one or more parts (the lines of a MultiLineString, or the features of a file), and
 * each part is disputed or not. Files carry the mark as a feature property `disputed` (true or
 * false; KML ExtendedData, where it is text); the browser marks parts by their position.
 */
import { DomainError } from "../errors.js";
import {
  linesOf,
  type Feature,
  type Geometry,
  type LinealGeometry,
  type Position,
} from "./geojson.js";
import type { RawFeature } from "./kml.js";

/** The feature property that marks a part of a line of contact as disputed. */
export const DISPUTED_PROPERTY = "disputed";

/** The parts at these positions, as one geometry; null when none is chosen. */
export function disputedOfParts(
  line: LinealGeometry,
  parts: readonly number[],
): LinealGeometry | null {
  const lines = linesOf(line);
  const chosen = [...new Set(parts)].sort((a, b) => a - b);
  if (chosen.length === 0) return null;
  return { type: "MultiLineString", coordinates: chosen.map((i) => lines[i]!) };
}

/**
 * The positions of the line's parts that are disputed, when every disputed part is one of the
 * line's parts (as marked in the browser or read from a file); null when a disputed part was
 * drawn apart from them (possible through the JSON API only).
 */
export function disputedPartIndexes(
  line: LinealGeometry,
  disputed: LinealGeometry | null | undefined,
): number[] | null {
  if (!disputed) return [];
  const keys = linesOf(line).map(partKey);
  const out: number[] = [];
  for (const part of linesOf(disputed)) {
    const i = keys.indexOf(partKey(part));
    if (i < 0) return null;
    if (!out.includes(i)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

const partKey = (part: Position[]) => JSON.stringify(part.map((p) => [p[0], p[1]]));

/**
 * A line of contact's version as features, one per part of the line, each with the version's
 * properties and `disputed` true or false; or, when a disputed part is not one of the line's
 * parts, the one feature with `disputed` as a geometry (read back the same way).
 */
export function lineOfContactFeatures(feature: Feature<Geometry>): Feature<Geometry>[] {
  const props = feature.properties ?? {};
  const disputed = props[DISPUTED_PROPERTY] as LinealGeometry | null | undefined;
  const line = feature.geometry as LinealGeometry;
  const marked = disputed ? disputedPartIndexes(line, disputed) : null;
  if (!disputed || marked === null) return [feature];
  return linesOf(line).map((coordinates, i) => ({
    type: "Feature",
    ...(i === 0 && feature.id !== undefined ? { id: feature.id } : {}),
    geometry: { type: "LineString", coordinates },
    properties: { ...props, [DISPUTED_PROPERTY]: marked.includes(i) },
  }));
}

/** Version fields every part of one line must agree on. */
const SHARED_FIELDS = [
  "kind",
  "status",
  "validFrom",
  "validTo",
  "claimedBy",
  "leftParty",
  "rightParty",
  "source",
] as const;

/**
 * A line of contact read from a file of one or more features: the parts together are the line,
 * those marked `disputed` its disputed parts. The fields come from the features' properties,
 * which must agree. The result's `disputed` property is a raw geometry (validated on storing).
 */
export function lineOfContactOfFeatures(features: readonly RawFeature[], file: string): RawFeature {
  const lines: unknown[] = [];
  const disputed: unknown[] = [];
  const props: Record<string, unknown> = {};
  features.forEach((f, i) => {
    const where = `${file}, feature ${i}`;
    const own = f.properties ?? {};
    for (const field of SHARED_FIELDS) {
      const v = own[field];
      if (v === undefined || v === null || v === "") continue;
      if (props[field] !== undefined && String(props[field]) !== String(v)) {
        throw new DomainError(
          "validation_failed",
          `${where} gives ${field} "${String(v)}" where an earlier feature gives "${String(props[field])}"; the parts of one line share its fields.`,
          { field: "file", feature: i },
        );
      }
    }
    for (const [k, v] of Object.entries(own)) if (props[k] === undefined) props[k] = v;
    const parts = partsOf(f.geometry, where);
    lines.push(...parts);
    const mark = readDisputedMark(own[DISPUTED_PROPERTY], where);
    if (mark === true) disputed.push(...parts);
    else if (mark) disputed.push(...partsOf(mark, `${where}, ${DISPUTED_PROPERTY}`));
  });
  const geometry =
    lines.length === 1
      ? { type: "LineString", coordinates: lines[0] }
      : { type: "MultiLineString", coordinates: lines };
  return {
    type: "Feature",
    ...(features[0]?.id !== undefined ? { id: features[0].id } : {}),
    geometry,
    properties: {
      ...props,
      [DISPUTED_PROPERTY]:
        disputed.length === 0 ? null : { type: "MultiLineString", coordinates: disputed },
    },
  };
}

function partsOf(geometry: unknown, where: string): unknown[] {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (g?.type === "LineString" && Array.isArray(g.coordinates)) return [g.coordinates];
  if (g?.type === "MultiLineString" && Array.isArray(g.coordinates)) return g.coordinates;
  throw new DomainError(
    "validation_failed",
    `${where} is ${typeof g?.type === "string" ? `a ${g.type}` : "not a geometry"}; a line of contact's parts are lines (LineString or MultiLineString).`,
    { field: "file" },
  );
}

/**
 * The `disputed` property as written: true or false (text in KML: true/false, yes/no, 1/0), or
 * the disputed parts as a geometry (GeoJSON, or its JSON text in KML).
 */
function readDisputedMark(value: unknown, where: string): boolean | object {
  if (value === undefined || value === null || value === false || value === 0) return false;
  if (value === true || value === 1) return true;
  if (typeof value === "object") return value;
  if (typeof value === "string") {
    const s = value.trim().toLowerCase();
    if (["", "false", "no", "0"].includes(s)) return false;
    if (["true", "yes", "1"].includes(s)) return true;
    if (s.startsWith("{")) {
      try {
        return JSON.parse(value) as object;
      } catch {
        // said below
      }
    }
  }
  throw new DomainError(
    "validation_failed",
    `${where}: ${DISPUTED_PROPERTY} is ${JSON.stringify(value)}; write true or false (or the disputed parts as a GeoJSON line).`,
    { field: DISPUTED_PROPERTY },
  );
}
