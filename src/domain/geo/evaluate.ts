/**
 * Evaluating a point (a report's or an incident's location) against the geo layers valid at the
 * event's time: side of and distance to each line of contact, zones containing it, the area of
 * control, withdrawal lines, nearby roads and places, and the district.
 *
 * Preparing is the expensive part (unit vectors, spherical R-trees); do it once per time and
 * layer set, then evaluate as many points as needed. A prepared evaluation also keeps per-area
 * memos that make later points in the same area cheaper (cell-nearest.ts, polygon-set.ts); they
 * never change an answer, only its cost, and grow with the area evaluated (at most a few MB).
 */
import { DomainError } from "../errors.js";
import { districtAt, type DistrictRef, type PreparedDistricts } from "./districts.js";
import {
  nearestPlaces,
  nearestPlacesBruteForce,
  type Gazetteer,
  type PlaceDistance,
} from "./gazetteer.js";
import {
  statusRank,
  versionsValidAt,
  type AreaOfControlVersion,
  type LayerKind,
  type LayerStatus,
  type LayerVersion,
  type LineOfContactVersion,
  type RoadVersion,
  type WithdrawalLineVersion,
  type ZoneVersion,
} from "./layers.js";
import {
  byNearness,
  lineOfContactPosition,
  primaryLineOfContact,
  withdrawalLinePosition,
  type LineOfContactPosition,
  type WithdrawalLinePosition,
} from "./line-of-contact.js";
import { PreparedPolygonSet } from "./polygon-set.js";
import { PreparedPolyline } from "./polyline.js";
import { distanceKm, spherePoint, type SpherePoint } from "./sphere.js";

export interface EvaluationOptions {
  /** Closer than this to a line counts as on it (side "on_line", distance 0). Default 1 m. */
  onLineToleranceKm?: number;
  /** How many nearest places to list. Default 3. */
  nearestPlaceCount?: number;
  /** Places farther than this are not listed. Default 100 km. */
  nearestPlaceMaxKm?: number;
  /** Roads farther than this are not listed. Default 5 km. */
  roadMaxKm?: number;
}

export interface EvaluationContext {
  gazetteer?: Gazetteer | null;
  districts?: PreparedDistricts | null;
}

interface Prepared<V> {
  version: V;
  line: PreparedPolyline;
  /** A line of contact's disputed parts (decision 0019). */
  disputed?: PreparedPolyline | null;
}

export interface PreparedEvaluation {
  readonly at: Date;
  /** The versions valid at `at`, one per layer. */
  readonly versions: readonly LayerVersion[];
  readonly linesOfContact: readonly Prepared<LineOfContactVersion>[];
  readonly withdrawalLines: readonly Prepared<WithdrawalLineVersion>[];
  readonly roads: readonly Prepared<RoadVersion>[];
  readonly areas: readonly (ZoneVersion | AreaOfControlVersion)[];
  readonly areaSet: PreparedPolygonSet;
  /** What each area contributes to an evaluation, made once and shared (frozen). */
  readonly memberships: readonly ZoneMembership[];
  readonly gazetteer: Gazetteer | null;
  readonly districts: PreparedDistricts | null;
  readonly options: Required<EvaluationOptions>;
}

interface ZoneMembership {
  layerId: string;
  versionId: string;
  kind: LayerKind;
  name: string;
  status: LayerStatus;
  party: string | null;
}

interface RoadDistance {
  layerId: string;
  versionId: string;
  name: string;
  distanceKm: number;
}

export interface PointEvaluation {
  at: Date;
  lat: number;
  lon: number;
  /** The line that speaks for the mission (agreed > working > claimed, then nearest), or null. */
  lineOfContact: LineOfContactPosition | null;
  /** Every line of contact valid at the time, nearest first. */
  linesOfContact: LineOfContactPosition[];
  /** Buffer zones, disengagement areas and storage sites containing the point. */
  zones: ZoneMembership[];
  /** The area of control containing the point (agreed > working > claimed), or null. */
  areaOfControl: ZoneMembership | null;
  /** Every area of control containing the point: more than one means a contested claim. */
  areasOfControl: ZoneMembership[];
  withdrawalLines: WithdrawalLinePosition[];
  roads: RoadDistance[];
  nearestPlaces: PlaceDistance[];
  district: DistrictRef | null;
}

const DEFAULTS: Required<EvaluationOptions> = {
  onLineToleranceKm: 0.001,
  nearestPlaceCount: 3,
  nearestPlaceMaxKm: 100,
  roadMaxKm: 5,
};

/**
 * Whether a place added at `place` may enter a stored evaluation's nearest places: it lies within
 * the search radius, and the list is not full or the place is nearer than the farthest listed.
 */
export function mayBeAmongNearest(
  point: { lat: number; lon: number },
  listedKm: readonly number[],
  place: { lat: number; lon: number },
): boolean {
  const km = distanceKm(point.lon, point.lat, place.lon, place.lat);
  if (km > DEFAULTS.nearestPlaceMaxKm) return false;
  if (listedKm.length < DEFAULTS.nearestPlaceCount) return true;
  return km < Math.max(...listedKm);
}

/** The search radius of the nearest places, in km (the box a new place's job looks in). */
export const NEAREST_PLACE_MAX_KM = DEFAULTS.nearestPlaceMaxKm;

/** Prepares the layer versions valid at `at` (one per layer; see `versionsValidAt`). */
export function prepareEvaluation(
  versions: readonly LayerVersion[],
  at: Date,
  context: EvaluationContext = {},
  options: EvaluationOptions = {},
): PreparedEvaluation {
  const valid = versionsValidAt(versions, at);
  const areas = valid.filter(
    (v): v is ZoneVersion | AreaOfControlVersion =>
      v.kind !== "line_of_contact" && v.kind !== "withdrawal_line" && v.kind !== "road",
  );
  return {
    at,
    versions: valid,
    linesOfContact: prepareLines(
      valid.filter((v): v is LineOfContactVersion => v.kind === "line_of_contact"),
    ).map((p) => ({
      ...p,
      disputed: p.version.disputed ? new PreparedPolyline(p.version.disputed) : null,
    })),
    withdrawalLines: prepareLines(
      valid.filter((v): v is WithdrawalLineVersion => v.kind === "withdrawal_line"),
    ),
    roads: prepareLines(valid.filter((v): v is RoadVersion => v.kind === "road")),
    areas,
    areaSet: new PreparedPolygonSet(areas.map((a) => a.geometry)),
    memberships: areas.map((a) => Object.freeze(membership(a))),
    gazetteer: context.gazetteer ?? null,
    districts: context.districts ?? null,
    options: { ...DEFAULTS, ...definedOnly(options) },
  };
}

function prepareLines<V extends LineOfContactVersion | WithdrawalLineVersion | RoadVersion>(
  versions: V[],
): Prepared<V>[] {
  return versions.map((version) => ({ version, line: new PreparedPolyline(version.geometry) }));
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Evaluates one point with the spatial indexes. */
export function evaluatePoint(
  prepared: PreparedEvaluation,
  lat: number,
  lon: number,
): PointEvaluation {
  return evaluate(prepared, lat, lon, false);
}

/**
 * The same evaluation checking every segment, polygon edge and place: the baseline the benchmark
 * compares with and the oracle the tests compare with.
 */
export function evaluatePointBruteForce(
  prepared: PreparedEvaluation,
  lat: number,
  lon: number,
): PointEvaluation {
  return evaluate(prepared, lat, lon, true);
}

function evaluate(
  prepared: PreparedEvaluation,
  lat: number,
  lon: number,
  brute: boolean,
): PointEvaluation {
  assertCoordinates(lat, lon);
  const p = spherePoint(lon, lat);
  const tol = prepared.options.onLineToleranceKm;
  const linesOfContact: LineOfContactPosition[] = [];
  for (const { version, line, disputed } of prepared.linesOfContact) {
    const at = brute ? line.locateBruteForce(p, tol) : line.locate(p, tol);
    if (!at) continue;
    const d = disputed
      ? brute
        ? disputed.locateBruteForce(p, tol)
        : disputed.locate(p, tol)
      : null;
    linesOfContact.push(lineOfContactPosition(version, at, d?.distanceKm ?? null));
  }
  if (linesOfContact.length > 1) linesOfContact.sort(byNearness);
  const withdrawalLines: WithdrawalLinePosition[] = [];
  for (const { version, line } of prepared.withdrawalLines) {
    const at = brute ? line.locateBruteForce(p, tol) : line.locate(p, tol);
    if (at) withdrawalLines.push(withdrawalLinePosition(version, at));
  }
  const { zones, areasOfControl } = containingAreas(prepared, p, brute);
  return {
    at: prepared.at,
    lat,
    lon,
    lineOfContact: primaryLineOfContact(linesOfContact),
    linesOfContact,
    zones,
    areaOfControl: areasOfControl[0] ?? null,
    areasOfControl,
    withdrawalLines,
    roads: nearRoads(prepared, p, brute),
    nearestPlaces: places(prepared, lat, lon, brute),
    district: prepared.districts ? districtAt(prepared.districts, p, brute) : null,
  };
}

function nearRoads(prepared: PreparedEvaluation, p: SpherePoint, brute: boolean): RoadDistance[] {
  const roads: RoadDistance[] = [];
  const tol = prepared.options.onLineToleranceKm;
  for (const { version, line } of prepared.roads) {
    const at = brute ? line.locateBruteForce(p, tol) : line.locate(p, tol);
    if (!at || at.distanceKm > prepared.options.roadMaxKm) continue;
    const { distanceKm } = at;
    roads.push({ layerId: version.layerId, versionId: version.id, name: version.name, distanceKm });
  }
  return roads.sort((a, b) => a.distanceKm - b.distanceKm);
}

function containingAreas(prepared: PreparedEvaluation, p: SpherePoint, brute: boolean) {
  const inside = brute ? prepared.areaSet.containingBruteForce(p) : prepared.areaSet.containing(p);
  const zones: ZoneMembership[] = [];
  const areasOfControl: ZoneMembership[] = [];
  for (const i of inside) {
    const m = prepared.memberships[i]!;
    (m.kind === "area_of_control" ? areasOfControl : zones).push(m);
  }
  if (areasOfControl.length > 1) {
    areasOfControl.sort((a, b) => statusRank(a.status) - statusRank(b.status));
  }
  return { zones, areasOfControl };
}

function membership(v: ZoneVersion | AreaOfControlVersion): ZoneMembership {
  return {
    layerId: v.layerId,
    versionId: v.id,
    kind: v.kind,
    name: v.name,
    status: v.status,
    party: v.party ?? null,
  };
}

function places(prepared: PreparedEvaluation, lat: number, lon: number, brute: boolean) {
  const { gazetteer, options } = prepared;
  if (!gazetteer) return [];
  const find = brute ? nearestPlacesBruteForce : nearestPlaces;
  return find(gazetteer, lat, lon, options.nearestPlaceCount, options.nearestPlaceMaxKm);
}

function assertCoordinates(lat: number, lon: number): void {
  if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    return;
  }
  throw new DomainError(
    "validation_failed",
    `The point (lat ${lat}, lon ${lon}) is not a coordinate: latitude must be within ±90 and longitude within ±180.`,
    { lat, lon },
  );
}
