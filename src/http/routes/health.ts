import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Engine } from "../../store/database.js";
import type { Deps } from "../../services/deps.js";
import { VERSION } from "../../version.js";

export function healthRoutes(app: FastifyInstance, _deps: Deps, engine: Engine) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/health",
    {
      schema: {
        summary: "Liveness and which database engine serves the data",
        response: {
          200: z.object({
            status: z.literal("ok"),
            database: z.enum(["pglite", "postgres"]),
            version: z.string(),
          }),
        },
      },
    },
    async () => ({ status: "ok" as const, database: engine, version: VERSION }),
  );
}
