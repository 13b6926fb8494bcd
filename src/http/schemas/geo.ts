/** Request schemas for geo layers, versions and ad hoc evaluation. */
import { z } from "zod";
import { LAYER_KINDS, LAYER_STATUSES } from "../../domain/geo/layers.js";
import { isoDateTime, partyCode, text, uuid } from "./common.js";

export const CreateLayerBody = z.strictObject({
  kind: z.enum(LAYER_KINDS).describe("What the layer is"),
  name: text(200).describe("Its name, e.g. 'Sirte–Jufra line'"),
  nameAr: text(200).optional().describe("Its Arabic name"),
  party: partyCode
    .optional()
    .describe(
      "Area of control: the party in control; withdrawal line or storage site: whose weapons",
    ),
  weaponClasses: z
    .array(text(100))
    .max(50)
    .optional()
    .describe("Withdrawal line: the weapon classes it applies to, e.g. artillery_100mm_plus, mlrs"),
  description: text(5000).optional(),
});

const versionFields = {
  validFrom: isoDateTime.describe("Start of validity (inclusive)"),
  validTo: isoDateTime.optional().describe("End of validity (exclusive); open-ended when absent"),
  status: z
    .enum(LAYER_STATUSES)
    .describe(
      "working: the mission's line; claimed: one party's; proposed: for the joint commission. " +
        "agreed comes only from the commission's co-signed decision (403 agreed_by_commission)",
    ),
  claimedBy: partyCode.optional().describe("The claiming party; required when status is claimed"),
  source: text(1000).optional().describe("Where the geometry comes from"),
  leftParty: partyCode
    .optional()
    .describe("Line of contact: the party holding the left side, walking along the line as drawn"),
  rightParty: partyCode.optional().describe("Line of contact: the party holding the right side"),
  behindSide: z
    .enum(["left", "right"])
    .optional()
    .describe("Withdrawal line: the side (as drawn) where the listed weapons may be; required"),
};

export const LayerVersionBody = z.strictObject({
  ...versionFields,
  disputed: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      "Line of contact: the disputed parts of the line, a GeoJSON (Multi)LineString, drawn dashed",
    ),
  geometry: z
    .record(z.string(), z.unknown())
    .describe(
      "GeoJSON geometry, [lon, lat]: (Multi)LineString for lines and roads, (Multi)Polygon for areas",
    ),
});
export type LayerVersionBody = z.infer<typeof LayerVersionBody>;

/** The text fields of an upload; a field left out may come from the file's properties. */
export const LayerVersionUploadFields = z.strictObject({
  ...versionFields,
  validFrom: versionFields.validFrom.optional(),
  status: versionFields.status.optional(),
});

export const LAYER_FILE_FIELD = "file";

export const LayerParams = z.strictObject({ id: uuid });
export const LayerVersionParams = z.strictObject({
  id: uuid,
  v: z.coerce.number().int().min(1).max(1_000_000).describe("Version number"),
});
export const LayerExportParams = z.strictObject({
  id: uuid,
  file: z
    .string()
    .regex(/^\d{1,7}\.(geojson|kml)$/, "a version number and format, e.g. 2.geojson or 2.kml")
    .describe("<version>.geojson or <version>.kml"),
});

export const EndVersionBody = z.strictObject({
  validTo: isoDateTime.describe("End of validity (exclusive)"),
});

export const LayerListQuery = z.strictObject({
  at: isoDateTime.optional().describe("Only the versions valid at this time"),
  kind: z.enum(LAYER_KINDS).optional(),
});

export const EvaluateQuery = z.strictObject({
  lat: z.coerce.number().min(-90).max(90).describe("Latitude, WGS84 degrees"),
  lon: z.coerce.number().min(-180).max(180).describe("Longitude, WGS84 degrees"),
  at: isoDateTime.optional().describe("The time to evaluate at; now when absent"),
});

/** Query parameters the report and incident lists add for spatial filtering. */
export const geoListFilters = {
  nearLineKm: z.coerce
    .number()
    .min(0)
    .max(20_000)
    .optional()
    .describe("Within this many km of the nearest valid line of contact"),
  zone: uuid.optional().describe("Inside this zone (a geo layer id)"),
  side: partyCode.optional().describe("On this party's side of the line of contact"),
  district: text(200).optional().describe("In this district: its id or its English or Arabic name"),
};

export const SendToCommissionBody = z.strictObject({
  meetingId: uuid.describe("The commission meeting whose agenda the version goes on"),
  from: isoDateTime.describe("Once the decision is in effect, the version is agreed from then"),
  textEn: text(5000).optional().describe("The decision's English text; generated when absent"),
  textAr: text(5000).optional().describe("The decision's Arabic text; generated when absent"),
});

export const DisputedPartsBody = z.strictObject({
  parts: z
    .array(z.number().int().min(0).max(100_000))
    .max(10_000)
    .describe(
      "The parts of the line that are disputed, by position from 0 (the lines of its MultiLineString, " +
        "or the features of its GeoJSON export); empty: none",
    ),
});
