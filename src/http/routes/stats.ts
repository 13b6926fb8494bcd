import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../services/deps.js";
import { dashboardStats, type DashboardStats } from "../../services/stats.js";
import { isoDateTime } from "../schemas/common.js";
import { Dashboard } from "../schemas/analysis-responses.js";

const DashboardQuery = z.strictObject({
  at: isoDateTime
    .optional()
    .describe("Reference instant: 'today' is its day in the mission's time zone (default: now)"),
});

function presentDashboard(s: DashboardStats) {
  return {
    reference: { ...s.reference, at: s.reference.at.toISOString() },
    includesReports: s.includesReports,
    latestEventAt: s.latestEventAt?.toISOString() ?? null,
    entryIntoForce: s.entryIntoForce?.toISOString() ?? null,
    windows: s.windows,
    trend: s.trend,
  };
}

export function statsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/stats/dashboard",
    {
      schema: {
        summary: "Dashboard counts and daily trend, within what the caller may see",
        querystring: DashboardQuery,
        response: { 200: Dashboard },
      },
    },
    async (req) => presentDashboard(await dashboardStats(deps, req.actor, { at: req.query.at })),
  );
}
