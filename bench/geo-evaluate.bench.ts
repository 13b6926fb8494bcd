/**
 * Geo evaluation: 1,000,000 points against a line of contact of 5,000 vertices and 50 zones,
 * with the spatial indexes, next to the naive evaluation (every segment and every polygon edge
 * checked for every point) measured in the same run. The naive evaluation is timed on a sample
 * of NAIVE_SAMPLE points and its rate extrapolated (it would take minutes on all of them); the
 * sample is also checked to give exactly the indexed answers.
 *
 *   npm run bench -- geo-evaluate     or     npx tsx bench/geo-evaluate.bench.ts
 */
import { fileURLToPath } from "node:url";
import {
  evaluatePoint,
  evaluatePointBruteForce,
  prepareEvaluation,
  type PreparedEvaluation,
} from "../src/domain/geo/evaluate.js";
import type { LayerKind, LayerVersion } from "../src/domain/geo/layers.js";
import { destination } from "../src/domain/geo/sphere.js";
import { libyaDistricts, libyaGazetteer } from "../src/demo/geo/libya-geo.js";
import { absolute, relativeTo, report, type ResultRow } from "./report.js";

const POINTS = 1_000_000;
const NAIVE_SAMPLE = 20_000;
const FULL_SAMPLE = 200_000;
const LINE_VERTICES = 5_000;
const ZONES = 50;
const ZONE_VERTICES = 64;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same points. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FROM = new Date("2020-01-01T00:00:00Z");

/** A meandering line across northern Libya, ~900 km, monotone in longitude (never crosses). */
function syntheticLine(rand: () => number): LayerVersion {
  const coordinates: number[][] = [];
  for (let i = 0; i < LINE_VERTICES; i++) {
    const t = i / (LINE_VERTICES - 1);
    const lat = 32.5 - 2.5 * t + 0.3 * Math.sin(12 * Math.PI * t) + 0.01 * (rand() - 0.5);
    coordinates.push([11 + 9 * t, lat]);
  }
  return {
    id: "bench-line@1",
    layerId: "bench-line",
    kind: "line_of_contact",
    name: "synthetic line",
    status: "agreed",
    validFrom: FROM,
    validTo: null,
    leftParty: "A",
    rightParty: "B",
    geometry: { type: "LineString", coordinates },
  };
}

/** Round zones of 5–40 km radius along the line. */
function syntheticZones(rand: () => number): LayerVersion[] {
  const kinds: LayerKind[] = [
    "buffer_zone",
    "disengagement_area",
    "storage_site",
    "area_of_control",
  ];
  return Array.from({ length: ZONES }, (_, z) => {
    const lon = 11 + 9 * rand();
    const lat = 32.5 - 2.5 * ((lon - 11) / 9) + 0.6 * (rand() - 0.5);
    const radiusKm = 5 + 35 * rand();
    const ring = Array.from({ length: ZONE_VERTICES }, (_, k) =>
      destination(lon, lat, radiusKm, (360 * k) / ZONE_VERTICES),
    );
    ring.push(ring[0]!);
    const kind = kinds[z % kinds.length]!;
    const base = {
      id: `bench-zone-${z}@1`,
      layerId: `bench-zone-${z}`,
      name: `zone ${z}`,
      status: "agreed" as const,
      validFrom: FROM,
      validTo: null,
      geometry: { type: "Polygon" as const, coordinates: [ring] },
    };
    return kind === "area_of_control"
      ? { ...base, kind, party: z % 2 ? "A" : "B" }
      : { ...base, kind: kind as "buffer_zone" };
  });
}

/** Uniform over the box around the line and zones: most points are 50–150 km from the line. */
function syntheticPoints(rand: () => number, count: number): Float64Array {
  const points = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    points[2 * i] = 29.5 + 3.5 * rand(); // lat
    points[2 * i + 1] = 10.5 + 10 * rand(); // lon
  }
  return points;
}

/** Within 0.2° (about 20 km) north or south of the line, where most reports fall. */
function pointsNearLine(rand: () => number, count: number): Float64Array {
  const points = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    const t = rand();
    points[2 * i] = 32.5 - 2.5 * t + 0.3 * Math.sin(12 * Math.PI * t) + 0.4 * (rand() - 0.5);
    points[2 * i + 1] = 11 + 9 * t;
  }
  return points;
}

type Evaluate = typeof evaluatePoint;

/**
 * CPU seconds to evaluate points [from, to). CPU time, not wall time: the machine is shared, and
 * time spent waiting for a core is not time spent evaluating. The checksum keeps the work
 * observable to the optimiser.
 */
function cpuSeconds(
  evaluate: Evaluate,
  prepared: PreparedEvaluation,
  points: Float64Array,
  from: number,
  to: number,
): number {
  let checksum = 0;
  const start = process.cpuUsage();
  for (let i = from; i < to; i++) {
    const e = evaluate(prepared, points[2 * i]!, points[2 * i + 1]!);
    checksum += (e.lineOfContact?.distanceKm ?? 0) + e.zones.length;
  }
  const used = process.cpuUsage(start);
  if (Number.isNaN(checksum)) throw new Error("no answer");
  return (used.user + used.system) / 1e6;
}

/**
 * Naive and indexed evaluation in alternating rounds, so that both see the same machine: load
 * from other work on a shared machine moves both figures alike and their ratio stays fair.
 */
function interleaved(prepared: PreparedEvaluation, points: Float64Array) {
  const rounds = 10;
  const naiveEach = NAIVE_SAMPLE / rounds;
  const indexedEach = POINTS / rounds;
  let naive = 0;
  let indexed = 0;
  for (let r = 0; r < rounds; r++) {
    naive += cpuSeconds(
      evaluatePointBruteForce,
      prepared,
      points,
      r * naiveEach,
      (r + 1) * naiveEach,
    );
    indexed += cpuSeconds(evaluatePoint, prepared, points, r * indexedEach, (r + 1) * indexedEach);
  }
  return { naive: NAIVE_SAMPLE / naive, indexed: POINTS / indexed, indexedSeconds: indexed };
}

function mismatches(prepared: PreparedEvaluation, points: Float64Array, count: number): number {
  let differ = 0;
  for (let i = 0; i < count; i++) {
    const lat = points[2 * i]!;
    const lon = points[2 * i + 1]!;
    const a = JSON.stringify(evaluatePoint(prepared, lat, lon));
    if (a !== JSON.stringify(evaluatePointBruteForce(prepared, lat, lon))) differ++;
  }
  return differ;
}

export async function run(): Promise<ResultRow[]> {
  const rand = random(2020_01_12);
  const layers = [syntheticLine(rand), ...syntheticZones(rand)];
  const prepareStart = performance.now();
  const prepared = prepareEvaluation(layers, new Date("2020-06-01T00:00:00Z"));
  const prepareMs = performance.now() - prepareStart;
  const points = syntheticPoints(rand, POINTS);

  // Warm-up on other points than those measured, so that no cell memo is made in advance.
  const warmUp = syntheticPoints(random(1), 20_000);
  cpuSeconds(evaluatePoint, prepared, warmUp, 0, 20_000);
  cpuSeconds(evaluatePointBruteForce, prepared, warmUp, 0, 500);
  console.error(`geo-evaluate: ${NAIVE_SAMPLE} points naive, ${POINTS} indexed…`);
  const measured = interleaved(prepared, points);
  const differ = mismatches(prepared, points, 2_000);

  const full = prepareEvaluation(layers, new Date("2020-06-01T00:00:00Z"), {
    gazetteer: libyaGazetteer(),
    districts: libyaDistricts(),
  });
  console.error(`geo-evaluate: with places and districts on ${FULL_SAMPLE} points…`);
  const withPlaces = FULL_SAMPLE / cpuSeconds(evaluatePoint, full, points, 0, FULL_SAMPLE);
  const near = pointsNearLine(rand, FULL_SAMPLE);
  const nearLine = FULL_SAMPLE / cpuSeconds(evaluatePoint, prepared, near, 0, FULL_SAMPLE);

  return [
    ...relativeTo(
      {
        figure: `naive: every segment and polygon (${NAIVE_SAMPLE} points, extrapolated)`,
        value: measured.naive,
        unit: "points/s",
      },
      [
        {
          figure: `indexed: ${POINTS} points, line ${LINE_VERTICES} vertices + ${ZONES} zones (aim ≥ 200000/s)`,
          value: measured.indexed,
          unit: "points/s",
          target: 20,
        },
      ],
    ),
    ...absolute([
      {
        figure: "indexed: same + 3 nearest of 921 places + district",
        value: withPlaces,
        unit: "points/s",
      },
      {
        figure: `indexed: ${FULL_SAMPLE} points within 20 km of the line`,
        value: nearLine,
        unit: "points/s",
      },
      { figure: "indexed: CPU time for all points", value: measured.indexedSeconds, unit: "s" },
      { figure: "prepare line and zones", value: prepareMs, unit: "ms" },
      {
        figure: "indexed answers differing from naive (2000 checked)",
        value: differ,
        unit: "points",
      },
    ]),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  report("geo-evaluate", await run());
}
