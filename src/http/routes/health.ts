import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Engine } from "../../store/database.js";
import type { Deps } from "../../services/deps.js";
import { checkReady } from "../../services/health.js";
import { readOnlyState } from "../../services/read-only.js";
import { VERSION } from "../../version.js";

/** Like every health route: reachable by anyone, any token, at any stage of logging in. */
const OPEN = {
  tokenScope: "any",
  duringEnrolment: true,
  duringPasswordChange: true,
  auth: "none",
} as const;

export function healthRoutes(app: FastifyInstance, deps: Deps, engine: Engine) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    "/health/live",
    {
      config: OPEN,
      schema: {
        summary: "Liveness: the process runs and answers (the database is not asked)",
        response: { 200: z.object({ status: z.literal("ok") }) },
      },
    },
    async () => ({ status: "ok" as const }),
  );
  api.get(
    "/health/ready",
    {
      config: OPEN,
      schema: {
        summary: "Readiness: the database answers within 2 s; else 503 `not_ready`",
        response: { 200: z.object({ status: z.literal("ready") }) },
      },
    },
    async () => {
      await checkReady(deps);
      return { status: "ready" as const };
    },
  );
  api.get(
    "/health",
    {
      config: OPEN,
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
