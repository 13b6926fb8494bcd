import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import { incidentHistory } from "../../services/incident-history.js";
import { idParams } from "../schemas/common.js";
import { IncidentHistory } from "../schemas/audit-responses.js";

export function incidentHistoryRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/incidents/:id/history",
    {
      schema: {
        summary: "One incident's history from the audit log (the mission's case roles)",
        params: idParams,
        response: { 200: IncidentHistory },
      },
    },
    async (req) => ({ items: await incidentHistory(deps, req.actor, req.params.id) }),
  );
}
