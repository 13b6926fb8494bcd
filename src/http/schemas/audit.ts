/** Request schemas for reading the audit log. */
import { z } from "zod";
import { isoDateTime, storable } from "./common.js";

const timeRange = {
  from: isoDateTime.optional().describe("Entries written at or after this instant"),
  to: isoDateTime.optional().describe("Entries written before this instant"),
};

const auditFilters = {
  subject: storable(z.string().max(100))
    .optional()
    .describe(
      "What the entries are about: \"incident:<id>\" as stored, or an incident's or task's reference, a report's tracking number, a username",
    ),
  actor: storable(z.string().max(100))
    .optional()
    .describe('Who: a username, or "user:<username>", "public", "system:<name>" as stored'),
  action: storable(z.string().max(60))
    .optional()
    .describe('What: an action ("incident.transition") or its group ("incident")'),
  ...timeRange,
};

const inOrder = (q: { from?: Date; to?: Date }) => !q.from || !q.to || q.from < q.to;
const outOfOrder = { message: "from must be before to", path: ["to"] };

export const AuditQuery = z
  .strictObject({
    order: z
      .enum(["asc", "desc"])
      .default("asc")
      .describe("asc: oldest first, paged with `after`; desc: newest first, paged with `before`"),
    after: z.coerce.number().int().min(0).optional().describe("Entries after this sequence number"),
    before: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .describe("Entries before this sequence number"),
    ...auditFilters,
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .refine(inOrder, outOfOrder);

/** The export: the same filters, newest first, every matching entry. */
export const AuditExportQuery = z.strictObject(auditFilters).refine(inOrder, outOfOrder);

/** The export to check offline: a time range, every entry in it. */
export const AuditSliceQuery = z.strictObject(timeRange).refine(inOrder, outOfOrder);
