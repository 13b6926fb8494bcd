import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Engine } from "../../store/database.js";
import type { Deps } from "../../services/deps.js";
import { readOnlyState } from "../../services/read-only.js";
import { VERSION } from "../../version.js";

export function healthRoutes(app: FastifyInstance, deps: Deps, engine: Engine) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/health",
    {
      config: {
        tokenScope: "any",
        duringEnrolment: true,
        duringPasswordChange: true,
        auth: "none",
      },
      schema: {
        summary: "Liveness, which database engine serves the data, and whether it is read-only",
        response: {
          200: z.object({
            status: z.literal("ok"),
            database: z.enum(["pglite", "postgres"]),
            version: z.string(),
            readOnly: z.object({
              enabled: z.boolean(),
              reason: z.string().nullable(),
              since: z.string().nullable(),
            }),
          }),
        },
      },
    },
    async () => {
      const { enabled, reason, since } = await readOnlyState(deps.db);
      return {
        status: "ok" as const,
        database: engine,
        version: VERSION,
        readOnly: { enabled, reason, since },
      };
    },
  );
}
