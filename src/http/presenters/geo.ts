/**
 * What of geo layers and evaluations leaves the server. Layers are not party-confidential: the
 * line is shared with both parties, and a party's claimed line is shown to the other party too
 * (decision 0004), so the same fields go to every logged-in role.
 */
import type { EvaluationRecord, SubjectGeo } from "../../domain/geo/evaluation-record.js";
import type { GeoLayer, GeoLayerVersionInfo } from "../../services/geo.js";

export function presentLayerVersion(v: GeoLayerVersionInfo) {
  const base = `/api/v1/geo/layers/${v.layerId}/versions/${v.version}`;
  return {
    id: v.id,
    version: v.version,
    validFrom: v.validFrom.toISOString(),
    validTo: v.validTo?.toISOString() ?? null,
    status: v.status,
    claimedBy: v.claimedBy,
    source: v.source,
    leftParty: v.leftParty,
    rightParty: v.rightParty,
    behindSide: v.behindSide,
    createdAt: v.createdAt.toISOString(),
    disputed: v.disputed,
    commission: v.commission && {
      decisionId: v.commission.decisionId,
      decisionStatus: v.commission.decisionStatus as "proposed",
      meetingId: v.commission.meetingId,
      meetingReference: v.commission.meetingReference,
      from: v.commission.from.toISOString(),
      effectiveAt: v.commission.effectiveAt?.toISOString() ?? null,
    },
    geojson: `${base}.geojson`,
    kml: `${base}.kml`,
  };
}

export function presentLayer(l: GeoLayer) {
  return {
    id: l.id,
    kind: l.kind,
    name: l.name,
    nameAr: l.nameAr,
    party: l.party,
    weaponClasses: l.weaponClasses,
    description: l.description,
    isDemo: l.isDemo,
    createdAt: l.createdAt.toISOString(),
    versions: l.versions.map(presentLayerVersion),
  };
}

export function presentEvaluation(e: EvaluationRecord & { at: Date }) {
  const { at, ...record } = e;
  return { at: at.toISOString(), ...record };
}

/**
 * The `geo` and `geoStatus` fields of a report or incident, when its evaluation was loaded (reads,
 * lists) or it was just created; other write responses leave them out rather than guess.
 */
export function presentGeoField(geo: SubjectGeo | undefined) {
  if (!geo) return {};
  if (geo.status !== "evaluated") return { geo: null, geoStatus: geo.status };
  return {
    geo: { ...geo.record, at: geo.at.toISOString(), evaluatedAt: geo.evaluatedAt.toISOString() },
    geoStatus: geo.status,
  };
}
