/**
 * Geo layers and their versions: the line of contact, zones, withdrawal lines, areas of control,
 * storage sites and roads, each valid over a time range (DESIGN.md §2 "Geo layer").
 */
import type { Role } from "../roles.js";
import type { Geometry, LinealGeometry, PolygonalGeometry } from "./geojson.js";

/** Who defines layers and adds or ends versions. An "agreed" version is the joint commission's
 * to make (decision 0019): these roles write proposed, working and claimed versions only. */
export const LAYER_WRITERS: readonly Role[] = ["analyst", "chief"];

export const LAYER_KINDS = [
  "line_of_contact",
  "buffer_zone",
  "disengagement_area",
  "withdrawal_line",
  "area_of_control",
  "storage_site",
  "road",
] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

const LINEAL_KINDS: readonly LayerKind[] = ["line_of_contact", "withdrawal_line", "road"];

/**
 * agreed: co-signed by the parties in the joint commission; working: the mission's own line;
 * claimed: one party's; proposed: put to the commission and not yet adopted (decision 0019).
 * The order is the ranking: a proposed version never speaks before any other.
 */
export const LAYER_STATUSES = ["agreed", "working", "claimed", "proposed"] as const;
export type LayerStatus = (typeof LAYER_STATUSES)[number];

export type LineSideName = "left" | "right";

interface LayerVersionBase {
  /** This version. */
  id: string;
  /** The layer it is a version of; a point is evaluated against one version per layer. */
  layerId: string;
  name: string;
  nameAr?: string | null;
  status: LayerStatus;
  /** The party that claims it, when status is "claimed". */
  claimedBy?: string | null;
  validFrom: Date;
  /** Exclusive; null while the version is current. */
  validTo: Date | null;
}

export interface LineOfContactVersion extends LayerVersionBase {
  kind: "line_of_contact";
  geometry: LinealGeometry;
  /** The parts of the line the parties dispute, drawn by the mission (decision 0019). */
  disputed?: LinealGeometry | null;
  /** The party that holds the left side of the line as drawn (left when walking along it). */
  leftParty: string | null;
  rightParty: string | null;
}

export interface WithdrawalLineVersion extends LayerVersionBase {
  kind: "withdrawal_line";
  geometry: LinealGeometry;
  /** The party whose weapons must be behind the line. */
  party: string | null;
  /** The weapon classes it applies to, e.g. "artillery_100mm_plus", "mlrs". */
  weaponClasses: string[];
  /** Which side of the line as drawn is "behind" it (the side compliant weapons are on). */
  behindSide: LineSideName;
}

export interface RoadVersion extends LayerVersionBase {
  kind: "road";
  geometry: LinealGeometry;
}

export interface AreaOfControlVersion extends LayerVersionBase {
  kind: "area_of_control";
  geometry: PolygonalGeometry;
  /** The party in control of the area. */
  party: string;
}

export interface ZoneVersion extends LayerVersionBase {
  kind: "buffer_zone" | "disengagement_area" | "storage_site";
  geometry: PolygonalGeometry;
  /** For a storage site, the party whose weapons it holds; otherwise usually none. */
  party?: string | null;
}

export type LayerVersion =
  LineOfContactVersion | WithdrawalLineVersion | RoadVersion | AreaOfControlVersion | ZoneVersion;

/** Geometry types a layer kind accepts. */
export function geometryTypesFor(kind: LayerKind): readonly Geometry["type"][] {
  return LINEAL_KINDS.includes(kind)
    ? ["LineString", "MultiLineString"]
    : ["Polygon", "MultiPolygon"];
}

export function isValidAt(version: Pick<LayerVersion, "validFrom" | "validTo">, at: Date): boolean {
  const t = at.getTime();
  return (
    version.validFrom.getTime() <= t && (version.validTo === null || t < version.validTo.getTime())
  );
}

/**
 * The version of each layer that is valid at `at`. Versions of one layer should not overlap in
 * time (`overlappingVersions` finds those that do); if they do, the one that started last wins,
 * so the answer is still deterministic. A proposed version stands beside the layer's timeline,
 * not in it (decision 0019): each valid proposed version is evaluated as well, ranked last.
 */
export function versionsValidAt<V extends LayerVersion>(versions: readonly V[], at: Date): V[] {
  const byLayer = new Map<string, V>();
  for (const v of versions) {
    if (!isValidAt(v, at)) continue;
    const key = v.status === "proposed" ? `${v.layerId}#${v.id}` : v.layerId;
    const held = byLayer.get(key);
    if (!held || startsLater(v, held)) byLayer.set(key, v);
  }
  return [...byLayer.values()].sort(
    (a, b) => compareIds(a.layerId, b.layerId) || compareIds(a.id, b.id),
  );
}

function startsLater(a: LayerVersion, b: LayerVersion): boolean {
  const d = a.validFrom.getTime() - b.validFrom.getTime();
  return d > 0 || (d === 0 && compareIds(a.id, b.id) > 0);
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Pairs of versions of the same layer whose validity overlaps, as [earlier, later] ids. */
export function overlappingVersions(versions: readonly LayerVersion[]): [string, string][] {
  const byLayer = new Map<string, LayerVersion[]>();
  for (const v of versions.filter((x) => x.status !== "proposed"))
    byLayer.set(v.layerId, [...(byLayer.get(v.layerId) ?? []), v]);
  const pairs: [string, string][] = [];
  for (const list of byLayer.values()) {
    const sorted = [...list].sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime());
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1]!;
      if (a.validTo === null || a.validTo.getTime() > b.validFrom.getTime())
        pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}

/** agreed before working before claimed: which line or area speaks for the mission. */
export function statusRank(status: LayerStatus): number {
  return LAYER_STATUSES.indexOf(status);
}
