import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../services/deps.js";
import {
  addStep,
  incidentEnforcement,
  issueNotice,
  listNotices,
} from "../../services/enforcement.js";
import { presentNotice, presentStep } from "../presenters/enforcement.js";
import { idParams } from "../schemas/common.js";
import {
  EnforcementStep,
  Notice,
  NoticeBody,
  NoticeList,
  NoticeListQuery,
  StepBody,
} from "../schemas/enforcement.js";

/** The enforcement ladder after a finding of violation (decision 0017). */
export function enforcementRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/incidents/:id/enforcement",
    {
      config: { tokenScope: "incidents:read" },
      schema: {
        summary: "An incident's formal notices and their ladders, as this viewer may read them",
        params: idParams,
        response: { 200: NoticeList },
      },
    },
    async (req) => ({
      items: (await incidentEnforcement(deps, req.actor, req.params.id)).map(presentNotice),
    }),
  );

  r.post(
    "/incidents/:id/enforcement",
    {
      schema: {
        summary: "Issue a formal notice to the party a released finding of violation names (chief)",
        params: idParams,
        body: NoticeBody,
        response: {
          201: Notice,
          200: Notice.describe("A retry with the same content: the notice already issued"),
        },
      },
    },
    async (req, reply) => {
      const { notice, created } = await issueNotice(deps, req.actor, req.params.id, req.body);
      reply.status(created ? 201 : 200);
      return presentNotice(notice);
    },
  );

  r.post(
    "/enforcement/:id/steps",
    {
      schema: {
        summary:
          "Add the next step to a notice's ladder: response, referral, decision, referral to the mandating body, correction",
        params: idParams,
        body: StepBody,
        response: { 201: EnforcementStep },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return presentStep(await addStep(deps, req.actor, req.params.id, req.body));
    },
  );

  r.get(
    "/enforcement",
    {
      config: { tokenScope: "incidents:read" },
      schema: {
        summary: "Formal notices this viewer reads, nearest deadline first",
        querystring: NoticeListQuery,
        response: { 200: NoticeList.extend({ count: z.number().int() }) },
      },
    },
    async (req) => {
      const items = (await listNotices(deps, req.actor, req.query)).map(presentNotice);
      return { items, count: items.length };
    },
  );
}
