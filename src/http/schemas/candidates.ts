/** Request schema for same-event candidates. */
import { z } from "zod";

export const CandidateQuery = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .describe("How many candidates (1–100)"),
  maxKm: z.coerce
    .number()
    .positive()
    .max(500)
    .optional()
    .describe("Search radius in km around a located report (default 50)"),
  maxGapHours: z.coerce
    .number()
    .min(0)
    .max(24 * 14)
    .optional()
    .describe("How far apart in time the event windows may be, in hours (default 24)"),
});
