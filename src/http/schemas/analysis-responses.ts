/**
 * Response schemas for the analysis reads: same-event candidates
 * (src/http/presenters/candidates.ts), search, the dashboard, and the map's GeoJSON
 * (src/http/presenters/map.ts).
 */
import { z } from "zod";
import { REPORT_STATUSES } from "../../domain/reports.js";
import { CATEGORY_CODES, SOURCE_KINDS } from "../../domain/taxonomy.js";
import { CASE_STATES } from "../../domain/workflow.js";
import { bilingual, isoTime, latLon, partyCodeOut, recordId } from "./responses.js";

export const Candidates = z.object({
  report: z.object({ id: recordId, trackingId: z.string() }).describe("The report compared"),
  items: z.array(
    z.object({
      kind: z.enum(["report", "incident"]),
      id: recordId,
      trackingId: z.string().optional().describe("A report's tracking id"),
      reference: z.string().optional().describe("An incident's reference"),
      category: z.enum(CATEGORY_CODES),
      status: z.string().optional().describe("A report's status"),
      state: z.string().optional().describe("An incident's workflow state"),
      occurredFrom: isoTime,
      occurredTo: isoTime,
      location: latLon.nullable(),
      placeNames: z.array(z.string()).describe("A report's own place name"),
      submitterParty: partyCodeOut.nullable(),
      allegedParty: partyCodeOut.nullable(),
      score: z.number().describe("0–1, higher is more likely the same event"),
      reasons: z.object({
        distanceKm: z.number().nullable().describe("Great-circle distance, when both are located"),
        samePlaceName: z
          .string()
          .nullable()
          .describe("A place name both give (when one or both are not located)"),
        overlapMinutes: z.number().describe("Minutes the two event windows share"),
        gapMinutes: z.number().describe("Minutes between the windows when they do not overlap"),
        category: z.object({
          relation: z.enum(["same", "family"]),
          a: z.enum(CATEGORY_CODES),
          b: z.enum(CATEGORY_CODES),
        }),
        oppositeBlame: z
          .object({ a: partyCodeOut, b: partyCodeOut })
          .nullable()
          .describe("Each party complains about the other: one exchange, blamed both ways"),
      }),
      sentence: bilingual.describe("The reasons in words"),
    }),
  ),
});
export type CandidatesOut = z.input<typeof Candidates>;

const searchType = z.enum(["report", "incident"]);

export const SearchResult = z.object({
  query: z.string().describe("The query as sent"),
  normalized: z.string().describe("The query as it was matched, after normalisation"),
  truncated: z.boolean().describe("A type had more matches than the limit"),
  exact: z
    .object({ type: searchType, id: recordId, label: z.string() })
    .nullable()
    .describe("The record the query names when it is exactly one tracking id or reference"),
  items: z.array(
    z.object({
      type: searchType,
      id: recordId,
      label: z.string().describe("Tracking id of a report, reference of an incident"),
      title: z.string().describe("An incident's title; empty for a report"),
      titleGenerated: z.boolean(),
      category: z.string().describe("Taxonomy code A1 … F"),
      occurredFrom: isoTime,
      matchedField: z.enum(["label", "description", "placeName", "title", "publicNarrative"]),
      snippet: z.string().describe("Words around the first match in the matched field"),
      language: z.string().nullable().describe("Language of the snippet when known"),
    }),
  ),
});

const counts = {
  reports: z.number().int(),
  incidents: z.number().int(),
  violations: z
    .number()
    .int()
    .describe("Incidents whose visible finding is a violation (attributed or not)"),
};
const breakdown = z.array(z.object({ key: z.string(), ...counts }));
const dashboardWindow = z.object({
  from: z.string().describe("First mission day of the window (YYYY-MM-DD)"),
  to: z.string().describe("Last mission day of the window, inclusive"),
  totals: z.object(counts),
  byCategory: breakdown,
  bySide: breakdown,
  bySector: breakdown,
  byVerificationLevel: breakdown,
});

export const Dashboard = z.object({
  reference: z.object({
    at: isoTime,
    day: z.string().describe("The mission day of `at` (YYYY-MM-DD)"),
    timeZone: z.string().describe("The mission's time zone (a mission setting), e.g. Asia/Aden"),
  }),
  includesReports: z
    .boolean()
    .describe("False for a role that reads incidents but not reports (report counts are then 0)"),
  latestEventAt: isoTime.nullable().describe("The latest event the caller may see"),
  entryIntoForce: isoTime.nullable(),
  windows: z.object({ today: dashboardWindow, last7: dashboardWindow, last30: dashboardWindow }),
  trend: z.array(
    z.object({ day: z.string(), reports: z.number().int(), incidents: z.number().int() }),
  ),
});

export const TimeExtent = z.object({
  firstEventAt: isoTime.nullable().describe("The earliest event end; null when there is none"),
  latestEventAt: isoTime.nullable().describe("The latest event start; null when there is none"),
});
export type TimeExtentOut = z.input<typeof TimeExtent>;

const bbox = z.array(z.number()).length(4).describe("[minLon, minLat, maxLon, maxLat]");

const pointGeometry = z.object({
  type: z.literal("Point"),
  coordinates: z.array(z.number()).length(2).describe("[lon, lat]"),
});

/** How many of a cell's records have each value of one breakdown. */
const breakdownCounts = z.record(z.string(), z.number().int());

const clusterFeature = z.object({
  type: z.literal("Feature"),
  id: z.string().describe("cell:<zoom>:<x>:<y>"),
  geometry: pointGeometry.describe("The mean position of the records in the cell"),
  properties: z
    .looseObject({
      cluster: z.literal(true),
      count: z.number().int(),
      cell: bbox.describe("The cell's extent"),
      category: breakdownCounts.optional(),
      status: breakdownCounts.optional().describe("Reports: the count of each status"),
      verificationLevel: breakdownCounts
        .optional()
        .describe('Incidents: the count of each verification level ("none" for no finding)'),
    })
    .describe(
      "Per breakdown of the dataset (category and status, or verification level), the count of each value",
    ),
});

function featureCollection<P extends z.ZodType>(pointProperties: P) {
  return z.object({
    type: z.literal("FeatureCollection"),
    bbox,
    features: z.array(
      z.union([
        z.object({
          type: z.literal("Feature"),
          id: recordId,
          geometry: pointGeometry,
          properties: pointProperties,
        }),
        clusterFeature,
      ]),
    ),
    meta: z
      .object({
        clustered: z.boolean().describe("Grid clusters instead of points"),
        total: z.number().int().describe("How many records the view holds"),
        zoom: z.number().int().optional().describe("Clusters: the zoom they were made for"),
        cellDegrees: z.number().optional().describe("Clusters: the cell size"),
      })
      .describe("A foreign member (RFC 7946 §6.1): what the collection is"),
  });
}

const verificationLevel = z
  .string()
  .nullable()
  .describe("Of the latest finding, when the caller may see it");

const ReportPointProperties = z.object({
  id: recordId,
  trackingId: z.string(),
  category: z.enum(CATEGORY_CODES),
  status: z.enum(REPORT_STATUSES),
  sourceKind: z.enum(SOURCE_KINDS),
  submitterParty: partyCodeOut.nullable(),
  occurredFrom: isoTime,
  occurredTo: isoTime,
  wherePrecision: z.number().int(),
  locationSource: z.string().describe("reported or gazetteer"),
  verificationLevel,
});
export type ReportPointPropertiesOut = z.input<typeof ReportPointProperties>;

const IncidentPointProperties = z.object({
  id: recordId,
  reference: z.string(),
  title: z.string(),
  titleGenerated: z.boolean(),
  category: z.enum(CATEGORY_CODES),
  state: z.enum(CASE_STATES),
  occurredFrom: isoTime,
  occurredTo: isoTime,
  verificationLevel,
});
export type IncidentPointPropertiesOut = z.input<typeof IncidentPointProperties>;

export const ReportMap = featureCollection(ReportPointProperties);
export const IncidentMap = featureCollection(IncidentPointProperties);
