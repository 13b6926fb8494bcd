/** Request schemas for the gazetteer. */
import { z } from "zod";
import { text } from "./common.js";

export const PlaceSearchQuery = z.strictObject({
  q: text(200).describe(
    "A place name in Arabic or Latin script; spelling variants, diacritics and the article al-/ال are tolerated",
  ),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe("How many places (1–50)"),
});
