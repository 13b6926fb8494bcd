import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listAgreements } from "../../services/agreements.js";
import type { Deps } from "../../services/deps.js";
import { presentAgreement } from "../presenters/agreements.js";
import { AgreementList } from "../schemas/reference-responses.js";

export function agreementRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/agreements",
    {
      config: { tokenScope: "agreements:read" },
      schema: {
        summary: "Agreements in force and their provisions (public texts; any logged-in user)",
        response: { 200: AgreementList },
      },
    },
    async (req) => ({ items: (await listAgreements(deps, req.actor)).map(presentAgreement) }),
  );
}
