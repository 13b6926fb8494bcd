import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { EXPORT_ROW_CAP } from "../../domain/csv.js";
import { exportAuditLog, readAuditLog, verifyAuditFor } from "../../services/audit.js";
import type { Deps } from "../../services/deps.js";
import { csvDownload } from "../csv-download.js";
import { presentAuditCsv } from "../presenters/audit-csv.js";
import { AuditExportQuery, AuditQuery } from "../schemas/audit.js";
import { AuditPage, AuditVerification } from "../schemas/audit-responses.js";
import { csvFile } from "../schemas/responses.js";

export function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/audit",
    {
      config: { tokenScope: "audit:read" },
      schema: {
        summary: "Audit entries, oldest or newest first, by subject and time (auditor and chief)",
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (req) => {
      const q = req.query;
      const items = await readAuditLog(deps, req.actor, {
        order: q.order,
        afterSeq: q.after,
        beforeSeq: q.before,
        subject: q.subject,
        from: q.from,
        to: q.to,
        limit: q.limit,
      });
      const last = items.length === q.limit ? items[items.length - 1] : undefined;
      return {
        items,
        // The cursor of the next page: `after` oldest first, `before` newest first.
        nextAfter: last && q.order === "asc" ? last.seq : null,
        nextBefore: last && q.order === "desc" ? last.seq : null,
      };
    },
  );

  r.get(
    "/audit.csv",
    {
      config: { tokenScope: "audit:read" },
      schema: {
        summary: `The entries of the log (same filters), newest first, as CSV, at most ${EXPORT_ROW_CAP.toLocaleString("en")} rows`,
        querystring: AuditExportQuery,
        response: { 200: csvFile("audit entry") },
      },
    },
    async (req, reply) => {
      const { entries, timeZone } = await exportAuditLog(deps, req.actor, req.query);
      return csvDownload(reply, "audit-log", deps.clock(), presentAuditCsv(entries, timeZone));
    },
  );

  r.get(
    "/audit/verify",
    {
      config: { tokenScope: "audit:read" },
      schema: {
        summary: "Recompute the audit chain and check every audited row",
        response: { 200: AuditVerification },
      },
    },
    async (req) => {
      return verifyAuditFor(deps, req.actor);
    },
  );
}
