/** Map views as GeoJSON FeatureCollections (RFC 7946): point features, or cluster features. */
import type { Cluster } from "../../domain/map-grid.js";
import type { IncidentPoint, MapView, ReportPoint, TimeExtent } from "../../services/map.js";

type Point = ReportPoint | IncidentPoint;

export function presentMapView<P extends Point>(view: MapView<P>, properties: (p: P) => object) {
  const features =
    view.kind === "points"
      ? view.points.map((p) => ({
          type: "Feature" as const,
          id: p.id,
          geometry: { type: "Point" as const, coordinates: [p.lon, p.lat] },
          properties: properties(p),
        }))
      : view.clusters.map((c) => clusterFeature(c, view.zoom));
  return {
    type: "FeatureCollection" as const,
    bbox: view.bbox,
    features,
    // A foreign member (RFC 7946 §6.1): what the collection is, for the map legend.
    meta: {
      clustered: view.kind === "clusters",
      total: view.total,
      ...(view.kind === "clusters" ? { zoom: view.zoom, cellDegrees: view.cellDeg } : {}),
    },
  };
}

function clusterFeature(c: Cluster, zoom: number) {
  return {
    type: "Feature" as const,
    id: `cell:${zoom}:${c.cx}:${c.cy}`,
    geometry: { type: "Point" as const, coordinates: [round(c.lon), round(c.lat)] },
    properties: { cluster: true, count: c.count, cell: c.cell, ...c.breakdown },
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function reportPointProperties(p: ReportPoint) {
  return {
    id: p.id,
    trackingId: p.trackingId,
    category: p.category,
    status: p.status,
    sourceKind: p.sourceKind,
    submitterParty: p.submitterParty,
    occurredFrom: p.occurredFrom.toISOString(),
    occurredTo: p.occurredTo.toISOString(),
    wherePrecision: p.wherePrecision,
    locationSource: p.locationSource,
    verificationLevel: p.verificationLevel,
  };
}

export function incidentPointProperties(p: IncidentPoint) {
  return {
    id: p.id,
    reference: p.reference,
    title: p.title,
    titleGenerated: p.titleGenerated,
    category: p.category,
    state: p.state,
    occurredFrom: p.occurredFrom.toISOString(),
    occurredTo: p.occurredTo.toISOString(),
    verificationLevel: p.verificationLevel,
  };
}

export function presentTimeExtent(e: TimeExtent) {
  return {
    firstEventAt: e.firstEventAt?.toISOString() ?? null,
    latestEventAt: e.latestEventAt?.toISOString() ?? null,
  };
}
