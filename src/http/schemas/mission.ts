/** The mission (issue 12): what anyone may read of it, and the settings an administrator changes. */
import { z } from "zod";
import {
  MAX_PUBLIC_DELAY_HOURS,
  MAX_REPLY_WINDOW_HOURS,
  MISSION_LANGUAGES,
} from "../../domain/mission.js";
import { bilingual } from "./responses.js";

const language = z.enum(MISSION_LANGUAGES as ["ar", "en"]);

const releaseRules = z
  .object({
    partiesFirst: z.boolean().optional().describe("The parties see a finding before the public"),
    publicDelayHours: z
      .number()
      .int()
      .min(0)
      .max(MAX_PUBLIC_DELAY_HOURS)
      .optional()
      .describe("Hours between the parties' release and the public one"),
  })
  .catchall(z.unknown())
  .describe("Rules of releasing findings; keys beyond these are kept as written");

const mandate = z
  .object({
    mandatingBody: bilingual
      .nullable()
      .optional()
      .describe("The body the mission reports to (e.g. the Security Council), in both languages"),
    referralAllowed: z
      .boolean()
      .optional()
      .describe("Whether the mandate lets the mission refer a case to the mandating body"),
  })
  .strict()
  .describe("What the mandate says about the mandating body (decision 0017)");

const dailyReportCutoff = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'a time of day "HH:MM"')
  .describe(
    "The daily report's cut-off, \"HH:MM\" in the mission's time zone: a day's report covers the 24 hours ending then",
  );

export const MissionOut = z.object({
  code: z.string().describe('The mission\'s code, e.g. "hodeidah-2019"'),
  name: bilingual,
  languages: z
    .array(language)
    .describe("Working languages; the first is the default interface language"),
  authoritativeLanguage: language.describe("Whose text is authoritative when both exist"),
  timeZone: z.string().describe("IANA time zone: mission days are calendar days there"),
  replyWindowHours: z.number().int().describe("How long a party has to reply to a draft finding"),
  releaseRules,
  mandate,
  dailyReportCutoff,
  jointBody: z
    .object({
      code: z.string(),
      name: bilingual,
      chair: bilingual.nullable().describe("Who chairs its meetings, when the profile says"),
      delegations: z
        .array(z.string())
        .describe("The parties whose delegations sit on it (party codes)"),
    })
    .describe("The parties' joint body"),
  bbox: z
    .array(z.number())
    .length(4)
    .describe("The mission area's box: [west, south, east, north], WGS84 degrees"),
});

const feature = z.object({
  type: z.literal("Feature"),
  geometry: z
    .object({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.unknown()) })
    .describe("GeoJSON Polygon or MultiPolygon, [lon, lat]"),
  properties: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe("code, name_en, name_ar (districts and sectors)"),
});
const collection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(feature),
});

export const MissionGeographyOut = z.object({
  outline: collection.describe("The mission area (admin-0)"),
  districts: collection.describe("First-level administrative districts"),
  sectors: collection.describe("The sectors the mission reports on (dashboard, list filter)"),
  attribution: z
    .array(bilingual)
    .describe(
      "The credits of the mission's geographic data and gazetteer, from its profile (the map shows them)",
    ),
});

export const MissionSettingsBody = z
  .object({
    languages: z
      .array(language)
      .min(1)
      .optional()
      .describe("Working languages; the first is the default interface language"),
    timeZone: z.string().min(1).max(64).optional().describe('IANA time zone, e.g. "Asia/Aden"'),
    replyWindowHours: z
      .number()
      .int()
      .min(1)
      .max(MAX_REPLY_WINDOW_HOURS)
      .optional()
      .describe("How long a party has to reply to a draft finding, in hours"),
    releaseRules: releaseRules.optional(),
    mandate: mandate.optional(),
    dailyReportCutoff: dailyReportCutoff.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "give at least one setting to change" });
