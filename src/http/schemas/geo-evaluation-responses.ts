/**
 * A stored geo evaluation as reports and incidents carry it (decision 0004), mirroring
 * src/domain/geo/evaluation-record.ts: distances in kilometres rounded to the metre.
 */
import { z } from "zod";
import { LAYER_KINDS, LAYER_STATUSES } from "../../domain/geo/layers.js";
import { bilingual, isoTime, partyCodeOut, recordId } from "./responses.js";

const layerRef = {
  layerId: recordId,
  versionId: recordId,
  name: z.string(),
};
const layerStatus = z
  .enum(LAYER_STATUSES)
  .describe("agreed by the parties, the mission's working line, or claimed by one party");

const LineOfContactRecord = z.object({
  ...layerRef,
  status: layerStatus,
  claimedBy: partyCodeOut.nullable(),
  side: partyCodeOut
    .nullable()
    .describe("The party whose side the point is on; null on the line or when the line names none"),
  position: z.enum(["left", "right", "on_line"]).describe("Left or right of the line as drawn"),
  distanceKm: z
    .number()
    .describe("Signed: + on the right (rightParty) side, − on the left (leftParty) side"),
  disputedKm: z
    .number()
    .nullable()
    .optional()
    .describe("Distance to the line's nearest disputed part; null when none is marked"),
  nearDisputed: z
    .boolean()
    .optional()
    .describe("The part of the line nearest the point is disputed by the parties"),
});

const ZoneRecord = z.object({
  ...layerRef,
  kind: z.enum(LAYER_KINDS),
  status: layerStatus,
  party: partyCodeOut.nullable(),
});

export const EvaluationRecord = z.object({
  lineOfContact: LineOfContactRecord.nullable().describe(
    "The line that speaks for the mission (agreed > working > claimed, then nearest)",
  ),
  linesOfContact: z
    .array(LineOfContactRecord)
    .describe("Every line of contact valid at the time, nearest first"),
  zones: z.array(ZoneRecord),
  areaOfControl: partyCodeOut
    .nullable()
    .describe("The party whose area of control contains the point (agreed > working > claimed)"),
  areasOfControl: z
    .array(ZoneRecord)
    .describe("Every area of control containing the point: more than one means a contested claim"),
  withdrawalLines: z.array(
    z.object({
      ...layerRef,
      status: layerStatus,
      party: partyCodeOut.nullable(),
      weaponClasses: z.array(z.string()),
      position: z.enum(["behind", "beyond", "on_line"]),
      distanceKm: z.number(),
    }),
  ),
  roads: z.array(z.object({ layerId: recordId, name: z.string(), distanceKm: z.number() })),
  nearestPlaces: z.array(
    z.object({
      placeId: z.string(),
      name: z.string(),
      nameAr: z.string().nullable(),
      distanceKm: z.number(),
      bearing: z.number().describe("From the place to the point, degrees clockwise from north"),
      compass: z.string().describe("The bearing as a compass point, e.g. SSE"),
    }),
  ),
  description: bilingual
    .nullable()
    .describe('"4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one'),
  district: z
    .object({ id: z.string(), name: z.string(), nameAr: z.string().nullable() })
    .nullable(),
  layerVersions: z.array(
    z.object({ ...layerRef, version: z.number().int(), kind: z.enum(LAYER_KINDS) }),
  ),
});

/**
 * The `geo` and `geoStatus` fields of a report or incident: present when its evaluation was
 * loaded (reads, lists) or it was just created; other write answers leave them out.
 */
export const geoFields = {
  geo: EvaluationRecord.extend({
    at: isoTime.describe("The instant evaluated against (the event's time)"),
    evaluatedAt: isoTime.describe("When the evaluation was computed"),
  })
    .nullable()
    .optional()
    .describe("The stored evaluation against the geo layers; null when there is none"),
  geoStatus: z
    .enum(["evaluated", "pending", "no_location"])
    .optional()
    .describe("evaluated; pending (not computed yet); no_location (nothing to evaluate)"),
};

/**
 * The `geo` and `geoStatus` of a record in a list: the place the list shows, and what an
 * incident's made-up title names (the nearest place, the district). GET of the record has the rest.
 */
export const geoSummaryFields = {
  geo: EvaluationRecord.pick({ description: true, district: true })
    .extend({
      nearestPlaces: EvaluationRecord.shape.nearestPlaces.max(1).describe("The nearest place only"),
    })
    .nullable()
    .describe("What a list shows of the stored evaluation; null when there is none"),
  geoStatus: geoFields.geoStatus.unwrap(),
};
