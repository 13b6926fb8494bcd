/** What the geo layer routes and the point evaluation answer (decision 0004). */
import { z } from "zod";
import { LAYER_KINDS, LAYER_STATUSES } from "../../domain/geo/layers.js";
import { EvaluationRecord } from "./geo-evaluation-responses.js";
import { isoTime, listOf, partyCodeOut, recordId } from "./responses.js";

export const LayerVersion = z.object({
  id: recordId,
  version: z.number().int(),
  validFrom: isoTime,
  validTo: isoTime.nullable().describe("null: valid until a later version or an end is set"),
  status: z.enum(LAYER_STATUSES),
  claimedBy: partyCodeOut.nullable(),
  source: z.string().nullable(),
  leftParty: partyCodeOut.nullable().describe("A line of contact: the party on its left"),
  rightParty: partyCodeOut.nullable().describe("A line of contact: the party on its right"),
  behindSide: z
    .enum(["left", "right"])
    .nullable()
    .describe("A withdrawal line: the side the weapons stay on"),
  createdAt: isoTime,
  disputed: z
    .object({
      type: z.enum(["LineString", "MultiLineString"]),
      coordinates: z
        .array(z.array(z.unknown()))
        .describe("[lon, lat] positions (LineString) or lists of them (MultiLineString)"),
    })
    .nullable()
    .describe("The disputed parts of the line, drawn dashed on the map"),
  commission: z
    .object({
      decisionId: recordId,
      decisionStatus: z.enum(["proposed", "in_effect", "dissented", "superseded"]),
      meetingId: recordId,
      meetingReference: z.string(),
      from: isoTime.describe("The version is (or will be) agreed from then"),
      effectiveAt: isoTime.nullable().describe("When the last delegation head signed"),
    })
    .nullable()
    .describe(
      "The joint commission's decision adopting this version (a pending one only for mission staff and the commission)",
    ),
  geojson: z.string().describe("Where to download this version as GeoJSON"),
  kml: z.string().describe("Where to download this version as KML"),
});

export const Layer = z.object({
  id: recordId,
  kind: z.enum(LAYER_KINDS),
  name: z.string(),
  nameAr: z.string().nullable(),
  party: partyCodeOut.nullable(),
  weaponClasses: z.array(z.string()),
  description: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: isoTime,
  versions: z.array(LayerVersion),
});

export const LayerList = listOf(Layer);

export const Evaluation = EvaluationRecord.extend({
  at: isoTime.describe("The instant evaluated against"),
});

/** A version's geometry as a file (the export route sets the type and the file name). */
export const LayerFile = {
  description: "The version as a GeoJSON Feature or a KML document, as a download",
  content: {
    "application/geo+json": { schema: z.string() },
    "application/vnd.google-earth.kml+xml": { schema: z.string() },
  },
};

export const SentToCommission = z.object({
  decisionId: recordId,
  meetingId: recordId,
  layer: Layer,
});
