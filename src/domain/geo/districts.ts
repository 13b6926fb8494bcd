/** First-level administrative districts (ADM1): which one a point is in. */
import type { PolygonalGeometry } from "./geojson.js";
import { PreparedPolygonSet } from "./polygon-set.js";
import { spherePoint, type SpherePoint } from "./sphere.js";

export interface District {
  /** Stable code of the source, e.g. Natural Earth's "LBY-2882". */
  id: string;
  name: string;
  nameAr: string | null;
  variants: string[];
  geometry: PolygonalGeometry;
}

export interface DistrictRef {
  id: string;
  name: string;
  nameAr: string | null;
}

export interface PreparedDistricts {
  readonly districts: readonly District[];
  readonly polygons: PreparedPolygonSet;
}

export function prepareDistricts(districts: readonly District[]): PreparedDistricts {
  return { districts, polygons: new PreparedPolygonSet(districts.map((d) => d.geometry)) };
}

/** The district containing the point; where districts overlap along a border, the first. */
export function districtAt(
  prepared: PreparedDistricts,
  p: SpherePoint | { lat: number; lon: number },
  bruteForce = false,
): DistrictRef | null {
  const point = "x" in p ? p : spherePoint(p.lon, p.lat);
  const found = bruteForce
    ? prepared.polygons.containingBruteForce(point)
    : prepared.polygons.containing(point);
  const d = found.length > 0 ? prepared.districts[found[0]!] : undefined;
  return d ? { id: d.id, name: d.name, nameAr: d.nameAr } : null;
}

/**
 * The district of a place: the one its source assigns (the coarse polygons misplace towns near
 * their borders), else the one containing its point.
 */
export function districtOfPlace(
  prepared: PreparedDistricts,
  place: { lat: number; lon: number; districtId?: string },
): DistrictRef | null {
  const d = place.districtId && prepared.districts.find((x) => x.id === place.districtId);
  return d ? { id: d.id, name: d.name, nameAr: d.nameAr } : districtAt(prepared, place);
}
