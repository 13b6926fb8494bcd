/**
 * Reading a chosen layer file in the browser, for the preview only: the server reads and checks
 * it again when it is saved (src/domain/geo/version-input.ts), and its verdict is the one shown.
 * KML is read with the domain's own reader, loaded when a KML file is chosen.
 */

export type FileRead =
  { ok: true; geometry: GeoJSON.Geometry; points: number } | { ok: false; reason: string };

export async function readLayerFile(file: File): Promise<FileRead> {
  const text = await file.text();
  const lower = file.name.toLowerCase();
  try {
    let features: { geometry?: unknown }[];
    if (lower.endsWith(".kml")) {
      const { kmlToGeoJSON } = await import("../../../../src/domain/geo/kml.js");
      features = kmlToGeoJSON(text).features;
    } else {
      features = featuresOf(JSON.parse(text) as unknown);
    }
    const geometries = features.map((f) => f.geometry).filter(isGeometry);
    // A line of contact may come in parts, one feature each (decision 0019): drawn as one.
    const lines = geometries.flatMap((g) =>
      g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : [],
    );
    const inParts =
      geometries.length > 1 &&
      geometries.every((g) => g.type === "LineString" || g.type === "MultiLineString");
    const geometry: GeoJSON.Geometry | undefined = inParts
      ? { type: "MultiLineString", coordinates: lines }
      : geometries.length === 1
        ? geometries[0]
        : undefined;
    if (!geometry) return { ok: false, reason: `${features.length} features` };
    return { ok: true, geometry, points: countPositions(geometry) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

function featuresOf(parsed: unknown): { geometry?: unknown }[] {
  const o = parsed as { type?: unknown; features?: unknown } | null;
  if (o?.type === "FeatureCollection" && Array.isArray(o.features)) return o.features;
  if (o?.type === "Feature") return [o as { geometry?: unknown }];
  return [{ geometry: parsed }];
}

function isGeometry(g: unknown): g is GeoJSON.Geometry {
  const o = g as { type?: unknown; coordinates?: unknown } | null;
  return typeof o?.type === "string" && Array.isArray(o.coordinates);
}

function countPositions(g: GeoJSON.Geometry): number {
  const count = (c: unknown): number =>
    Array.isArray(c) && typeof c[0] === "number"
      ? 1
      : Array.isArray(c)
        ? c.reduce((n: number, x) => n + count(x), 0)
        : 0;
  return "coordinates" in g ? count(g.coordinates) : 0;
}
