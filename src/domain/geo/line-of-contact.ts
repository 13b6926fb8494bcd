/**
 * What a position relative to a line means: which party's side of a line of contact, and
 * whether a weapon is behind or beyond a withdrawal line.
 *
 * Sign convention: `distanceKm` is positive on the right of the line as drawn (the rightParty's
 * side) and negative on the left (the leftParty's side); "right" is to one's right when walking
 * along the line from its first vertex to its last. Reversing a line and swapping leftParty and
 * rightParty describes the same ground, and gives the same party and the opposite sign.
 * A point within the on-line tolerance (1 m by default) is "on_line", with distance 0 and no
 * party: it is on neither side.
 */
import {
  statusRank,
  type LayerStatus,
  type LineOfContactVersion,
  type WithdrawalLineVersion,
} from "./layers.js";
import type { LineSide, PolylinePosition } from "./polyline.js";

export interface LineOfContactPosition {
  layerId: string;
  versionId: string;
  name: string;
  status: LayerStatus;
  claimedBy: string | null;
  side: LineSide;
  /** The party that holds the point's side; null on the line or when the layer names none. */
  party: string | null;
  /** Signed: + on the right (rightParty) side, − on the left (leftParty) side, 0 on the line. */
  distanceKm: number;
  /** The nearest point of the line, [lon, lat]. */
  nearest: [number, number];
  /** Distance to the nearest disputed part of the line; null when none is marked. */
  disputedKm: number | null;
  /** The part of the line nearest the point is disputed (decision 0019): the side it names is
   * not agreed there. */
  nearDisputed: boolean;
}

/** How far the disputed part may be beyond the line's nearest point and still be "that part". */
const DISPUTED_SNAP_KM = 0.1;

export function lineOfContactPosition(
  version: LineOfContactVersion,
  at: PolylinePosition,
  disputedKm: number | null = null,
): LineOfContactPosition {
  const party =
    at.side === "left" ? version.leftParty : at.side === "right" ? version.rightParty : null;
  return {
    layerId: version.layerId,
    versionId: version.id,
    name: version.name,
    status: version.status,
    claimedBy: version.claimedBy ?? null,
    side: at.side,
    party: party ?? null,
    distanceKm: at.signedKm,
    nearest: at.nearest,
    disputedKm,
    nearDisputed: disputedKm !== null && disputedKm <= at.distanceKm + DISPUTED_SNAP_KM,
  };
}

/** Nearest first; equal distances in layer order. */
export function byNearness(a: LineOfContactPosition, b: LineOfContactPosition): number {
  return Math.abs(a.distanceKm) - Math.abs(b.distanceKm) || (a.layerId < b.layerId ? -1 : 1);
}

/**
 * The line that speaks for the mission where several are valid: an agreed line before the
 * mission's working line before a party's claimed one, the nearest among equals.
 */
export function primaryLineOfContact(
  positions: readonly LineOfContactPosition[],
): LineOfContactPosition | null {
  const speaksBefore = (a: LineOfContactPosition, b: LineOfContactPosition) =>
    (statusRank(a.status) - statusRank(b.status) || byNearness(a, b)) < 0;
  let best: LineOfContactPosition | null = null;
  for (const p of positions) if (!best || speaksBefore(p, best)) best = p;
  return best;
}

type WithdrawalPosition = "behind" | "beyond" | "on_line";

export interface WithdrawalLinePosition {
  layerId: string;
  versionId: string;
  name: string;
  status: LayerStatus;
  party: string | null;
  weaponClasses: string[];
  /** behind: where the listed weapons may be; beyond: between the line and the front. */
  position: WithdrawalPosition;
  /** Unsigned distance to the withdrawal line, km. */
  distanceKm: number;
}

export function withdrawalLinePosition(
  version: WithdrawalLineVersion,
  at: PolylinePosition,
): WithdrawalLinePosition {
  const position: WithdrawalPosition =
    at.side === "on_line" ? "on_line" : at.side === version.behindSide ? "behind" : "beyond";
  return {
    layerId: version.layerId,
    versionId: version.id,
    name: version.name,
    status: version.status,
    party: version.party,
    weaponClasses: [...version.weaponClasses],
    position,
    distanceKm: at.distanceKm,
  };
}
