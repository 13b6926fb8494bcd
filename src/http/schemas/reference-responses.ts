/**
 * Response schemas for the mission's reference data, the same for every caller: parties,
 * agreements and their provisions (src/http/presenters/agreements.ts), gazetteer places.
 */
import { z } from "zod";
import { PLACE_KINDS } from "../../domain/geo/gazetteer.js";
import { isoTime, listOf, partyCodeOut, recordId } from "./responses.js";

export const Party = z.object({
  code: partyCodeOut,
  nameEn: z.string(),
  nameAr: z.string(),
  shortEn: z.string().describe("For narrow places (list rows, the header); the code by default"),
  shortAr: z.string().describe("For narrow places; the full Arabic name by default"),
  colour: z.string().describe("The party's map colour, e.g. #1f77b4"),
  authoritativeLanguage: z
    .enum(["en", "ar"])
    .describe("Which of the party's texts prevails where the two languages differ"),
});
export type PartyOut = z.input<typeof Party>;
export const PartyList = listOf(Party);

export const Provision = z.object({
  id: recordId,
  code: z.string().describe('Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a"'),
  version: z
    .number()
    .int()
    .describe("The version of the wording in force now (1 = as first recorded)"),
  textEn: z.string(),
  textAr: z.string(),
  obligatedParties: z.array(partyCodeOut),
  retiredAt: isoTime
    .nullable()
    .describe("Set when the clause no longer binds: not citable any more"),
  retiredReason: z.string().nullable(),
});
export type ProvisionOut = z.input<typeof Provision>;

export const CitedProvision = z
  .object({
    findingVersion: z.number().int().describe("The finding version that cites it"),
    code: z.string().describe("The provision's code, as the finding cites it"),
    agreementCode: z.string(),
    authoritativeLanguage: z
      .enum(["en", "ar"])
      .describe("The agreement's language whose text prevails where the two differ"),
    version: z
      .number()
      .int()
      .describe("The provision's version in force when the finding was drafted"),
    textEn: z.string(),
    textAr: z.string(),
    recordedAt: isoTime.describe("When that version was recorded"),
  })
  .describe("The wording a finding cites, as in force when the finding was drafted");
export type CitedProvisionOut = z.input<typeof CitedProvision>;

export const Agreement = z.object({
  id: recordId,
  code: z.string(),
  titleEn: z.string(),
  titleAr: z.string(),
  signedAt: isoTime
    .nullable()
    .describe("Null when the agreement was announced and accepted but never signed (a truce)"),
  entryIntoForce: isoTime.describe('"D": deadlines of commitments count from this moment'),
  authoritativeLanguage: z.enum(["en", "ar"]).describe("Whose text prevails where the two differ"),
  provisions: z.array(Provision),
});
export type AgreementOut = z.input<typeof Agreement>;
export const AgreementList = listOf(Agreement);

export const PlaceList = listOf(
  z.object({
    id: z.string().describe('Stable and source-qualified: "osm:node/123", "geonames:2210247"'),
    name: z.string().describe("The usual Latin-script name (the Arabic one when none is known)"),
    nameAr: z.string().nullable(),
    lat: z.number(),
    lon: z.number(),
    kind: z.enum(PLACE_KINDS),
    population: z.number().int().nullable(),
    approximate: z.boolean().describe("Rough coordinates: good for where_prec ≥ 2 only"),
    district: z
      .object({ id: z.string(), name: z.string(), nameAr: z.string().nullable() })
      .nullable()
      .describe("The first-level district the place is in"),
    score: z.number().describe("How well the name matched, 0–1"),
    match: z.enum(["exact", "key", "skeleton", "prefix", "similar"]).describe("How it matched"),
    matchedName: z.string().describe("The name or variant that matched"),
  }),
);

export const PlaceLabelList = listOf(
  z.object({
    id: z.string().describe('Stable and source-qualified: "osm:node/123", "geonames:2210247"'),
    name: z.string().describe("The usual Latin-script name (the Arabic one when none is known)"),
    nameAr: z.string().nullable().describe("The Arabic name, when known"),
    lat: z.number(),
    lon: z.number(),
    kind: z.enum(PLACE_KINDS),
    population: z.number().int().nullable(),
  }),
);

const ProvisionVersion = z.object({
  version: z.number().int(),
  textEn: z.string(),
  textAr: z.string(),
  obligatedParties: z.array(partyCodeOut),
  reason: z
    .string()
    .nullable()
    .describe(
      "Why this wording was recorded, as a person wrote it; null for the system's occasions",
    ),
  reasonKind: z
    .enum(["stated", "first_recorded", "added", "imported"])
    .describe(
      "stated: a person's reason (`reason`); first_recorded: the first wording of a new agreement; added: a provision added without a reason; imported: from a file (`importedFrom`)",
    ),
  importedFrom: z.string().nullable().describe("The file's name, for an imported wording"),
  recordedBy: z.string().describe('Who recorded it, e.g. "user:chief"'),
  recordedAt: isoTime,
});
export type ProvisionVersionOut = z.input<typeof ProvisionVersion>;

export const ProvisionHistory = z.object({
  provision: Provision,
  agreementCode: z.string(),
  versions: z.array(ProvisionVersion).describe("Every wording, oldest first; none is overwritten"),
  inForce: z
    .number()
    .int()
    .nullable()
    .describe("The version in force at the moment asked (`at`); null when none was asked"),
});

export const ImportSummary = z.object({
  file: z.string(),
  agreementsCreated: z.array(z.string()),
  agreementsUpdated: z.array(z.string()),
  provisionsAdded: z.array(z.string()),
  provisionsRevised: z
    .array(z.string())
    .describe("Codes whose wording changed: a new version each"),
  unchanged: z.number().int().describe("Provisions the file left as they were"),
});

const Delegate = z.object({
  id: recordId,
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  disabled: z.boolean(),
});
export type DelegateOut = z.input<typeof Delegate>;

export const DelegationList = listOf(
  z.object({
    party: partyCodeOut,
    head: Delegate.nullable(),
    members: z.array(Delegate),
    updatedAt: isoTime.nullable(),
    eligible: z
      .array(Delegate)
      .describe(
        "The party's commission members and liaisons who could be added (administrators only)",
      ),
  }),
);
