import type { FastifyInstance } from "fastify";
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
  IncidentListQuery,
  MergeReportBody,
  TransitionBody,
} from "../schemas/incidents.js";
import { presentFinding, presentIncident, presentIncidentDetail } from "../presenters/incidents.js";

export function incidentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/incidents",
    {
      schema: {
        summary: "Triage: open an incident from untriaged reports",
        body: CreateIncidentBody,
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
    { schema: { summary: "List incidents visible to the caller", querystring: IncidentListQuery } },
    async (req) => {
      const q = req.query;
      const page = await listIncidents(deps, req.actor, {
        state: q.state,
        category: q.category,
        occurredFrom: q.from,
        occurredTo: q.to,
        cursor: q.cursor,
        limit: q.limit,
      });
      return {
        items: page.items.map((i) => presentIncident(i, req.actor)),
        nextCursor: page.nextCursor,
      };
    },
  );

  r.get(
    "/incidents/:id",
    {
      schema: {
        summary: "One incident with its reports, findings and the caller's next actions",
        params: idParams,
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
      schema: { summary: "Move the case to another state", params: idParams, body: TransitionBody },
    },
    async (req) =>
      presentIncidentDetail(
        await transitionIncident(deps, req.actor, req.params.id, req.body.to, req.body.note),
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
      },
    },
    async (req, reply) => {
      const finding = await addFinding(deps, req.actor, req.params.id, req.body);
      reply.status(201);
      return presentFinding(finding, req.actor);
    },
  );
}
