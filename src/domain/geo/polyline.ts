/**
 * Signed great-circle distance from a point to a polyline (a line of contact, a withdrawal line,
 * a road), fast enough to evaluate a million points against 5,000 vertices.
 *
 * Written here rather than with @turf/point-to-line-distance because that answers one
 * point at a time through GeoJSON objects, has no side, and scans every segment; here the
 * segments are prepared once as unit vectors and found through a spherical R-tree and a per-area
 * memo of candidate segments (cell-nearest.ts).
 *
 * Each segment is the great-circle arc between its vertices. Its plane normal N = A × B points to
 * the left of the direction of travel, so P · N > 0 means P is left of the arc's great circle.
 * Where the nearest point of the line is a vertex shared by two segments, the side is the sign
 * of P · (N₁ + N₂) (the "pseudo-normal" of Bærentzen & Aanæs), which is right on both sides of a
 * sharp turn where the two segments' own signs disagree. Beyond an end of the line the side is
 * that of the end segment's great circle.
 */
import { linesOf, type LinealGeometry } from "./geojson.js";
import { CellNearest } from "./cell-nearest.js";
import { arcBox } from "./box-bounds.js";
import { SphericalIndex } from "./spherical-index.js";
import {
  havBetween,
  havToKm,
  lonLatOfVector,
  writeUnitVector,
  type SpherePoint,
} from "./sphere.js";

export type LineSide = "left" | "right" | "on_line";

export interface PolylinePosition {
  /** Unsigned distance to the line, km; 0 within the on-line tolerance. */
  distanceKm: number;
  side: LineSide;
  /** Positive on the right of the line as drawn, negative on the left, 0 on the line. */
  signedKm: number;
  /** The nearest point of the line, [lon, lat]. */
  nearest: [number, number];
  /** Which segment holds the nearest point, counting segments across all parts of the line. */
  segment: number;
}

// Per segment: A, B, N = unit(A × B), TA = N × A, TB = B × N (see segmentHav).
const STRIDE = 15;
const INTERIOR = 0;
const AT_A = 1;
const AT_B = 2;

export class PreparedPolyline {
  readonly segmentCount: number;
  private readonly seg: Float64Array;
  /** The segment before / after each one in the same part of the line, or -1. */
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private readonly ends: Float64Array; // lonA, latA, lonB, latB
  private readonly index: SphericalIndex;
  private readonly finder: CellNearest;

  constructor(geometry: LinealGeometry) {
    const pieces = linesOf(geometry).map(withoutRepeats);
    const count = pieces.reduce((n, line) => n + Math.max(0, line.length - 1), 0);
    this.segmentCount = count;
    this.seg = new Float64Array(count * STRIDE);
    this.prev = new Int32Array(count).fill(-1);
    this.next = new Int32Array(count).fill(-1);
    this.ends = new Float64Array(count * 4);
    const boxes = new Float64Array(count * 4);
    let s = 0;
    for (const line of pieces) {
      for (let i = 0; i + 1 < line.length; i++, s++) {
        this.prepareSegment(s, line[i]!, line[i + 1]!, boxes);
        if (i > 0) this.prev[s] = s - 1;
        if (i + 2 < line.length) this.next[s] = s + 1;
      }
    }
    this.index = new SphericalIndex(boxes);
    this.finder = new CellNearest(this.index, this.segmentHav, 1, Infinity, GRID_MARGIN_DEG);
  }

  /** Where `p` is relative to the line; null for a line with no segments. */
  locate(p: SpherePoint, onLineToleranceKm: number): PolylinePosition | null {
    if (this.segmentCount === 0) return null;
    this.finder.find(p);
    return this.describe(p, this.finder.items[0]!, this.finder.havs[0]!, onLineToleranceKm);
  }

  /** The same answer as `locate`, by checking every segment: the baseline and the test oracle. */
  locateBruteForce(p: SpherePoint, onLineToleranceKm: number): PolylinePosition | null {
    let best = -1;
    let bestHav = Infinity;
    for (let s = 0; s < this.segmentCount; s++) {
      const hav = this.segmentHav(s, p);
      if (hav < bestHav) {
        bestHav = hav;
        best = s;
      }
    }
    return best < 0 ? null : this.describe(p, best, bestHav, onLineToleranceKm);
  }

  private describe(p: SpherePoint, s: number, hav: number, tolKm: number): PolylinePosition {
    const distanceKm = havToKm(hav);
    const feature = this.featureOf(s, p);
    const nearest = this.nearestPoint(s, p, feature);
    const sign = distanceKm <= tolKm ? 0 : this.sideSign(s, p, feature);
    if (sign === 0) return { distanceKm: 0, side: "on_line", signedKm: 0, nearest, segment: s };
    const side = sign > 0 ? "left" : "right";
    return { distanceKm, side, signedKm: sign > 0 ? -distanceKm : distanceKm, nearest, segment: s };
  }

  /** hav of the great-circle distance from p to segment s (a property: passed as a callback). */
  private readonly segmentHav = (s: number, p: SpherePoint): number => {
    const g = this.seg;
    const o = s * STRIDE;
    // P projects inside the arc when it is on the B side of A's perpendicular and vice versa.
    const inA = p.x * g[o + 9]! + p.y * g[o + 10]! + p.z * g[o + 11]! >= 0;
    const inB = p.x * g[o + 12]! + p.y * g[o + 13]! + p.z * g[o + 14]! >= 0;
    if (inA && inB) {
      const sinT = p.x * g[o + 6]! + p.y * g[o + 7]! + p.z * g[o + 8]!;
      const sin2 = Math.min(1, sinT * sinT);
      // hav = (1 − cos θ) / 2 written without cancellation for small θ.
      return sin2 / (2 * (1 + Math.sqrt(1 - sin2)));
    }
    const hA = havBetween(p.x, p.y, p.z, g[o]!, g[o + 1]!, g[o + 2]!);
    const hB = havBetween(p.x, p.y, p.z, g[o + 3]!, g[o + 4]!, g[o + 5]!);
    return hA <= hB ? hA : hB;
  };

  private featureOf(s: number, p: SpherePoint): number {
    const g = this.seg;
    const o = s * STRIDE;
    const inA = p.x * g[o + 9]! + p.y * g[o + 10]! + p.z * g[o + 11]! >= 0;
    const inB = p.x * g[o + 12]! + p.y * g[o + 13]! + p.z * g[o + 14]! >= 0;
    if (inA && inB) return INTERIOR;
    const hA = havBetween(p.x, p.y, p.z, g[o]!, g[o + 1]!, g[o + 2]!);
    const hB = havBetween(p.x, p.y, p.z, g[o + 3]!, g[o + 4]!, g[o + 5]!);
    return hA <= hB ? AT_A : AT_B;
  }

  /** > 0 left, < 0 right, 0 exactly on the great circle(s). */
  private sideSign(s: number, p: SpherePoint, feature: number): number {
    const other = feature === AT_A ? this.prev[s]! : feature === AT_B ? this.next[s]! : -1;
    const g = this.seg;
    const o = s * STRIDE + 6;
    let nx = g[o]!;
    let ny = g[o + 1]!;
    let nz = g[o + 2]!;
    if (other >= 0) {
      const q = other * STRIDE + 6;
      nx += g[q]!;
      ny += g[q + 1]!;
      nz += g[q + 2]!;
    }
    return p.x * nx + p.y * ny + p.z * nz;
  }

  private nearestPoint(s: number, p: SpherePoint, feature: number): [number, number] {
    if (feature === AT_A) return [this.ends[4 * s]!, this.ends[4 * s + 1]!];
    if (feature === AT_B) return [this.ends[4 * s + 2]!, this.ends[4 * s + 3]!];
    const g = this.seg;
    const o = s * STRIDE + 6;
    const d = p.x * g[o]! + p.y * g[o + 1]! + p.z * g[o + 2]!;
    return lonLatOfVector(p.x - d * g[o]!, p.y - d * g[o + 1]!, p.z - d * g[o + 2]!);
  }

  private prepareSegment(s: number, a: number[], b: number[], boxes: Float64Array): void {
    const g = this.seg;
    const o = s * STRIDE;
    writeUnitVector(a[0]!, a[1]!, g, o);
    writeUnitVector(b[0]!, b[1]!, g, o + 3);
    const [ax, ay, az, bx, by, bz] = [g[o]!, g[o + 1]!, g[o + 2]!, g[o + 3]!, g[o + 4]!, g[o + 5]!];
    let nx = ay * bz - az * by;
    let ny = az * bx - ax * bz;
    let nz = ax * by - ay * bx;
    const n = Math.hypot(nx, ny, nz);
    nx /= n;
    ny /= n;
    nz /= n;
    g.set([nx, ny, nz], o + 6);
    g.set([ny * az - nz * ay, nz * ax - nx * az, nx * ay - ny * ax], o + 9); // N × A
    g.set([by * nz - bz * ny, bz * nx - bx * nz, bx * ny - by * nx], o + 12); // B × N
    this.ends.set([a[0]!, a[1]!, b[0]!, b[1]!], 4 * s);
    const box = arcBox([ax, ay, az], [bx, by, bz], [a[0]!, a[1]!], [b[0]!, b[1]!]);
    boxes.set(box, 4 * s);
  }
}

// Points farther than this from the line's box are searched without a cell memo.
const GRID_MARGIN_DEG = 2;

/** Consecutive repeated positions make zero-length segments, which have no direction. */
function withoutRepeats(line: number[][]): number[][] {
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
}
