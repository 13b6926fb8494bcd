import type { FastifyInstance } from "fastify";
import { csvDownload } from "../csv-download.js";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { csvFile } from "../schemas/responses.js";
import {
  amendReport,
  closeReportOutOfScope,
  createReport,
  listReports,
} from "../../services/reports.js";
import type { Deps } from "../../services/deps.js";
import { reportWithEvidence } from "../../services/evidence.js";
import { idParams } from "../schemas/common.js";
import {
  AmendmentBody,
  CloseReportBody,
  IdempotencyHeaders,
  ReportBody,
  ReportExportQuery,
  ReportListQuery,
} from "../schemas/reports.js";
import { EXPORT_ROW_CAP } from "../../domain/csv.js";
import { exportReports } from "../../services/report-export.js";
import { presentReportsCsv } from "../presenters/reports-csv.js";
import { presentReceipt, presentReceiptStatus, presentReport } from "../presenters/reports.js";
import { receiptFor, statusByReceipt } from "../../services/receipts.js";
import { presentReportWithEvidence } from "../presenters/evidence.js";
import {
  ReceiptStatus,
  Report,
  ReportPage,
  ReportReceipt,
  ReportWithEvidence,
} from "../schemas/reports-responses.js";

/** The list's query as the report filter (ReportMatch). */
function reportFilterOf(q: ReportExportQuery) {
  const { from, to, nearLineKm, zone, side, district, ...rest } = q;
  return { ...rest, occurredFrom: from, occurredTo: to, geo: { nearLineKm, zone, side, district } };
}

export function reportRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/reports",
    {
      // The public form files without logging in; a logged-in user files as themselves.
      config: { tokenScope: "reports:create", auth: "optional" },
      schema: {
        summary: "File a report (party complaint, monitor observation, public report …)",
        body: ReportBody,
        headers: IdempotencyHeaders,
        response: {
          201: z
            .union([Report, ReportReceipt])
            .describe("Filed: the report, or for the public form a receipt"),
          200: z
            .union([Report, ReportReceipt])
            .describe("A retry with the same Idempotency-Key: the same report"),
        },
      },
    },
    async (req, reply) => {
      const { report, replayed } = await createReport(deps, req.actor, req.body, {
        idempotencyKey: req.headers["idempotency-key"],
      });
      reply.status(replayed ? 200 : 201).header("location", `/api/v1/reports/${report.id}`);
      return req.actor.kind === "public"
        ? presentReceipt(report, await receiptFor(deps, report))
        : presentReport(report, req.actor);
    },
  );

  r.get(
    "/reports",
    {
      config: { tokenScope: "reports:read" },
      schema: {
        summary: "List reports visible to the caller, newest first",
        querystring: ReportListQuery,
        response: { 200: ReportPage },
      },
    },
    async (req) => {
      const { cursor, limit, ...q } = req.query;
      const page = await listReports(deps, req.actor, { ...reportFilterOf(q), cursor, limit });
      return {
        items: page.items.map((x) => presentReport(x, req.actor)),
        nextCursor: page.nextCursor,
      };
    },
  );

  r.get(
    "/reports.csv",
    {
      config: { tokenScope: "reports:read" },
      schema: {
        summary: `Every report of the list (same filters and order) as CSV, at most ${EXPORT_ROW_CAP.toLocaleString("en")} rows`,
        querystring: ReportExportQuery,
        response: { 200: csvFile("report") },
      },
    },
    async (req, reply) => {
      const { reports, timeZone } = await exportReports(deps, req.actor, reportFilterOf(req.query));
      return csvDownload(
        reply,
        "reports",
        deps.clock(),
        presentReportsCsv(reports, req.actor, timeZone),
      );
    },
  );

  r.get(
    "/reports/:id",
    {
      config: { tokenScope: "reports:read" },
      schema: {
        summary: "One report, with its evidence hashes",
        params: idParams,
        response: { 200: ReportWithEvidence },
      },
    },
    async (req) => {
      // Source fields go to analysts, reviewers and the chief, and each such read is audited.
      const read = await reportWithEvidence(deps, req.actor, req.params.id, { withSources: true });
      return presentReportWithEvidence(read, req.actor);
    },
  );

  r.post(
    "/reports/:id/amendments",
    {
      config: { tokenScope: "reports:create" },
      schema: {
        summary: "Amend a report: stores a new version linked to the old one",
        params: idParams,
        body: AmendmentBody,
        response: { 201: Report },
      },
    },
    async (req, reply) => {
      const report = await amendReport(deps, req.actor, req.params.id, req.body);
      reply.status(201);
      return presentReport(report, req.actor);
    },
  );

  r.post(
    "/reports/:id/close",
    {
      schema: {
        summary: "Triage: close a report as out of scope, with a reason",
        params: idParams,
        body: CloseReportBody,
        response: { 200: Report },
      },
    },
    async (req) =>
      presentReport(
        await closeReportOutOfScope(deps, req.actor, req.params.id, req.body.reason),
        req.actor,
      ),
  );

  r.get(
    "/public/receipts/:code",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary: "The status of a report filed by the public, by its receipt code (no login)",
        params: z.strictObject({ code: z.string().min(1).max(80).describe("The receipt code") }),
        response: { 200: ReceiptStatus },
      },
    },
    async (req) => presentReceiptStatus(await statusByReceipt(deps, req.params.code)),
  );
}
