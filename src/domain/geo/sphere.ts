/**
 * Geometry on the sphere: every distance, side and bearing in the geo layers is computed on a
 * sphere of the Earth's mean radius (the model `@turf/distance` uses), never in degrees.
 *
 * Points are handled as unit vectors (x towards 0°E on the equator, y towards 90°E, z towards the
 * North Pole): great circles are then planes through the centre, a side of a great circle is the
 * sign of a dot product, and small distances keep their precision (no acos of numbers near 1).
 * Angular distances are carried as haversines, hav θ = sin²(θ/2) = chord²/4, which are cheap to
 * compare and convert to kilometres only at the end.
 */

/** Mean Earth radius (IUGG), in km; the value `@turf/distance` uses. */
const EARTH_RADIUS_KM = 6371.0088;
export const RAD = Math.PI / 180;

/** A query point, with what every test against it needs computed once. */
export interface SpherePoint {
  lon: number;
  lat: number;
  x: number;
  y: number;
  z: number;
  cosLat: number;
  cosLon: number;
  sinLon: number;
  tanLat: number;
}

export function spherePoint(lon: number, lat: number): SpherePoint {
  const phi = lat * RAD;
  const lambda = lon * RAD;
  const cosLat = Math.cos(phi);
  const sinLat = Math.sin(phi);
  const cosLon = Math.cos(lambda);
  const sinLon = Math.sin(lambda);
  return {
    lon,
    lat,
    x: cosLat * cosLon,
    y: cosLat * sinLon,
    z: sinLat,
    cosLat,
    cosLon,
    sinLon,
    tanLat: sinLat / cosLat,
  };
}

/** Writes the unit vector of [lon, lat] into `out` at `offset`. */
export function writeUnitVector(lon: number, lat: number, out: Float64Array, offset: number): void {
  const phi = lat * RAD;
  const lambda = lon * RAD;
  const c = Math.cos(phi);
  out[offset] = c * Math.cos(lambda);
  out[offset + 1] = c * Math.sin(lambda);
  out[offset + 2] = Math.sin(phi);
}

/** [lon, lat] of a vector in the direction of (x, y, z), which need not be of unit length. */
export function lonLatOfVector(x: number, y: number, z: number): [number, number] {
  const length = Math.sqrt(x * x + y * y + z * z);
  return [Math.atan2(y, x) / RAD, Math.asin(Math.max(-1, Math.min(1, z / length))) / RAD];
}

/** Haversine of the angle between two unit vectors. */
export function havBetween(
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
): number {
  const dx = ax - bx;
  const dy = ay - by;
  const dz = az - bz;
  return (dx * dx + dy * dy + dz * dz) / 4;
}

export function havToKm(hav: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, hav))));
}

export function kmToHav(km: number): number {
  if (!Number.isFinite(km)) return Infinity;
  const s = Math.sin(Math.min(Math.PI, km / EARTH_RADIUS_KM) / 2);
  return s * s;
}

/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const a = spherePoint(lon1, lat1);
  const b = spherePoint(lon2, lat2);
  return havToKm(havBetween(a.x, a.y, a.z, b.x, b.y, b.z));
}

/** Initial bearing in degrees [0, 360) of the great circle from the first point to the second. */
export function bearingDeg(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const phi1 = lat1 * RAD;
  const phi2 = lat2 * RAD;
  const dLambda = (lon2 - lon1) * RAD;
  const y = Math.sin(dLambda) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
  const deg = Math.atan2(y, x) / RAD;
  return (deg + 360) % 360;
}

/** The point reached from [lon, lat] after `km` along the initial bearing `deg`. */
export function destination(lon: number, lat: number, km: number, deg: number): [number, number] {
  const delta = km / EARTH_RADIUS_KM;
  const theta = deg * RAD;
  const phi1 = lat * RAD;
  const sinPhi2 =
    Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
  const phi2 = Math.asin(sinPhi2);
  const lambda2 =
    lon * RAD +
    Math.atan2(
      Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
      Math.cos(delta) - Math.sin(phi1) * sinPhi2,
    );
  return [((lambda2 / RAD + 540) % 360) - 180, phi2 / RAD];
}

/**
 * A lower bound of sin²(x/2) for x in [0, π], from sin y ≥ y − y³/6: costs no trigonometry,
 * and is within 0.3 % of the true value below 20°, which is what a search bound needs.
 */
export function havLowerBound(x: number): number {
  const y = x / 2;
  const s = y - (y * y * y) / 6;
  return s * s;
}
