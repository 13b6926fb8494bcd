/** Request schemas of the agreements, provisions, parties and delegations administration. */
import { z } from "zod";
import { AGREEMENT_LANGUAGES } from "../../domain/agreements.js";
import { isoDateTime, partyCode, storable, text, uuid } from "./common.js";

const code = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9./_()-]{0,63}$/, "1–64 letters, digits and . / - _ ( )")
  .describe('A clause or agreement code that findings cite, e.g. "LY-2020-10-23/2a"');
/** One language of a bilingual text; may be empty when the other is given. */
const wording = storable(z.string().trim().max(20_000));

const ProvisionWording = {
  textEn: wording.describe("The English text (empty when only the Arabic exists)"),
  textAr: wording.describe("The Arabic text (empty when only the English exists)"),
  obligatedParties: z.array(partyCode).max(20).describe("Parties the clause obliges"),
};

const AgreementHeader = {
  titleEn: text(500),
  titleAr: text(500),
  signedAt: isoDateTime.nullable().describe("Null for a truce announced but never signed"),
  entryIntoForce: isoDateTime.describe('"D": deadlines count from this moment'),
  authoritativeLanguage: z
    .enum(AGREEMENT_LANGUAGES)
    .default("en")
    .describe("Which language's text prevails where the two differ"),
};

export const NewProvisionBody = z.strictObject({
  code,
  ...ProvisionWording,
  reason: storable(z.string().trim().max(2000)).optional().describe("Why it is added"),
});

export const CreateAgreementBody = z.strictObject({
  code,
  ...AgreementHeader,
  provisions: z
    .array(z.strictObject({ code, ...ProvisionWording }))
    .min(1)
    .max(500),
});

export const UpdateAgreementBody = z.strictObject(AgreementHeader);

export const ReviseProvisionBody = z.strictObject({
  ...ProvisionWording,
  reason: text(2000).describe("Why the wording changes (kept with the version)"),
});

export const RetireProvisionBody = z.strictObject({
  reason: text(2000).describe("Why the clause no longer binds"),
});

export const ProvisionVersionsQuery = z.strictObject({
  at: isoDateTime
    .optional()
    .describe("A moment (a finding's drafting time): which version was in force then"),
});

export const ImportAgreementsBody = z.strictObject({
  fileName: text(255).describe("The file's name, used in the errors (file:line:column)"),
  text: storable(z.string().max(5_000_000)).describe("The file's content (agreements.json)"),
});

const partyFields = {
  nameEn: text(200),
  nameAr: text(200),
  shortEn: text(40).nullable().optional().describe("For narrow places; the code when null"),
  shortAr: text(40).nullable().optional().describe("For narrow places; the full name when null"),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour as #rrggbb"),
  authoritativeLanguage: z
    .enum(AGREEMENT_LANGUAGES)
    .optional()
    .describe(
      "Which of the party's texts prevails where the two languages differ; English for a new party, unchanged on an edit, when not said",
    ),
};

export const CreatePartyBody = z.strictObject({ code: partyCode, ...partyFields });
export const UpdatePartyBody = z.strictObject(partyFields);
export const PartyParams = z.strictObject({ code: partyCode });

export const DelegationBody = z.strictObject({
  memberIds: z.array(uuid).max(50).describe("Users of the party, commission or liaison role"),
  headUserId: uuid.nullable().describe("The head of the delegation, one of the members"),
});
