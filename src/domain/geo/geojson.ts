/**
 * The GeoJSON shapes the geo layers use (RFC 7946), written out here rather than taken from
 * `@types/geojson` so that the domain states exactly what it accepts: positions are [lon, lat]
 * (an altitude, if any, is ignored), and no GeometryCollection.
 */

/** [longitude, latitude] in WGS84 decimal degrees. */
export type Position = [lon: number, lat: number] | number[];

interface PointGeometry {
  type: "Point";
  coordinates: Position;
}
interface LineStringGeometry {
  type: "LineString";
  coordinates: Position[];
}
interface MultiLineStringGeometry {
  type: "MultiLineString";
  coordinates: Position[][];
}
interface PolygonGeometry {
  type: "Polygon";
  coordinates: Position[][];
}
interface MultiPolygonGeometry {
  type: "MultiPolygon";
  coordinates: Position[][][];
}

export type LinealGeometry = LineStringGeometry | MultiLineStringGeometry;
export type PolygonalGeometry = PolygonGeometry | MultiPolygonGeometry;
export type Geometry = PointGeometry | LinealGeometry | PolygonalGeometry;

export interface Feature<G extends Geometry | null = Geometry | null> {
  type: "Feature";
  id?: string | number;
  geometry: G;
  properties: Record<string, unknown> | null;
}

export interface FeatureCollection<G extends Geometry | null = Geometry | null> {
  type: "FeatureCollection";
  features: Feature<G>[];
}

/** [minLon, minLat, maxLon, maxLat]. */
export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

/** The lines of a lineal geometry, whatever its type. */
export function linesOf(geometry: LinealGeometry): Position[][] {
  return geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
}

/** The polygons (each a list of rings) of a polygonal geometry, whatever its type. */
export function polygonsOf(geometry: PolygonalGeometry): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}
