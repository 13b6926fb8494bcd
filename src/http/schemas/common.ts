/** Building blocks shared by the request schemas. */
import { z } from "zod";

/** Half of a UTF-16 surrogate pair without its other half: not Unicode text at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the database stores `v` exactly as sent (see `storable`). */
export const isStorable = (v: string) => !v.includes("\u0000") && !LONE_SURROGATE.test(v);

/**
 * Text the database stores exactly as sent: no NUL character (PostgreSQL text cannot hold one)
 * and no lone surrogate half (not Unicode; it would be stored changed, or refused by a JSON
 * parameter). Every free-text field of a request goes through this.
 */
export const storable = (s: z.ZodString) =>
  s
    .refine((v) => !v.includes("\u0000"), "must not contain NUL characters")
    .refine(
      (v) => !LONE_SURROGATE.test(v),
      "must be valid Unicode text (a lone surrogate was sent)",
    );

/** Text as people type it: trimmed, not empty, storable. */
export const text = (max: number) => storable(z.string().trim().min(1).max(max));

/** A party's short code, as used throughout the API. */
export const partyCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,15}$/, "a party code such as GNA or LNA");

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
