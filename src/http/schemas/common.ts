/** Building blocks shared by the request schemas. */
import { z } from "zod";

/** Text as people type it: trimmed, no NUL characters (PostgreSQL text cannot hold them). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes("\u0000"), "must not contain NUL characters");

export const uuid = z.uuid();

/**
 * The instants the API takes at all: far wider than any record (the domain's own rules, such as
 * impossible_time for reports, say what is plausible), narrow enough that date arithmetic (a day
 * after, a window before) stays a date the database accepts.
 */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(9000, 0, 1);

export const isoDateTime = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() >= EARLIEST && d.getTime() < LATEST, {
    message: "must be between the years 1000 and 8999",
  })
  .describe("ISO 8601 date-time with a time zone, e.g. 2020-01-14T21:00:00Z");

export const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(200)
  .default(50)
  .describe("Page size (1–200)");
export const cursor = z
  .string()
  .max(200)
  .optional()
  .describe("Opaque cursor from the previous page's nextCursor");

export const idParams = z.strictObject({ id: uuid });

export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
