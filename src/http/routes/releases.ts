import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import {
  getPublicIncident,
  getRelease,
  listPublicIncidents,
  listReleases,
} from "../../services/releases.js";
import { cursor, idParams, limit } from "../schemas/common.js";
import { ReleaseListQuery } from "../schemas/incidents.js";
import { presentPublicIncident, presentRelease } from "../presenters/releases.js";
import { z } from "zod";
import {
  PublicIncident,
  PublicIncidentPage,
  Release,
  ReleasePage,
} from "../schemas/incidents-responses.js";

export function releaseRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/releases",
    {
      config: { tokenScope: "incidents:read" },
      schema: {
        summary: "Releases visible to the caller (parties: only once their instant has passed)",
        querystring: ReleaseListQuery,
        response: { 200: ReleasePage },
      },
    },
    async (req) => {
      const page = await listReleases(deps, req.actor, req.query);
      return {
        items: page.items.map((x) => presentRelease(x, req.actor)),
        nextCursor: page.nextCursor,
      };
    },
  );

  r.get(
    "/releases/:id",
    {
      config: { tokenScope: "incidents:read" },
      schema: {
        summary: "One release: the frozen content every recipient reads, and its SHA-256",
        params: idParams,
        response: { 200: Release },
      },
    },
    async (req) => presentRelease(await getRelease(deps, req.actor, req.params.id), req.actor),
  );
}

/** Published findings, without login. */
export function publicRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/public/incidents",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary: "Published findings (no login): public narrative, coordinates on a 0.1° grid",
        querystring: z.strictObject({ cursor, limit }),
        response: { 200: PublicIncidentPage },
      },
    },
    async (req) => {
      const page = await listPublicIncidents(deps, req.query);
      return { items: page.items.map(presentPublicIncident), nextCursor: page.nextCursor };
    },
  );

  r.get(
    "/public/incidents/:id",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary: "One published finding (no login)",
        params: idParams,
        response: { 200: PublicIncident },
      },
    },
    async (req) => presentPublicIncident(await getPublicIncident(deps, req.params.id)),
  );
}
