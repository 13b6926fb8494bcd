/**
 * Building blocks shared by the response schemas: what the presenters write, described once.
 * The serializer checks every answer against its schema and drops fields a schema does not name,
 * so each schema lists every field its presenter returns.
 */
import { z } from "zod";

/** An instant as the presenters write it (`Date.toISOString()`). */
export const isoTime = z.iso
  .datetime()
  .describe("ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z");

/** A point in WGS84 degrees. */
export const latLon = z.object({
  lat: z.number().describe("Latitude, WGS84 degrees"),
  lon: z.number().describe("Longitude, WGS84 degrees"),
});

/** A party's code as stored (the request schemas check its form on the way in). */
export const partyCodeOut = z.string().describe("A party code such as GNA or LNA");

/** Text in both interface languages. */
export const bilingual = z.object({ en: z.string(), ar: z.string() });

/** One page of a cursor-paged list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` to read the next page; null on the last page"),
  });
}

/** A list that is not paged. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** A record's id, as the database makes it. */
export const recordId = z.guid().describe("Record id (UUID)");

/** A CSV download's answer (RFC 4180, UTF-8, a header row), as `csvDownload` writes it. */
export function csvFile(rows: string) {
  return {
    description: `A CSV file (RFC 4180, UTF-8), one row per ${rows}, as a download`,
    content: { "text/csv": { schema: z.string() } },
  };
}
