import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../services/deps.js";
import { search } from "../../services/search.js";
import { text } from "../schemas/common.js";
import { SearchResult } from "../schemas/analysis-responses.js";

const SearchQuery = z.strictObject({
  q: text(200).describe(
    "Words to find, in Arabic or English; every word must occur (a place name also finds its other names), or a tracking id or reference",
  ),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(25)
    .describe("Most results of each type (1–100)"),
});

export function searchRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/search",
    {
      schema: {
        summary:
          "Search reports and incidents the caller may see (Arabic spelling variants and place-name variants match; a tracking id or reference finds its record first)",
        querystring: SearchQuery,
        response: { 200: SearchResult },
      },
    },
    async (req) => {
      const result = await search(deps, req.actor, req.query);
      return {
        query: req.query.q,
        normalized: result.normalized,
        truncated: result.truncated,
        exact: result.exact,
        items: result.items.map((h) => ({ ...h, occurredFrom: h.occurredFrom.toISOString() })),
      };
    },
  );
}
