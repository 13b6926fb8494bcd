import type { FastifyInstance } from "fastify";
import { csvDownload } from "../csv-download.js";
import { languageOfRequest } from "../request-language.js";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import {
  addFinding,
  createIncident,
  getIncident,
  listIncidents,
  mergeReport,
  transitionIncident,
} from "../../services/incidents.js";
import { idParams } from "../schemas/common.js";
import {
  CreateIncidentBody,
  FindingBody,
  IncidentExportQuery,
  IncidentListQuery,
  MergeReportBody,
  TransitionBody,
  ClassifyIncidentBody,
  ReplyBody,
} from "../schemas/incidents.js";
import { classifyIncident } from "../../services/classification.js";
import { getReplyDraft, submitReply } from "../../services/replies.js";
import { presentDraft, presentReply } from "../presenters/releases.js";
import { EXPORT_ROW_CAP } from "../../domain/csv.js";
import { exportIncidents } from "../../services/incident-export.js";
import { presentIncidentsCsv } from "../presenters/incidents-csv.js";
import {
  presentFinding,
  presentIncident,
  presentIncidentDetail,
  presentIncidentListItem,
} from "../presenters/incidents.js";
import {
  Finding,
  Incident,
  IncidentDetail,
  IncidentPage,
  Reply,
  ReplyDraft,
} from "../schemas/incidents-responses.js";
import { csvFile } from "../schemas/responses.js";

/** The list's query as the shared filter (IncidentMatch) with its order. */
function incidentFilterOf(q: Omit<IncidentExportQuery, "lang">) {
  const { from, to, nearLineKm, zone, side, district, ...rest } = q;
  return {
    ...rest,
    occurredFrom: from,
    occurredTo: to,
    geo: { nearLineKm, zone, side, district },
  };
}

export function incidentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/incidents",
    {
      schema: {
        summary: "Triage: open an incident from untriaged reports",
        body: CreateIncidentBody,
        response: { 201: Incident },
      },
    },
    async (req, reply) => {
      const incident = await createIncident(deps, req.actor, req.body);
      reply.status(201).header("location", `/api/v1/incidents/${incident.id}`);
      return presentIncident(incident, req.actor);
    },
  );

  r.get(
    "/incidents",
    {
      config: { tokenScope: "incidents:read" },
      schema: {
        summary: "List incidents visible to the caller",
        querystring: IncidentListQuery,
        response: { 200: IncidentPage },
      },
    },
    async (req) => {
      const { cursor, limit, ...q } = req.query;
      const page = await listIncidents(deps, req.actor, { ...incidentFilterOf(q), cursor, limit });
      return {
        items: page.items.map((i) => presentIncidentListItem(i, req.actor)),
        nextCursor: page.nextCursor,
      };
    },
  );

  r.get(
    "/incidents.csv",
    {
      config: { tokenScope: "incidents:read" },
      schema: {
        summary: `Every incident of the list (same filters and order) as CSV, at most ${EXPORT_ROW_CAP.toLocaleString("en")} rows`,
        querystring: IncidentExportQuery,
        response: { 200: csvFile("incident") },
      },
    },
    async (req, reply) => {
      const { lang, ...filters } = req.query;
      const { rows, timeZone } = await exportIncidents(deps, req.actor, incidentFilterOf(filters));
      const language = lang ?? languageOfRequest(req.headers["accept-language"]);
      return csvDownload(
        reply,
        "incidents",
        deps.clock(),
        presentIncidentsCsv(rows, req.actor, language, timeZone),
      );
    },
  );

  r.get(
    "/incidents/:id",
    {
      config: { tokenScope: "incidents:read" },
      schema: {
        summary: "One incident with its reports, findings and the caller's next actions",
        params: idParams,
        response: { 200: IncidentDetail },
      },
    },
    async (req) =>
      presentIncidentDetail(await getIncident(deps, req.actor, req.params.id), req.actor),
  );

  r.post(
    "/incidents/:id/reports",
    {
      schema: {
        summary: "Triage: merge a duplicate report into this incident",
        params: idParams,
        body: MergeReportBody,
        response: { 200: Incident },
      },
    },
    async (req) =>
      presentIncident(
        await mergeReport(deps, req.actor, req.params.id, req.body.reportId, req.body.reason),
        req.actor,
      ),
  );

  r.post(
    "/incidents/:id/transitions",
    {
      schema: {
        summary: "Move the case to another state",
        params: idParams,
        body: TransitionBody,
        response: { 200: IncidentDetail },
      },
    },
    async (req) =>
      presentIncidentDetail(
        await transitionIncident(deps, req.actor, req.params.id, req.body.to, req.body.note, {
          replyDeadline: req.body.replyDeadline,
          releaseAt: req.body.releaseAt,
        }),
        req.actor,
      ),
  );

  r.post(
    "/incidents/:id/findings",
    {
      schema: {
        summary: "Draft a new version of the finding",
        params: idParams,
        body: FindingBody,
        response: { 201: Finding },
      },
    },
    async (req, reply) => {
      const finding = await addFinding(deps, req.actor, req.params.id, req.body);
      reply.status(201);
      return presentFinding(finding, req.actor);
    },
  );

  r.post(
    "/incidents/:id/classification",
    {
      schema: {
        summary: "Chief: reclassify an incident (who may read it, which parties, embargo)",
        params: idParams,
        body: ClassifyIncidentBody,
        response: { 200: Incident },
      },
    },
    async (req) =>
      presentIncident(await classifyIncident(deps, req.actor, req.params.id, req.body), req.actor),
  );

  r.get(
    "/incidents/:id/draft",
    {
      config: { tokenScope: "incidents:read" },
      schema: {
        summary: "Right of reply: the draft finding (without sources) and the reply deadline",
        params: idParams,
        response: { 200: ReplyDraft },
      },
    },
    async (req) => presentDraft(await getReplyDraft(deps, req.actor, req.params.id), req.actor),
  );

  r.post(
    "/incidents/:id/replies",
    {
      schema: {
        summary: "Right of reply: a party's reply to the draft finding, before the deadline",
        params: idParams,
        body: ReplyBody,
        response: { 201: Reply },
      },
    },
    async (req, reply) => {
      const r = await submitReply(deps, req.actor, req.params.id, req.body);
      reply.status(201);
      return presentReply(r);
    },
  );
}
