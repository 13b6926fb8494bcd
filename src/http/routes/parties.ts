import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireUser } from "../../services/access.js";
import type { Deps } from "../../services/deps.js";
import { listParties } from "../../services/parties.js";
import { PartyList } from "../schemas/reference-responses.js";

export function partyRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/parties",
    {
      schema: {
        summary:
          "The parties to the agreements: code, full and short names in each language, map colour (any logged-in user)",
        response: { 200: PartyList },
      },
    },
    async (req) => {
      requireUser(req.actor);
      const parties = await listParties(deps);
      return {
        items: parties.map((p) => ({
          code: p.code,
          nameEn: p.nameEn,
          nameAr: p.nameAr,
          shortEn: p.shortEn ?? p.code,
          shortAr: p.shortAr ?? p.nameAr,
          colour: p.colour,
        })),
      };
    },
  );
}
