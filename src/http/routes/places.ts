import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import { placeLabels, placesNamed } from "../../services/places.js";
import { PlaceLabelQuery, PlaceSearchQuery } from "../schemas/places.js";
import { PlaceLabelList, PlaceList } from "../schemas/reference-responses.js";

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

  r.get(
    "/places/labels",
    {
      schema: {
        summary:
          "The places the map names in a view: in the box, of the kinds named at the zoom, the most important first (kind, then population), capped",
        querystring: PlaceLabelQuery,
        response: { 200: PlaceLabelList },
      },
      config: { tokenScope: "places:read" },
    },
    // Gazetteer data, the same for every caller.
    async (req) => ({ items: await placeLabels(deps, req.actor, req.query) }),
  );
}
