/** Report products (decision 0022): requests and answers. */
import { z } from "zod";
import {
  PRODUCT_CLASSIFICATIONS,
  PRODUCT_KINDS,
  PRODUCT_STATES,
} from "../../domain/report-products.js";
import { storable, uuid } from "./common.js";
import { bilingual } from "./responses.js";

const kind = z
  .enum(PRODUCT_KINDS)
  .describe("daily, spot, periodic, or mandate (to the mandating body)");
const classification = z
  .enum(PRODUCT_CLASSIFICATIONS)
  .describe("public: released to both parties and published; parties: to both parties only");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a calendar day YYYY-MM-DD");

export const CreateProductBody = z
  .strictObject({
    kind,
    classification,
    day: day
      .optional()
      .describe("daily: the day whose cut-off (a mission setting) ends the 24 hours covered"),
    from: day.optional().describe("periodic, mandate: the first day covered"),
    to: day.optional().describe("periodic, mandate: the last day covered"),
    incidentId: uuid.optional().describe("spot: the incident"),
  })
  .describe("What to generate; the period is read in the mission's time zone");

const addedText = z.strictObject({
  en: storable(z.string().max(20_000)),
  ar: storable(z.string().max(20_000)),
});

export const EditProductBody = z
  .strictObject({
    added: z
      .record(z.string().max(40), addedText)
      .optional()
      .describe(
        "The analysts' text per section key (and 'introduction'), in both languages; replaces what was added",
      ),
    classification: classification.optional(),
  })
  .refine((b) => b.added !== undefined || b.classification !== undefined, {
    message: "give added text or a classification",
  });

export const ProductTransitionBody = z.strictObject({
  action: z
    .enum(["submit", "approve", "return", "release"])
    .describe(
      "submit for review (author); approve or return (another person); release (the chief)",
    ),
});

export const ProductListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const section = z
  .looseObject({
    key: z
      .string()
      .describe(
        "summary, sectors, notable, restrictions, cbms, map, annex, incident, complaints, trend, scoreboard",
      ),
    audience: z.enum(["all", "parties"]).describe("parties: left out of the public version"),
  })
  .describe("A generated section: structured data, both languages (decision 0022)");

export const ReportProductOut = z.object({
  id: uuid,
  reference: z
    .string()
    .describe("DR-2020-01-15 (daily), SR- (spot), PR- (periodic), MB- (mandate)"),
  kind,
  classification,
  state: z.enum(PRODUCT_STATES),
  title: bilingual,
  periodFrom: z.iso.datetime(),
  periodTo: z.iso.datetime(),
  incidentId: uuid.nullable(),
  generatedAt: z.iso.datetime(),
  sections: z.array(section),
  added: z.record(z.string(), z.object({ en: z.string(), ar: z.string() })),
  createdBy: uuid.nullable().describe("Mission readers only; null for the parties and the public"),
  approvedBy: uuid.nullable(),
  submittedAt: z.iso.datetime().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  releaseAt: z.iso
    .datetime()
    .nullable()
    .describe("The instant both parties (and the public) read it from"),
  contentHash: z.string().nullable().describe("SHA-256 of the frozen content"),
  files: z
    .object({
      html: z.string().nullable().describe("SHA-256 of the HTML the reader receives"),
      pdf: z.string().nullable().describe("SHA-256 of the PDF the reader receives"),
    })
    .describe("The frozen files of the version this reader receives (null before release)"),
  mayEdit: z.boolean(),
  maySubmit: z.boolean(),
  mayApprove: z.boolean(),
  mayRelease: z.boolean(),
});

export const ReportProductList = z.object({ items: z.array(ReportProductOut) });

export const productFileResponse = (what: string) => ({
  200: {
    description: `${what}; the x-content-sha256 header gives the SHA-256 of a released product's file`,
    content: {
      "*/*": { schema: z.unknown().meta({ type: "string", format: "binary" }) },
    },
  },
});
