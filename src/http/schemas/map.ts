/** Request schemas for the map's GeoJSON endpoints. */
import { z } from "zod";
import { REPORT_STATUSES } from "../../domain/reports.js";
import { CATEGORY_CODES, SOURCE_KINDS } from "../../domain/taxonomy.js";
import { MAX_ZOOM } from "../../domain/map-grid.js";
import { isoDateTime } from "./common.js";
import { geoListFilters } from "./geo.js";
import { incidentFilters, sectorFilter } from "./incidents.js";

const mapView = {
  bbox: z
    .string()
    .max(200)
    .optional()
    .describe("minLon,minLat,maxLon,maxLat in WGS84 degrees; the whole world when absent"),
  occurredFrom: isoDateTime.optional().describe("Events ending at or after this time"),
  occurredTo: isoDateTime.optional().describe("Events starting at or before this time"),
  category: z.enum(CATEGORY_CODES).optional(),
  zoom: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_ZOOM)
    .optional()
    .describe("The map's zoom level: sets the cluster cell size (derived from bbox when absent)"),
  maxPoints: z.coerce
    .number()
    .int()
    .min(1)
    .max(2000)
    .optional()
    .describe("Return grid clusters instead of points above this many (default and most 2000)"),
  // The spatial filters of the list endpoints.
  ...geoListFilters,
};

export const ReportMapQuery = z.strictObject({
  ...mapView,
  status: z.enum(REPORT_STATUSES).optional(),
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  sector: sectorFilter,
});

export const IncidentMapQuery = z.strictObject({
  ...mapView,
  // The incident list's filters: a state or state group, a code or family, party, sector.
  ...incidentFilters,
});
