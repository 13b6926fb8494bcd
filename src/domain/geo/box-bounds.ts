/**
 * Lower bounds of great-circle distances to lon/lat boxes, as haversines, for pruning searches
 * (spherical-index.ts), and the box of a great-circle arc.
 */
import type { BBox } from "./geojson.js";
import { havLowerBound, RAD } from "./sphere.js";

const HALF_RAD = RAD / 2;

/**
 * A lower bound of hav(distance) from a point to box `pos`: the haversine formula with each term
 * at its smallest over the box, and sin y ≥ y − y³/6 (see havLowerBound) instead of a sine.
 */
export function pointBoxHav(
  lat: number,
  lon: number,
  cosLat: number,
  boxes: ArrayLike<number>,
  pos: number,
  cosMin: Float64Array,
): number {
  const minLat = boxes[pos + 1]!;
  const maxLat = boxes[pos + 3]!;
  const dLat = lat < minLat ? minLat - lat : lat > maxLat ? lat - maxLat : 0;
  const y = dLat * HALF_RAD;
  const sy = y - (y * y * y) / 6;
  const minLon = boxes[pos]!;
  const maxLon = boxes[pos + 2]!;
  let dLon = lon < minLon ? minLon - lon : lon > maxLon ? lon - maxLon : 0;
  if (dLon === 0) return sy * sy;
  if (dLon > 180) dLon = 360 - dLon;
  const x = dLon * HALF_RAD;
  const sx = x - (x * x * x) / 6;
  return sy * sy + cosLat * cosMin[pos >> 2]! * sx * sx;
}

/** The same bound between a query box (min cos latitude `cosBox`) and box `pos`. */
export function boxBoxHav(
  box: BBox,
  cosBox: number,
  boxes: ArrayLike<number>,
  pos: number,
  cosMin: Float64Array,
): number {
  const dLat = Math.max(0, boxes[pos + 1]! - box[3], box[1] - boxes[pos + 3]!);
  let dLon = Math.max(0, boxes[pos]! - box[2], box[0] - boxes[pos + 2]!);
  if (dLon > 180) dLon = 360 - dLon;
  return havLowerBound(dLat * RAD) + cosBox * cosMin[pos >> 2]! * havLowerBound(dLon * RAD);
}

/**
 * The lon/lat box of the great-circle arc from A to B (unit vectors and degrees): the arc can
 * bulge poleward beyond both ends (by 0.1 km over a 100 km east–west edge at 32°N, by 3 km over
 * 500 km), and a box that missed the bulge would hide the arc from a search.
 * Assumes the arc does not cross the antimeridian (validate.ts rejects that).
 */
export function arcBox(
  a: [number, number, number],
  b: [number, number, number],
  aLonLat: [number, number],
  bLonLat: [number, number],
): [number, number, number, number] {
  let minLat = Math.min(aLonLat[1], bLonLat[1]);
  let maxLat = Math.max(aLonLat[1], bLonLat[1]);
  const nx = a[1] * b[2] - a[2] * b[1];
  const ny = a[2] * b[0] - a[0] * b[2];
  const nz = a[0] * b[1] - a[1] * b[0];
  const n = Math.hypot(nx, ny, nz);
  if (n > 0) {
    // The highest point of the great circle: the pole direction with its normal part removed.
    const ux = nx / n;
    const uy = ny / n;
    const uz = nz / n;
    const ex = -uz * ux;
    const ey = -uz * uy;
    const ez = 1 - uz * uz;
    const e = Math.hypot(ex, ey, ez);
    if (e > 1e-12) {
      for (const sign of [1, -1]) {
        const px = (sign * ex) / e;
        const py = (sign * ey) / e;
        const pz = (sign * ez) / e;
        if (onArc(a, b, ux, uy, uz, px, py, pz)) {
          const lat = Math.asin(Math.max(-1, Math.min(1, pz))) / RAD;
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
        }
      }
    }
  }
  // A hair of padding so that rounding never leaves an endpoint outside its own box.
  const pad = 1e-9;
  return [
    Math.min(aLonLat[0], bLonLat[0]) - pad,
    minLat - pad,
    Math.max(aLonLat[0], bLonLat[0]) + pad,
    maxLat + pad,
  ];
}

/** Whether P (on the great circle through A and B, normal U) lies on the arc from A to B. */
function onArc(
  a: [number, number, number],
  b: [number, number, number],
  ux: number,
  uy: number,
  uz: number,
  px: number,
  py: number,
  pz: number,
): boolean {
  // (A × P) · U ≥ 0 and (P × B) · U ≥ 0
  const apx = a[1] * pz - a[2] * py;
  const apy = a[2] * px - a[0] * pz;
  const apz = a[0] * py - a[1] * px;
  const pbx = py * b[2] - pz * b[1];
  const pby = pz * b[0] - px * b[2];
  const pbz = px * b[1] - py * b[0];
  return apx * ux + apy * uy + apz * uz >= 0 && pbx * ux + pby * uy + pbz * uz >= 0;
}
