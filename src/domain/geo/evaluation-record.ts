/**
 * A point evaluation as it is stored with a report or incident and shown in the API: plain JSON,
 * distances rounded to the metre, the nearest place described in English and Arabic, and the
 * flat values the list filters read (decision 0004).
 */
import { describePosition } from "./describe.js";
import type { PointEvaluation } from "./evaluate.js";
import type { LayerKind, LayerStatus } from "./layers.js";

interface LineOfContactRecord {
  layerId: string;
  versionId: string;
  name: string;
  status: LayerStatus;
  claimedBy: string | null;
  /** The party whose side the point is on; null on the line or when the line names none. */
  side: string | null;
  /** Left or right of the line as drawn, or on it. */
  position: "left" | "right" | "on_line";
  /** Signed: + on the right (rightParty) side, − on the left (leftParty) side. */
  distanceKm: number;
  /** Distance to the line's nearest disputed part; null when none is marked (decision 0019). */
  disputedKm?: number | null;
  /** The part of the line nearest the point is disputed. */
  nearDisputed?: boolean;
}

interface ZoneRecord {
  layerId: string;
  versionId: string;
  kind: LayerKind;
  name: string;
  status: LayerStatus;
  party: string | null;
}

interface WithdrawalLineRecord {
  layerId: string;
  versionId: string;
  name: string;
  status: LayerStatus;
  party: string | null;
  weaponClasses: string[];
  position: "behind" | "beyond" | "on_line";
  distanceKm: number;
}

interface PlaceRecord {
  placeId: string;
  name: string;
  nameAr: string | null;
  distanceKm: number;
  /** From the place to the point, degrees clockwise from north. */
  bearing: number;
  compass: string;
}

export interface LayerVersionUsed {
  layerId: string;
  versionId: string;
  version: number;
  kind: LayerKind;
  name: string;
}

export interface EvaluationRecord {
  /** The line that speaks for the mission (agreed > working > claimed, then nearest). */
  lineOfContact: LineOfContactRecord | null;
  /** Every line of contact valid at the time, nearest first. */
  linesOfContact: LineOfContactRecord[];
  zones: ZoneRecord[];
  /** The party whose area of control contains the point (agreed > working > claimed). */
  areaOfControl: string | null;
  /** Every area of control containing the point: more than one means a contested claim. */
  areasOfControl: ZoneRecord[];
  withdrawalLines: WithdrawalLineRecord[];
  roads: { layerId: string; name: string; distanceKm: number }[];
  nearestPlaces: PlaceRecord[];
  /** "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one. */
  description: { en: string; ar: string } | null;
  district: { id: string; name: string; nameAr: string | null } | null;
  layerVersions: LayerVersionUsed[];
}

const km = (x: number) => Math.round(x * 1000) / 1000;

export function evaluationRecord(
  e: PointEvaluation,
  layerVersions: LayerVersionUsed[],
): EvaluationRecord {
  const lines = e.linesOfContact.map((l): LineOfContactRecord => ({
    layerId: l.layerId,
    versionId: l.versionId,
    name: l.name,
    status: l.status,
    claimedBy: l.claimedBy,
    side: l.party,
    position: l.side,
    distanceKm: km(l.distanceKm),
    disputedKm: l.disputedKm === null ? null : km(l.disputedKm),
    nearDisputed: l.nearDisputed,
  }));
  const primary = e.lineOfContact;
  const near = e.nearestPlaces[0];
  return {
    lineOfContact: primary
      ? lines.find((l) => l.versionId === primary.versionId && l.layerId === primary.layerId)!
      : null,
    linesOfContact: lines,
    zones: e.zones.map(zone),
    areaOfControl: e.areaOfControl?.party ?? null,
    areasOfControl: e.areasOfControl.map(zone),
    withdrawalLines: e.withdrawalLines.map((w) => ({
      layerId: w.layerId,
      versionId: w.versionId,
      name: w.name,
      status: w.status,
      party: w.party,
      weaponClasses: w.weaponClasses,
      position: w.position,
      distanceKm: km(w.distanceKm),
    })),
    roads: e.roads.map((r) => ({ layerId: r.layerId, name: r.name, distanceKm: km(r.distanceKm) })),
    nearestPlaces: e.nearestPlaces.map((p) => ({
      placeId: p.placeId,
      name: p.name,
      nameAr: p.nameAr,
      distanceKm: km(p.distanceKm),
      bearing: Math.round(p.bearingDeg),
      compass: p.compass,
    })),
    description: near
      ? { en: describePosition(near, "en"), ar: describePosition(near, "ar") }
      : null,
    district: e.district,
    layerVersions,
  };
}

function zone(z: PointEvaluation["zones"][number]): ZoneRecord {
  return {
    layerId: z.layerId,
    versionId: z.versionId,
    kind: z.kind,
    name: z.name,
    status: z.status,
    party: z.party,
  };
}

/** The values the spatial list filters read, stored beside the record. */
export interface EvaluationColumns {
  sideParty: string | null;
  distanceKm: number | null;
  nearestLineKm: number | null;
  areaParty: string | null;
  district: string | null;
  zoneLayerIds: string[];
}

export function evaluationColumns(r: EvaluationRecord): EvaluationColumns {
  const nearest = r.linesOfContact[0];
  return {
    sideParty: r.lineOfContact?.side ?? null,
    distanceKm: r.lineOfContact?.distanceKm ?? null,
    nearestLineKm: nearest ? Math.abs(nearest.distanceKm) : null,
    areaParty: r.areaOfControl,
    district: r.district?.id ?? null,
    zoneLayerIds: [...new Set(r.zones.map((z) => z.layerId))],
  };
}

/** What a report or incident carries: its stored evaluation, or why there is none. */
export type SubjectGeo =
  | { status: "evaluated"; record: EvaluationRecord; at: Date; evaluatedAt: Date }
  | { status: "pending" }
  | { status: "no_location" };

/**
 * What a list shows of an evaluation: the place ("4 km SSE of Ain Zara"), the nearest gazetteer
 * place and the district (an incident's made-up title names them). The record's page has the rest.
 */
export type GeoSummary = Pick<EvaluationRecord, "description" | "district" | "nearestPlaces">;

/** A record in a list: the summary of its stored evaluation, or why there is none. */
export type SubjectGeoSummary =
  { status: "evaluated"; summary: GeoSummary } | { status: "pending" } | { status: "no_location" };

/** A record just created: nothing evaluated yet, and nothing to evaluate without coordinates. */
export function geoOfNewRecord(
  location: { lat: number; lon: number } | null | undefined,
): SubjectGeo {
  return location ? { status: "pending" } : { status: "no_location" };
}
