/**
 * The gazetteer: named places in Arabic and Latin script with their spelling variants, indexed
 * by name (searched in place-search.ts) and by position (nearest places to a point, here).
 */
import { latinKey, latinSkeleton, normalizeForSearch } from "../arabic.js";
import { COMPASS_POINTS_AR, compassPoint, type CompassPoint } from "./compass.js";
import { CellNearest } from "./cell-nearest.js";
import { SphericalIndex } from "./spherical-index.js";
import {
  bearingDeg,
  distanceKm,
  havBetween,
  havToKm,
  kmToHav,
  spherePoint,
  writeUnitVector,
  type SpherePoint,
} from "./sphere.js";

export const PLACE_KINDS = [
  "city",
  "town",
  "suburb",
  "village",
  "hamlet",
  "airport",
  "airbase",
  "site",
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Place {
  /** Stable and source-qualified: "osm:node/123", "geonames:2210247", "cfm:mitiga-airport". */
  id: string;
  /** The usual Latin-script name (the Arabic one when no Latin name is known). */
  name: string;
  nameAr: string | null;
  /** Every other spelling, in either script, that should find the place. */
  variants: string[];
  lat: number;
  lon: number;
  kind: PlaceKind;
  population: number | null;
  /** Rough coordinates (domain.md §11.4 "K"): good for where_prec ≥ 2 only. */
  approximate: boolean;
  sources: string[];
  /** The district a source assigns the place to (GeoNames' admin-1 code), when known. */
  districtId?: string;
  /**
   * Which name is authoritative, when a keeper said so; otherwise the Arabic one where there is
   * one (`authoritativeNameOf`).
   */
  authoritativeName?: PlaceNameScript;
}

export type PlaceNameScript = "ar" | "latin";

/** The name that prevails: as recorded, else the Arabic one where there is one. */
export function authoritativeNameOf(
  p: Pick<Place, "nameAr" | "authoritativeName">,
): PlaceNameScript {
  return p.authoritativeName ?? (p.nameAr ? "ar" : "latin");
}

interface NameEntry {
  place: number;
  text: string;
  /** The place's own name (Latin or Arabic), not one of its variants. */
  own: boolean;
  /** A variant that a place more than SHARED_NAME_KM away bears too: weak evidence of which. */
  sharedFar: boolean;
  normalized: string;
  key: string;
  skeleton: string;
  trigramCount: number;
}

export interface Gazetteer {
  readonly places: readonly Place[];
  readonly names: readonly NameEntry[];
  readonly byNormalized: ReadonlyMap<string, number[]>;
  readonly byKey: ReadonlyMap<string, number[]>;
  readonly bySkeleton: ReadonlyMap<string, number[]>;
  readonly byTrigram: ReadonlyMap<string, number[]>;
  readonly index: SphericalIndex;
  /** Unit vectors of the places, 3 numbers each. */
  readonly xyz: Float64Array;
}

// A skeleton of two consonants ("zw") matches too many unrelated names to mean anything.
const MIN_SKELETON_LETTERS = 3;

// One spelling on two places this far apart names two places, not one place entered twice.
export const SHARED_NAME_KM = 25;

export function buildGazetteer(places: readonly Place[]): Gazetteer {
  const names: NameEntry[] = [];
  const byNormalized = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const bySkeleton = new Map<string, number[]>();
  const byTrigram = new Map<string, number[]>();
  places.forEach((place, p) => {
    const seen = new Set<string>();
    for (const [i, text] of [place.name, place.nameAr ?? null, ...place.variants].entries()) {
      const normalized = text ? normalizeForSearch(text) : "";
      if (!normalized || seen.has(normalized)) continue;
      seen.add(normalized);
      const key = latinKey(normalized);
      const skeleton = latinSkeleton(normalized);
      const grams = trigrams(key);
      const e = names.length;
      const entry = {
        place: p,
        text: text!,
        own: i < 2,
        sharedFar: false,
        normalized,
        key,
        skeleton,
      };
      names.push({ ...entry, trigramCount: grams.size });
      push(byNormalized, normalized, e);
      push(byKey, key, e);
      if (skeleton.replace(/ /g, "").length >= MIN_SKELETON_LETTERS) push(bySkeleton, skeleton, e);
      for (const g of grams) push(byTrigram, g, e);
    }
  });
  const xyz = new Float64Array(places.length * 3);
  const boxes = new Float64Array(places.length * 4);
  places.forEach((place, p) => {
    writeUnitVector(place.lon, place.lat, xyz, 3 * p);
    boxes.set([place.lon, place.lat, place.lon, place.lat], 4 * p);
  });
  const index = new SphericalIndex(boxes);
  markSharedFar(places, names, byNormalized);
  return { places, names, byNormalized, byKey, bySkeleton, byTrigram, index, xyz };
}

function markSharedFar(
  places: readonly Place[],
  names: NameEntry[],
  byNormalized: ReadonlyMap<string, number[]>,
): void {
  for (const name of names) {
    if (name.own) continue;
    const here = places[name.place]!;
    name.sharedFar = byNormalized.get(name.normalized)!.some((e) => {
      const there = places[names[e]!.place]!;
      return distanceKm(here.lon, here.lat, there.lon, there.lat) > SHARED_NAME_KM;
    });
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The character trigrams of a key, padded so that its start and end weigh more. */
export function trigrams(key: string): Set<string> {
  const padded = `  ${key} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

export interface PlaceDistance {
  placeId: string;
  name: string;
  nameAr: string | null;
  kind: PlaceKind;
  distanceKm: number;
  /** From the place to the point, degrees clockwise from north. */
  bearingDeg: number;
  compass: CompassPoint;
  compassAr: string;
}

/**
 * The `count` places nearest to [lon, lat] within `maxKm`, nearest first. Repeated calls with
 * the same count and limit reuse a per-area memo (see cell-nearest.ts).
 */
export function nearestPlaces(
  gazetteer: Gazetteer,
  lat: number,
  lon: number,
  count = 3,
  maxKm = Infinity,
): PlaceDistance[] {
  const finder = finderFor(gazetteer, count, maxKm);
  finder.find(spherePoint(lon, lat));
  return finder.items.map((i, n) =>
    placeDistance(gazetteer.places[i]!, lat, lon, havToKm(finder.havs[n]!)),
  );
}

// Finders keyed by (count, maxKm) per gazetteer; a WeakMap so a dropped gazetteer frees them.
const finders = new WeakMap<Gazetteer, Map<string, CellNearest>>();

function finderFor(gazetteer: Gazetteer, count: number, maxKm: number): CellNearest {
  const byKey = finders.get(gazetteer) ?? new Map<string, CellNearest>();
  finders.set(gazetteer, byKey);
  const key = `${count}/${maxKm}`;
  let finder = byKey.get(key);
  if (!finder) {
    const { xyz } = gazetteer;
    const exact = (i: number, p: SpherePoint) =>
      havBetween(p.x, p.y, p.z, xyz[3 * i]!, xyz[3 * i + 1]!, xyz[3 * i + 2]!);
    finder = new CellNearest(gazetteer.index, exact, count, kmToHav(maxKm), PLACE_GRID_MARGIN_DEG);
    byKey.set(key, finder);
  }
  return finder;
}

// Points this far beyond the outermost places still get a cell memo.
const PLACE_GRID_MARGIN_DEG = 1;

/** The same answer as `nearestPlaces` by measuring every place: the baseline and test oracle. */
export function nearestPlacesBruteForce(
  gazetteer: Gazetteer,
  lat: number,
  lon: number,
  count = 3,
  maxKm = Infinity,
): PlaceDistance[] {
  const p = spherePoint(lon, lat);
  const { xyz } = gazetteer;
  const maxHav = kmToHav(maxKm);
  return gazetteer.places
    .map((_, i) => ({
      i,
      hav: havBetween(p.x, p.y, p.z, xyz[3 * i]!, xyz[3 * i + 1]!, xyz[3 * i + 2]!),
    }))
    .filter((c) => c.hav <= maxHav)
    .sort((a, b) => a.hav - b.hav || a.i - b.i)
    .slice(0, count)
    .map((c) => placeDistance(gazetteer.places[c.i]!, lat, lon, havToKm(c.hav)));
}

function placeDistance(place: Place, lat: number, lon: number, km: number): PlaceDistance {
  const bearing = bearingDeg(place.lon, place.lat, lon, lat);
  const compass = compassPoint(bearing);
  return {
    placeId: place.id,
    name: place.name,
    nameAr: place.nameAr,
    kind: place.kind,
    distanceKm: km,
    bearingDeg: bearing,
    compass,
    compassAr: COMPASS_POINTS_AR[compass],
  };
}
