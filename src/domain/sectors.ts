/**
 * Sectors: the areas of the front a mission reports on (the dashboard's breakdown, a list
 * filter), drawn as polygons in the mission profile (missions/<name>/sectors.geojson).
 *
 * A reporting convenience, not a geo evaluation: the line of contact and the zones
 * (src/domain/geo/) decide sides and distances. The containment test is planar in degrees
 * (longitude as x, latitude as y), as PostgreSQL's `polygon @> point` is, so the dashboard's SQL
 * (`sectorSql` in src/store/sector-sql.ts) and `sectorOf()` give the same answer; a test checks it.
 */
import { polygonsOf, type PolygonalGeometry, type Position } from "./geo/geojson.js";

export interface Sector {
  code: string;
  nameEn: string;
  nameAr: string;
  geometry: PolygonalGeometry;
}

/** The keys of a point in no sector, and of a record with no location. */
export const SECTOR_OTHER = "other";
export const SECTOR_UNLOCATED = "unlocated";

/** The first sector (in the profile's order) holding the point, "other", or "unlocated". */
export function sectorOf(
  location: { lat: number; lon: number } | null | undefined,
  sectors: readonly Sector[],
): string {
  if (!location) return SECTOR_UNLOCATED;
  const found = sectors.find((s) =>
    polygonsOf(s.geometry).some((rings) => inPolygon(location.lon, location.lat, rings)),
  );
  return found?.code ?? SECTOR_OTHER;
}

function inPolygon(x: number, y: number, rings: Position[][]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && inRing(x, y, outer) && !holes.some((h) => inRing(x, y, h));
}

/** Even-odd ray casting; a point exactly on an edge may fall either way (as in SQL). */
function inRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
