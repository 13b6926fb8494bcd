/**
 * Map data for the caller: the located reports or incidents in a box and time window, as points,
 * or as grid clusters once more than `maxPoints` fall in the view (decision 0005). Scoped exactly
 * as the list endpoints, so a party's liaison never counts the other party's reports.
 */
import {
  cellDegrees,
  foldClusters,
  MAX_ZOOM,
  parseBBox,
  zoomForBBox,
  type CellCount,
  type Cluster,
} from "../domain/map-grid.js";
import type { BBox } from "../domain/geo/geojson.js";
import type { Actor } from "../domain/roles.js";
import type { CaseState } from "../domain/workflow.js";
import type { ReportStatus } from "../domain/reports.js";
import type { CategoryCode, SourceKind } from "../domain/taxonomy.js";
import {
  countIncidentsUpTo,
  countReportsUpTo,
  incidentCells,
  incidentPoints,
  incidentTimeExtent,
  reportCells,
  reportPoints,
  reportTimeExtent,
  type IncidentMapFilter,
  type IncidentPointRow,
  type ReportMapFilter,
  type ReportPointRow,
} from "../store/map-repo.js";
import { incidentScopeFor, reportScopeFor } from "./access.js";
import { countedIncidentCellsFor } from "./map-counts.js";
import type { Deps } from "./deps.js";
import { requireSector } from "./mission.js";

/** Above this many points in a view, clusters are returned instead. */
export const MAX_POINTS = 2000;

/** The spatial filters as the query string gives them (flat). */
interface GeoQuery {
  nearLineKm?: number;
  zone?: string;
  side?: string;
  district?: string;
}

interface MapOptions extends GeoQuery {
  /** "minLon,minLat,maxLon,maxLat"; the whole world when absent. */
  bbox?: string;
  /** The map's zoom level; sets the cluster cell size. Derived from the box when absent. */
  zoom?: number;
  /** Cluster above this many points (at most MAX_POINTS). */
  maxPoints?: number;
}

export type ReportMapQuery = Omit<ReportMapFilter, "bbox" | "geo"> & MapOptions;
export type IncidentMapQuery = Omit<IncidentMapFilter, "bbox" | "geo"> & MapOptions;

export type MapView<P> =
  | { kind: "points"; bbox: BBox; total: number; points: P[] }
  | {
      kind: "clusters";
      bbox: BBox;
      total: number;
      zoom: number;
      cellDeg: number;
      clusters: Cluster[];
    };

export interface ReportPoint {
  id: string;
  trackingId: string;
  category: CategoryCode;
  status: ReportStatus;
  sourceKind: SourceKind;
  submitterParty: string | null;
  occurredFrom: Date;
  occurredTo: Date;
  lat: number;
  lon: number;
  wherePrecision: number;
  locationSource: string;
  /** Of the report's incident's latest finding, when the caller may see it. */
  verificationLevel: string | null;
}

export interface IncidentPoint {
  id: string;
  reference: string;
  title: string;
  titleGenerated: boolean;
  category: CategoryCode;
  state: CaseState;
  occurredFrom: Date;
  occurredTo: Date;
  lat: number;
  lon: number;
  verificationLevel: string | null;
}

export async function reportMap(
  deps: Deps,
  actor: Actor,
  query: ReportMapQuery,
): Promise<MapView<ReportPoint>> {
  const scope = reportScopeFor(actor, deps.clock());
  await requireSector(deps, query.sector);
  // Every role that reads reports reads incidents: its scope says whose findings' levels it sees.
  const findings = incidentScopeFor(actor, deps.clock());
  const { bbox, zoom, maxPoints, nearLineKm, zone, side, district, ...rest } = query;
  const f: ReportMapFilter = {
    ...rest,
    geo: { nearLineKm, zone, side, district },
    bbox: parseBBox(bbox),
  };
  return mapView(f.bbox, zoom, maxPoints, {
    count: (limit) => countReportsUpTo(deps.db, scope, f, limit),
    points: async (limit) =>
      (await reportPoints(deps.db, scope, f, limit, findings)).map(reportPointOf),
    cells: (cellDeg) => reportCells(deps.db, scope, f, cellDeg),
  });
}

export async function incidentMap(
  deps: Deps,
  actor: Actor,
  query: IncidentMapQuery,
): Promise<MapView<IncidentPoint>> {
  const scope = incidentScopeFor(actor, deps.clock());
  const { bbox, zoom, maxPoints, nearLineKm, zone, side, district, ...rest } = query;
  const f: IncidentMapFilter = {
    ...rest,
    geo: { nearLineKm, zone, side, district },
    bbox: parseBBox(bbox),
  };
  return mapView(f.bbox, zoom, maxPoints, {
    count: (limit) => countIncidentsUpTo(deps.db, scope, f, limit),
    points: async (limit) => (await incidentPoints(deps.db, scope, f, limit)).map(incidentPointOf),
    cells: (cellDeg) => incidentCells(deps.db, scope, f, cellDeg),
    counted: (z, cellDeg) => countedIncidentCellsFor(deps, scope, f, z, cellDeg),
  });
}

/**
 * Points when they fit, clusters when not. Counting stops one past the limit, so a view over a
 * million rows learns "too many" without reading them all twice. Where counted cells answer the
 * view (`counted`, decision 0027), their total decides, and they are the clusters.
 */
async function mapView<P>(
  bbox: BBox,
  zoom: number | undefined,
  maxPoints: number | undefined,
  read: {
    count: (limit: number) => Promise<number>;
    points: (limit: number) => Promise<P[]>;
    cells: (cellDeg: number) => Promise<CellCount[]>;
    counted?: (zoom: number, cellDeg: number) => Promise<CellCount[] | null>;
  },
): Promise<MapView<P>> {
  const limit = Math.min(maxPoints ?? MAX_POINTS, MAX_POINTS);
  // Never finer than the box itself suggests: a few hundred cells at most, whatever the zoom.
  const z = Math.min(zoom ?? MAX_ZOOM, zoomForBBox(bbox));
  const cellDeg = cellDegrees(z);
  const counted = read.counted ? await read.counted(z, cellDeg) : null;
  const fits = counted
    ? counted.reduce((sum, c) => sum + c.n, 0) <= limit
    : (await read.count(limit + 1)) <= limit;
  if (fits) {
    const points = await read.points(limit);
    return { kind: "points", bbox, total: points.length, points };
  }
  const clusters = foldClusters(counted ?? (await read.cells(cellDeg)), cellDeg);
  const total = clusters.reduce((sum, c) => sum + c.count, 0);
  return { kind: "clusters", bbox, total, zoom: z, cellDeg, clusters };
}

function reportPointOf(r: ReportPointRow): ReportPoint {
  return {
    id: r.id,
    trackingId: r.tracking_id,
    category: r.category,
    status: r.status,
    sourceKind: r.source_kind,
    submitterParty: r.submitter_party,
    occurredFrom: r.occurred_from,
    occurredTo: r.occurred_to,
    lat: r.lat,
    lon: r.lon,
    wherePrecision: r.where_precision,
    locationSource: r.location_source,
    verificationLevel: r.verification_level,
  };
}

function incidentPointOf(r: IncidentPointRow): IncidentPoint {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    titleGenerated: r.title_generated,
    category: r.category,
    state: r.state,
    occurredFrom: r.occurred_from,
    occurredTo: r.occurred_to,
    lat: r.lat,
    lon: r.lon,
    verificationLevel: r.verification_level,
  };
}

/**
 * The span of the located records the caller may see: the map's time window starts from its
 * latest day, not from today, when the data ends earlier (the demo ends in 2020).
 */
export interface TimeExtent {
  /** The earliest end of a visible event; null when there is none. */
  firstEventAt: Date | null;
  /** The latest start of a visible event; null when there is none. */
  latestEventAt: Date | null;
}

export async function reportTimeExtentFor(deps: Deps, actor: Actor): Promise<TimeExtent> {
  const row = await reportTimeExtent(deps.db, reportScopeFor(actor, deps.clock()));
  return { firstEventAt: row.first, latestEventAt: row.latest };
}

export async function incidentTimeExtentFor(deps: Deps, actor: Actor): Promise<TimeExtent> {
  const row = await incidentTimeExtent(deps.db, incidentScopeFor(actor, deps.clock()));
  return { firstEventAt: row.first, latestEventAt: row.latest };
}
