/** fast-check generators and helpers shared by the geo tests (imported by tests only). */
import fc from "fast-check";
import type { Position } from "./geojson.js";
import { destination, lonLatOfVector, spherePoint } from "./sphere.js";

export const lonLat = (box: [number, number, number, number] = [9, 19, 26, 34]) =>
  fc.tuple(
    fc.double({ min: box[0], max: box[2], noNaN: true }),
    fc.double({ min: box[1], max: box[3], noNaN: true }),
  );

/**
 * A line heading roughly east (every bearing within 30° of east, so no turn sharper than 60°
 * and no crossing), 2–25 segments of 1–30 km, starting in northern Libya.
 */
export const eastboundLine = fc
  .record({
    start: lonLat([10, 28, 18, 33]),
    steps: fc.array(
      fc.record({
        bearing: fc.double({ min: 60, max: 120, noNaN: true }),
        km: fc.double({ min: 1, max: 30, noNaN: true }),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  })
  .map(({ start, steps }) => {
    const line: Position[] = [start];
    for (const { bearing, km } of steps) {
      const last = line[line.length - 1]!;
      line.push(destination(last[0]!, last[1]!, km, bearing));
    }
    return line;
  });

/** Any line, crossings allowed: vertices anywhere in a box. */
export const scribble = (box: [number, number, number, number] = [12, 30, 16, 33]) =>
  fc.array(lonLat(box), { minLength: 2, maxLength: 40 }).filter((line) => {
    return line.every((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
  });

/** The point a fraction t along the great-circle arc from a to b. */
export function alongArc(a: Position, b: Position, t: number): Position {
  const pa = spherePoint(a[0]!, a[1]!);
  const pb = spherePoint(b[0]!, b[1]!);
  const omega = Math.acos(Math.min(1, pa.x * pb.x + pa.y * pb.y + pa.z * pb.z));
  if (omega === 0) return a;
  const wa = Math.sin((1 - t) * omega) / Math.sin(omega);
  const wb = Math.sin(t * omega) / Math.sin(omega);
  return lonLatOfVector(wa * pa.x + wb * pb.x, wa * pa.y + wb * pb.y, wa * pa.z + wb * pb.z);
}

/** The same line with every segment split at its great-circle midpoint. */
export function densify(line: Position[]): Position[] {
  return line.flatMap((p, i) => (i === 0 ? [p] : [alongArc(line[i - 1]!, p, 0.5), p]));
}
