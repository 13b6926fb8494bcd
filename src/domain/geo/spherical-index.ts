/**
 * A Flatbush R-tree over lon/lat boxes with nearest-neighbour search on the sphere.
 *
 * Flatbush's own `neighbors()` orders boxes by planar distance in degrees, which is neither a
 * distance nor a lower bound of one on the sphere (a degree of longitude is 0.83 of a degree of
 * latitude at Tripoli and 0.94 at Sabha). So the best-first search is written here, over
 * Flatbush's packed tree (`_boxes`, `_indices`, `_levelBounds`: part of its published
 * typings, and Flatbush is pinned in package.json), with a lower bound of the great-circle
 * distance to a box; `cell-nearest.test.ts` checks it against brute force. The same idea is
 * behind Vladimir Agafonkin's geokdbush.
 */
import Flatbush from "flatbush";
import { boxBoxHav, pointBoxHav } from "./box-bounds.js";
import type { BBox } from "./geojson.js";
import { NodeHeap } from "./node-heap.js";
import { RAD, type SpherePoint } from "./sphere.js";

/** Called for a candidate item: its exact distance to `p` as a haversine (see sphere.ts). */
export type ExactHav = (item: number, p: SpherePoint) => number;

export class SphericalIndex {
  readonly tree: Flatbush;
  readonly empty: boolean;
  /** min cos(latitude) over each box of the tree, by box number (leaves and nodes). */
  private readonly cosMin: Float64Array;
  private readonly heap = new NodeHeap();

  /**
   * `boxes` holds [minLon, minLat, maxLon, maxLat] for item 0, then item 1, … Small nodes (4
   * items) make the per-cell candidate lists of cell-nearest.ts tighter: measured fastest on the
   * benchmark, against 8 and 16.
   */
  constructor(boxes: ArrayLike<number>, nodeSize = 4) {
    const count = boxes.length / 4;
    this.tree = new Flatbush(Math.max(count, 1), nodeSize);
    for (let i = 0; i < count; i++) {
      this.tree.add(boxes[4 * i]!, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!);
    }
    // Flatbush cannot be empty: an empty set gets one box that no search can reach.
    if (count === 0) this.tree.add(Infinity, Infinity, Infinity, Infinity);
    this.tree.finish();
    this.empty = count === 0;
    const all = this.tree._boxes;
    this.cosMin = new Float64Array(all.length / 4);
    for (let b = 0; b < this.cosMin.length; b++) {
      this.cosMin[b] = Math.min(Math.cos(all[4 * b + 1]! * RAD), Math.cos(all[4 * b + 3]! * RAD));
    }
  }

  /** Whether any item's box intersects `box`. */
  collides(box: BBox): boolean {
    return !this.empty && this.tree.collides(box[0], box[1], box[2], box[3]);
  }

  /** The box of all items; an empty box for no items. */
  bounds(): BBox {
    if (this.empty) return [0, 0, 0, 0];
    return [this.tree.minX, this.tree.minY, this.tree.maxX, this.tree.maxY];
  }

  /** Items whose box intersects the given box (Flatbush's own search). */
  search(
    minLon: number,
    minLat: number,
    maxLon: number,
    maxLat: number,
    filter?: (item: number) => boolean,
  ): number[] {
    if (this.empty) return [];
    return this.tree.search(minLon, minLat, maxLon, maxLat, filter);
  }

  /**
   * The `k` items nearest to `p` by `exact`, nearest first, no farther than `maxHav`; appended to
   * `outItems`/`outHavs` (cleared first). Exact ties keep the lower item number.
   */
  nearest(
    p: SpherePoint,
    k: number,
    exact: ExactHav,
    maxHav: number,
    outItems: number[],
    outHavs: number[],
  ): void {
    outItems.length = 0;
    outHavs.length = 0;
    if (this.empty || k <= 0) return;
    const boxes = this.tree._boxes;
    const indices = this.tree._indices;
    const levelBounds = this.tree._levelBounds;
    const cosMin = this.cosMin;
    const numItems4 = this.tree.numItems * 4;
    const nodeSize4 = this.tree.nodeSize * 4;
    const lat = p.lat;
    const lon = p.lon;
    const cosLat = p.cosLat;
    const heap = this.heap;
    let bound = maxHav;
    heap.clear();
    heap.push(boxes.length - 4, 0);
    while (heap.length > 0 && heap.peekValue() <= bound) {
      const nodeIndex = heap.pop();
      const isLeafLevel = nodeIndex < numItems4;
      const end = Math.min(nodeIndex + nodeSize4, upperBound(nodeIndex, levelBounds));
      for (let pos = nodeIndex; pos < end; pos += 4) {
        const lb = pointBoxHav(lat, lon, cosLat, boxes, pos, cosMin);
        if (lb > bound) continue;
        const child = indices[pos >> 2]!;
        if (!isLeafLevel) {
          heap.push(child, lb);
          continue;
        }
        const hav = exact(child, p);
        if (hav > bound) continue;
        if (k === 1) {
          if (outItems.length === 0 || hav < bound || child < outItems[0]!) {
            outItems[0] = child;
            outHavs[0] = hav;
          }
          bound = hav;
        } else {
          insertSorted(outItems, outHavs, child, hav, k);
          if (outItems.length === k) bound = outHavs[k - 1]!;
        }
      }
    }
  }

  /**
   * The leaf-level nodes (nodes whose children are items) that may hold an item within
   * `maxHav` of some point of `box`, nearest first: with `scanNodes`, all that a query anywhere
   * in the box needs to look at.
   */
  leafNodesNear(box: BBox, maxHav: number): NodeList {
    if (this.empty) return { positions: new Int32Array(0), lowerBounds: new Float64Array(0) };
    const { _boxes: boxes, _indices: indices, _levelBounds: levelBounds } = this.tree;
    const numItems4 = this.tree.numItems * 4;
    const nodeSize4 = this.tree.nodeSize * 4;
    const cosBox = Math.min(Math.cos(box[1] * RAD), Math.cos(box[3] * RAD));
    const found: { pos: number; lb: number }[] = [];
    const stack = [boxes.length - 4];
    while (stack.length > 0) {
      const nodeIndex = stack.pop()!;
      const end = Math.min(nodeIndex + nodeSize4, upperBound(nodeIndex, levelBounds));
      for (let pos = nodeIndex; pos < end; pos += 4) {
        const lb = boxBoxHav(box, cosBox, boxes, pos, this.cosMin);
        if (lb > maxHav) continue;
        const child = indices[pos >> 2]!;
        if (child < numItems4) found.push({ pos, lb });
        else stack.push(child);
      }
    }
    return toNodeList(found);
  }

  /** The nodes of `list` that come within `maxHav` of `box`, nearest to it first. */
  filterNodes(list: NodeList, box: BBox, maxHav: number): NodeList {
    const boxes = this.tree._boxes;
    const cosBox = Math.min(Math.cos(box[1] * RAD), Math.cos(box[3] * RAD));
    const found: { pos: number; lb: number }[] = [];
    for (const pos of list.positions) {
      const lb = boxBoxHav(box, cosBox, boxes, pos, this.cosMin);
      if (lb <= maxHav) found.push({ pos, lb });
    }
    return toNodeList(found);
  }

  /**
   * `scanNodes` for k = 1, the line-of-contact case, without the bookkeeping of a list: the
   * nearest item to `p` among `bestItem` and the children of `nodes`; its haversine is left in
   * `lastHav`.
   */
  scanNodesForOne(
    nodes: NodeList,
    p: SpherePoint,
    exact: ExactHav,
    bestItem: number,
    bestHav: number,
  ): number {
    const { _boxes: boxes, _indices: indices } = this.tree;
    const numItems4 = this.tree.numItems * 4;
    const nodeSize4 = this.tree.nodeSize * 4;
    const { lat, lon, cosLat } = p;
    const cosMin = this.cosMin;
    const { positions, lowerBounds } = nodes;
    let best = bestHav;
    let item = bestItem;
    for (let n = 0; n < positions.length; n++) {
      if (lowerBounds[n]! > best) break;
      const pos = positions[n]!;
      if (pointBoxHav(lat, lon, cosLat, boxes, pos, cosMin) > best) continue;
      const start = indices[pos >> 2]!;
      const end = Math.min(start + nodeSize4, numItems4);
      for (let c = start; c < end; c += 4) {
        if (pointBoxHav(lat, lon, cosLat, boxes, c, cosMin) > best) continue;
        const child = indices[c >> 2]!;
        const hav = exact(child, p);
        if (hav < best || (hav === best && child < item)) {
          best = hav;
          item = child;
        }
      }
    }
    this.lastHav = best;
    return item;
  }

  /** The haversine of the last `scanNodesForOne` answer. */
  lastHav = Infinity;

  /**
   * Adds to `items`/`havs` (already holding up to k candidates, nearest first) the nearer of the
   * children of `nodes` (from `leafNodesNear` for a box holding `p`), keeping the k nearest
   * within `maxHav`. Exact ties keep the lower item number, as `nearest` does.
   */
  scanNodes(
    nodes: NodeList,
    p: SpherePoint,
    exact: ExactHav,
    k: number,
    maxHav: number,
    items: number[],
    havs: number[],
  ): void {
    const { _boxes: boxes, _indices: indices } = this.tree;
    const numItems4 = this.tree.numItems * 4;
    const nodeSize4 = this.tree.nodeSize * 4;
    const { lat, lon, cosLat } = p;
    const cosMin = this.cosMin;
    const { positions, lowerBounds } = nodes;
    let bound = items.length === k ? havs[k - 1]! : maxHav;
    for (let n = 0; n < positions.length; n++) {
      // p is in the box, so no node from here on can be nearer than its bound to the box.
      if (lowerBounds[n]! > bound) break;
      const pos = positions[n]!;
      if (pointBoxHav(lat, lon, cosLat, boxes, pos, cosMin) > bound) continue;
      const start = indices[pos >> 2]!;
      const end = Math.min(start + nodeSize4, numItems4);
      for (let c = start; c < end; c += 4) {
        if (pointBoxHav(lat, lon, cosLat, boxes, c, cosMin) > bound) continue;
        const child = indices[c >> 2]!;
        if (items.includes(child)) continue;
        const hav = exact(child, p);
        if (hav > bound) continue;
        insertSorted(items, havs, child, hav, k);
        if (items.length === k) bound = havs[k - 1]!;
      }
    }
  }
}

function toNodeList(found: { pos: number; lb: number }[]): NodeList {
  found.sort((a, b) => a.lb - b.lb || a.pos - b.pos);
  return {
    positions: Int32Array.from(found, (f) => f.pos),
    lowerBounds: Float64Array.from(found, (f) => f.lb),
  };
}

/** Leaf-level nodes by box position, with a lower bound (haversine) of each, ascending. */
export interface NodeList {
  positions: Int32Array;
  lowerBounds: Float64Array;
}

function insertSorted(items: number[], havs: number[], item: number, hav: number, k: number) {
  let i = items.length;
  while (i > 0 && (havs[i - 1]! > hav || (havs[i - 1] === hav && items[i - 1]! > item))) i--;
  if (i >= k) return;
  if (k === 1) {
    items[0] = item;
    havs[0] = hav;
    return;
  }
  items.splice(i, 0, item);
  havs.splice(i, 0, hav);
  if (items.length > k) {
    items.length = k;
    havs.length = k;
  }
}

/** Flatbush's own helper: the end of the tree level that `value` is in. */
function upperBound(value: number, arr: number[]): number {
  let i = 0;
  let j = arr.length - 1;
  while (i < j) {
    const m = (i + j) >> 1;
    if (arr[m]! > value) j = m;
    else i = m + 1;
  }
  return arr[i]!;
}
