import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import {
  incidentMap,
  incidentTimeExtentFor,
  reportMap,
  reportTimeExtentFor,
} from "../../services/map.js";
import {
  incidentPointProperties,
  presentMapView,
  presentTimeExtent,
  reportPointProperties,
} from "../presenters/map.js";
import { IncidentMapQuery, ReportMapQuery } from "../schemas/map.js";
import { IncidentMap, ReportMap, TimeExtent } from "../schemas/analysis-responses.js";

const GEOJSON = "application/geo+json; charset=utf-8";

export function mapRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/reports.geojson",
    {
      schema: {
        summary: "Located reports visible to the caller as GeoJSON; grid clusters when many",
        querystring: ReportMapQuery,
        response: {
          200: {
            description: "A GeoJSON FeatureCollection (RFC 7946)",
            content: { "application/geo+json": { schema: ReportMap } },
          },
        },
      },
      config: { tokenScope: "reports:read" },
    },
    async (req, reply) => {
      const view = await reportMap(deps, req.actor, req.query);
      reply.type(GEOJSON);
      return presentMapView(view, reportPointProperties);
    },
  );

  r.get(
    "/incidents.geojson",
    {
      schema: {
        summary: "Located incidents visible to the caller as GeoJSON; grid clusters when many",
        querystring: IncidentMapQuery,
        response: {
          200: {
            description: "A GeoJSON FeatureCollection (RFC 7946)",
            content: { "application/geo+json": { schema: IncidentMap } },
          },
        },
      },
      config: { tokenScope: "incidents:read" },
    },
    async (req, reply) => {
      const view = await incidentMap(deps, req.actor, req.query);
      reply.type(GEOJSON);
      return presentMapView(view, incidentPointProperties);
    },
  );

  r.get(
    "/map/reports/time-extent",
    {
      schema: {
        summary:
          "When the located reports visible to the caller happened (earliest end, latest start)",
        response: { 200: TimeExtent },
      },
      config: { tokenScope: "reports:read" },
    },
    async (req) => presentTimeExtent(await reportTimeExtentFor(deps, req.actor)),
  );

  r.get(
    "/map/incidents/time-extent",
    {
      schema: {
        summary:
          "When the located incidents visible to the caller happened (earliest end, latest start)",
        response: { 200: TimeExtent },
      },
      config: { tokenScope: "incidents:read" },
    },
    async (req) => presentTimeExtent(await incidentTimeExtentFor(deps, req.actor)),
  );
}
