import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { readAuditLog, verifyAuditFor } from "../../services/audit.js";
import type { Deps } from "../../services/deps.js";

const AuditQuery = z.strictObject({
  after: z.coerce.number().int().min(0).optional().describe("Entries after this sequence number"),
  subject: z.string().max(100).optional().describe('e.g. "incident:<id>"'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/audit",
    {
      config: { tokenScope: "audit:read" },
      schema: {
        summary: "Audit entries, oldest first (auditor and chief)",
        querystring: AuditQuery,
      },
    },
    async (req) => {
      const items = await readAuditLog(deps, req.actor, {
        afterSeq: req.query.after,
        subject: req.query.subject,
        limit: req.query.limit,
      });
      const last = items[items.length - 1];
      return { items, nextAfter: items.length === req.query.limit && last ? last.seq : null };
    },
  );

  r.get(
    "/audit/verify",
    {
      config: { tokenScope: "audit:read" },
      schema: { summary: "Recompute the audit chain and check every audited row" },
    },
    async (req) => {
      return verifyAuditFor(deps, req.actor);
    },
  );
}
