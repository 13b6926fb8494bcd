/**
 * Which of many polygons contain a point, on the sphere: zones, areas of control, districts.
 *
 * Edges are great-circle arcs, as for the line of contact, so that a zone drawn along the line
 * agrees with the line's side. (RFC 7946 reads a GeoJSON edge as straight in lon/lat; the two
 * readings differ by about 120 m in the middle of a 100 km east–west edge at 32°N and by 1 m on a
 * 10 km one. Densify long edges if a map must show what is evaluated.)
 *
 * Containment counts crossings of the meridian ray from the point to the North Pole (even-odd,
 * so holes and multipolygon parts need no special case). All edges of all polygons sit in one
 * Flatbush index, so one search along the ray finds every edge that can cross it. Written here
 * because @turf/boolean-point-in-polygon is planar and tests one polygon at a time, every edge.
 * A point exactly on a boundary may fall either way.
 *
 * For many points, a lon/lat grid memo does most of the work: a cell that no edge comes near has
 * one answer throughout; in a cell that edges cross, the answer at the cell's centre is flipped
 * by each edge that the arc from the centre to the point crosses (few edges, no tree search).
 */
import { polygonsOf, type PolygonalGeometry } from "./geojson.js";
import { arcBox } from "./box-bounds.js";
import { SphericalIndex } from "./spherical-index.js";
import { CellGrid } from "./cell-grid.js";
import { spherePoint, writeUnitVector, type SpherePoint } from "./sphere.js";

// Per edge: lonA, lonB, then the (unnormalised) plane normal A × B.
const STRIDE = 5;
// Per polygon during one query: bit 0 is the crossing parity, bit 1 that it is in `touched`.
const INSIDE = 1;
const SEEN = 2;
// 0.1° (about 11 km): most cells then lie clear of every boundary, and there are few cells to
// prepare; 0.05° was slower on the benchmark.
const CELL_DEG = 0.1;
// Edges this close to a cell (in degrees) are listed with it: an arc inside an 11 km cell bulges
// out of the cell's box by a few metres at most.
const CELL_PAD_DEG = 1e-4;

/** A cell crossed by edges: the answer at its centre and the edges near it. */
interface BoundaryCell {
  centre: SpherePoint;
  inside: readonly number[];
  edges: Int32Array;
}

export class PreparedPolygonSet {
  readonly polygonCount: number;
  private readonly edges: Float64Array;
  private readonly owner: Int32Array;
  private readonly index: SphericalIndex;
  private readonly parity: Uint8Array;
  private readonly touched: number[] = [];
  private readonly grid: CellGrid;
  /** Unit vectors of each edge's ends, A then B. */
  private readonly ends: Float64Array;
  /** Per grid cell, made on first use: its one answer, or how to answer within it. */
  private readonly cells: (readonly number[] | BoundaryCell | undefined)[] = [];
  private current: SpherePoint | null = null;
  private readonly visit = (e: number) => {
    this.crossEdge(e, this.current!);
    return false;
  };

  constructor(polygons: readonly PolygonalGeometry[]) {
    this.polygonCount = polygons.length;
    const arcs: { owner: number; a: number[]; b: number[] }[] = [];
    polygons.forEach((geometry, owner) => {
      for (const polygon of polygonsOf(geometry)) {
        for (const ring of polygon) {
          for (let i = 0; i + 1 < ring.length; i++)
            arcs.push({ owner, a: ring[i]!, b: ring[i + 1]! });
        }
      }
    });
    this.edges = new Float64Array(arcs.length * STRIDE);
    this.ends = new Float64Array(arcs.length * 6);
    this.owner = new Int32Array(arcs.length);
    const boxes = new Float64Array(arcs.length * 4);
    const va = new Float64Array(3);
    const vb = new Float64Array(3);
    arcs.forEach(({ owner, a, b }, e) => {
      writeUnitVector(a[0]!, a[1]!, va, 0);
      writeUnitVector(b[0]!, b[1]!, vb, 0);
      const n = [
        va[1]! * vb[2]! - va[2]! * vb[1]!,
        va[2]! * vb[0]! - va[0]! * vb[2]!,
        va[0]! * vb[1]! - va[1]! * vb[0]!,
      ];
      this.edges.set([a[0]!, b[0]!, n[0]!, n[1]!, n[2]!], e * STRIDE);
      this.owner[e] = owner;
      this.ends.set(va, e * 6);
      this.ends.set(vb, e * 6 + 3);
      boxes.set(
        arcBox([va[0]!, va[1]!, va[2]!], [vb[0]!, vb[1]!, vb[2]!], [a[0]!, a[1]!], [b[0]!, b[1]!]),
        e * 4,
      );
    });
    this.index = new SphericalIndex(boxes, 16);
    this.parity = new Uint8Array(polygons.length);
    // Outside the box of all edges no polygon contains anything: the grid covers just that box.
    this.grid = new CellGrid(this.index.bounds(), 0, CELL_DEG);
  }

  /** The numbers of the polygons that contain `p`, ascending. */
  containing(p: SpherePoint): readonly number[] {
    const cell = this.grid.cellOf(p.lon, p.lat);
    if (cell < 0) return [];
    const memo = this.cells[cell] ?? this.remember(cell);
    if (!("centre" in memo)) return memo;
    return this.fromCentre(memo, p) ?? this.rayTest(p);
  }

  private rayTest(p: SpherePoint): number[] {
    this.current = p;
    this.index.search(p.lon, p.lat, p.lon, 90, this.visit);
    this.current = null;
    return this.collect();
  }

  /**
   * A cell that no edge's box touches lies wholly inside or wholly outside each polygon, so the
   * answer at its centre holds for all of it; for the others, the centre's answer and the edges
   * that come near the cell.
   */
  private remember(cell: number): readonly number[] | BoundaryCell {
    const box = this.grid.cellBox(cell);
    const centre = spherePoint((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
    const inside = Object.freeze(this.rayTest(centre));
    const pad = CELL_PAD_DEG;
    const near = this.index.search(box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad);
    const memo = near.length === 0 ? inside : { centre, inside, edges: Int32Array.from(near) };
    this.cells[cell] = memo;
    return memo;
  }

  /**
   * The centre's answer, flipped for each polygon once per edge of it that the great-circle arc
   * from the centre to `p` crosses; null when the arc passes exactly through a vertex or a point
   * lies exactly on an edge's circle, which the ray test settles instead.
   */
  private fromCentre(memo: BoundaryCell, p: SpherePoint): number[] | null {
    const c = memo.centre;
    const ux = c.y * p.z - c.z * p.y;
    const uy = c.z * p.x - c.x * p.z;
    const uz = c.x * p.y - c.y * p.x;
    for (const owner of memo.inside) this.flip(owner);
    const { edges, ends } = this;
    for (let i = 0; i < memo.edges.length; i++) {
      const e = memo.edges[i]!;
      const o = e * 6;
      const sa = ux * ends[o]! + uy * ends[o + 1]! + uz * ends[o + 2]!;
      const sb = ux * ends[o + 3]! + uy * ends[o + 4]! + uz * ends[o + 5]!;
      const n = e * STRIDE + 2;
      const sc = edges[n]! * c.x + edges[n + 1]! * c.y + edges[n + 2]! * c.z;
      const sp = edges[n]! * p.x + edges[n + 1]! * p.y + edges[n + 2]! * p.z;
      if (sa === 0 || sb === 0 || sc === 0 || sp === 0) {
        this.collect();
        return null;
      }
      // Each arc's ends lie on opposite sides of the other's great circle: they cross.
      if (sa > 0 !== sb > 0 && sc > 0 !== sp > 0) this.flip(this.owner[e]!);
    }
    return this.collect();
  }

  /** The same answer by testing every edge of every polygon: the baseline and the test oracle. */
  containingBruteForce(p: SpherePoint): number[] {
    for (let e = 0; e < this.owner.length; e++) this.crossEdge(e, p);
    return this.collect();
  }

  private crossEdge(e: number, p: SpherePoint): void {
    const g = this.edges;
    const o = e * STRIDE;
    // Half-open on longitude so that a ray through a vertex counts it once.
    if (g[o]! > p.lon === g[o + 1]! > p.lon) return;
    const nx = g[o + 2]!;
    const ny = g[o + 3]!;
    const nz = g[o + 4]!;
    // On the edge's great circle at the point's longitude: tan φ = −(nx cos λ + ny sin λ) / nz.
    // nz is not 0: an edge that straddles a longitude is not a meridian.
    const tanCross = -(nx * p.cosLon + ny * p.sinLon) / nz;
    if (tanCross <= p.tanLat) return;
    this.flip(this.owner[e]!);
  }

  private flip(owner: number): void {
    const state = this.parity[owner]!;
    if ((state & SEEN) === 0) this.touched.push(owner);
    this.parity[owner] = (state | SEEN) ^ INSIDE;
  }

  private collect(): number[] {
    const inside: number[] = [];
    for (const owner of this.touched) {
      if ((this.parity[owner]! & INSIDE) !== 0) inside.push(owner);
      this.parity[owner] = 0;
    }
    this.touched.length = 0;
    return inside.sort((a, b) => a - b);
  }
}
