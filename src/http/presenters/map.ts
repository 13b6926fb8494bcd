/** Map views as GeoJSON FeatureCollections (RFC 7946): point features, or cluster features. */
import type { Cluster } from "../../domain/map-grid.js";
import type { IncidentPoint, MapView, ReportPoint, TimeExtent } from "../../services/map.js";
import type {
  IncidentPointPropertiesOut,
  ReportPointPropertiesOut,
  TimeExtentOut,
} from "../schemas/analysis-responses.js";

type Point = ReportPoint | IncidentPoint;

export function presentMapView<P extends Point, Q>(view: MapView<P>, properties: (p: P) => Q) {
  const features =
    view.kind === "points"
      ? view.points.map((p) => ({
          type: "Feature" as const,
          id: p.id,
          geometry: pointAt(p.lon, p.lat),
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
    geometry: pointAt(round(c.lon), round(c.lat)),
    properties: { cluster: true as const, count: c.count, cell: c.cell, ...c.breakdown },
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function pointAt(lon: number, lat: number): { type: "Point"; coordinates: [number, number] } {
  return { type: "Point", coordinates: [lon, lat] };
}

export function reportPointProperties(p: ReportPoint): ReportPointPropertiesOut {
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

export function incidentPointProperties(p: IncidentPoint): IncidentPointPropertiesOut {
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

export function presentTimeExtent(e: TimeExtent): TimeExtentOut {
  return {
    firstEventAt: e.firstEventAt?.toISOString() ?? null,
    latestEventAt: e.latestEventAt?.toISOString() ?? null,
  };
}
