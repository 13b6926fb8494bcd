/**
 * Where the segments of a line or of a polygon's rings cross or touch each other.
 *
 * Written here rather than with @turf/kinks because kinks compares every pair of segments
 * (12 million pairs for a 5,000-vertex line), misses collinear overlaps (a ring that doubles
 * back on itself), and does not say which segments cross, which is what an error must tell.
 * Candidate pairs come from a Flatbush index of segment boxes.
 *
 * Planar in lon/lat: a great-circle edge and the straight lon/lat segment between the same
 * vertices differ by metres over the edge lengths that drawn layers have, so only crossings
 * closer than that to a vertex could be judged differently.
 */
import Flatbush from "flatbush";
import type { Position } from "./geojson.js";

interface SegmentRef {
  /** Which line or ring of the list given. */
  part: number;
  /** The coordinate the segment starts at. */
  index: number;
  /** The coordinate it ends at: index + 1 unless repeated coordinates lie between. */
  end: number;
}

export interface Crossing {
  a: SegmentRef;
  b: SegmentRef;
  /** Where they meet (the first shared point for an overlap), [lon, lat]. */
  at: [number, number];
}

interface Segment extends SegmentRef {
  /** The last coordinate of its part. */
  last: number;
  p: Position;
  q: Position;
}

/** Up to `limit` crossings among the segments of `parts`; rings when `closed`. */
export function findSelfIntersections(
  parts: Position[][],
  closed: boolean,
  limit = 10,
): Crossing[] {
  const segments: Segment[] = [];
  parts.forEach((line, part) => {
    let index = 0;
    for (let end = 1; end < line.length; end++) {
      if (samePoint(line[index]!, line[end]!)) continue;
      segments.push({ part, index, end, last: line.length - 1, p: line[index]!, q: line[end]! });
      index = end;
    }
  });
  if (segments.length < 2) return [];
  const tree = new Flatbush(segments.length);
  for (const { p, q } of segments) {
    tree.add(
      Math.min(p[0]!, q[0]!),
      Math.min(p[1]!, q[1]!),
      Math.max(p[0]!, q[0]!),
      Math.max(p[1]!, q[1]!),
    );
  }
  tree.finish();
  const found: Crossing[] = [];
  for (let i = 0; i < segments.length && found.length < limit; i++) {
    const s = segments[i]!;
    const candidates = tree.search(
      Math.min(s.p[0]!, s.q[0]!),
      Math.min(s.p[1]!, s.q[1]!),
      Math.max(s.p[0]!, s.q[0]!),
      Math.max(s.p[1]!, s.q[1]!),
    );
    for (const j of candidates.filter((j) => j > i).sort((a, b) => a - b)) {
      const t = segments[j]!;
      const at = adjacent(s, t, closed) ? overlapOfNeighbours(s, t) : meetingPoint(s, t);
      if (at) found.push({ a: ref(s), b: ref(t), at });
      if (found.length >= limit) break;
    }
  }
  return found;
}

const ref = (s: Segment): SegmentRef => ({ part: s.part, index: s.index, end: s.end });

function adjacent(s: Segment, t: Segment, closed: boolean): boolean {
  // A line drawn in parts (decision 0019): a part may start where another ends, in the same
  // direction (end to end or start to start would turn a line of contact's sides round).
  if (s.part !== t.part) return !closed && (continues(s, t) || continues(t, s));
  if (s.end === t.index || t.end === s.index) return true;
  return closed && ((s.index === 0 && t.end === t.last) || (t.index === 0 && s.end === s.last));
}

/** Whether `t` is the first segment of a part that starts where `s`, its part's last, ends. */
function continues(s: Segment, t: Segment): boolean {
  return s.end === s.last && t.index === 0 && samePoint(s.q, t.p);
}

/** Neighbours share a vertex by construction; they only go wrong by doubling back (a spike). */
function overlapOfNeighbours(s: Segment, t: Segment): [number, number] | null {
  const shared = samePoint(s.q, t.p) ? s.q : samePoint(s.p, t.q) ? s.p : null;
  if (!shared) return meetingPoint(s, t);
  const [a, b] = shared === s.q ? [s.p, t.q] : [t.p, s.q];
  const o = orient(a, shared, b);
  const backwards =
    (shared[0]! - a[0]!) * (b[0]! - shared[0]!) + (shared[1]! - a[1]!) * (b[1]! - shared[1]!);
  return o === 0 && backwards < 0 ? [shared[0]!, shared[1]!] : null;
}

function meetingPoint(s: Segment, t: Segment): [number, number] | null {
  const d1 = orient(t.p, t.q, s.p);
  const d2 = orient(t.p, t.q, s.q);
  const d3 = orient(s.p, s.q, t.p);
  const d4 = orient(s.p, s.q, t.q);
  if (d1 * d2 < 0 && d3 * d4 < 0) {
    const u = d1 / (d1 - d2);
    return [s.p[0]! + u * (s.q[0]! - s.p[0]!), s.p[1]! + u * (s.q[1]! - s.p[1]!)];
  }
  if (d1 === 0 && within(t.p, t.q, s.p)) return [s.p[0]!, s.p[1]!];
  if (d2 === 0 && within(t.p, t.q, s.q)) return [s.q[0]!, s.q[1]!];
  if (d3 === 0 && within(s.p, s.q, t.p)) return [t.p[0]!, t.p[1]!];
  if (d4 === 0 && within(s.p, s.q, t.q)) return [t.q[0]!, t.q[1]!];
  return null;
}

function orient(a: Position, b: Position, c: Position): number {
  return (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
}

/** Whether c, known to be collinear with a–b, lies on the segment a–b. */
function within(a: Position, b: Position, c: Position): boolean {
  return (
    Math.min(a[0]!, b[0]!) <= c[0]! &&
    c[0]! <= Math.max(a[0]!, b[0]!) &&
    Math.min(a[1]!, b[1]!) <= c[1]! &&
    c[1]! <= Math.max(a[1]!, b[1]!)
  );
}

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
