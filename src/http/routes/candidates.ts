import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { reportCandidates } from "../../services/candidates.js";
import type { Deps } from "../../services/deps.js";
import { presentCandidates } from "../presenters/candidates.js";
import { CandidateQuery } from "../schemas/candidates.js";
import { idParams } from "../schemas/common.js";
import { Candidates } from "../schemas/analysis-responses.js";

export function candidateRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/reports/:id/candidates",
    {
      schema: {
        summary:
          "Triage: incidents and untriaged reports most likely describing the same event, scored with reasons",
        params: idParams,
        querystring: CandidateQuery,
        response: { 200: Candidates },
      },
      config: { tokenScope: "reports:read" },
    },
    async (req) => {
      const { subject, items } = await reportCandidates(deps, req.actor, req.params.id, req.query);
      return presentCandidates(subject, items);
    },
  );
}
