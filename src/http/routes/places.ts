import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import { placesNamed } from "../../services/places.js";
import { PlaceSearchQuery } from "../schemas/places.js";
import { PlaceList } from "../schemas/reference-responses.js";

export function placeRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/places",
    {
      schema: {
        summary: "Search the gazetteer by Arabic or Latin name, best match first",
        querystring: PlaceSearchQuery,
        response: { 200: PlaceList },
      },
      config: { tokenScope: "places:read" },
    },
    // The hits are gazetteer data, the same for every caller: no per-viewer presenter needed.
    async (req) => ({ items: await placesNamed(deps, req.actor, req.query) }),
  );
}
