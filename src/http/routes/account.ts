/** The caller's own sessions and API tokens. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/api-tokens.js";
import type { Deps } from "../../services/deps.js";
import { listOwnSessions, revokeSession } from "../../services/sessions.js";
import { SESSION_COOKIE } from "../context.js";
import { presentApiToken, presentSession } from "../presenters/accounts.js";
import { ApiTokenBody } from "../schemas/accounts.js";
import { idParams } from "../schemas/common.js";
import { ApiTokenList, NewApiToken, NoContent, SessionList } from "../schemas/account-responses.js";

export function accountRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/auth/sessions",
    {
      schema: {
        summary: "Your active sessions; `current` marks the one making this request",
        response: { 200: SessionList },
      },
    },
    async (req) => {
      const items = await listOwnSessions(deps, req.actor);
      const current = req.credential?.kind === "session" ? req.credential.id : null;
      return { items: items.map((s) => presentSession(s, current)) };
    },
  );

  r.delete(
    "/auth/sessions/:id",
    {
      schema: {
        summary: "End one of your sessions",
        params: idParams,
        response: { 204: NoContent },
      },
      config: { duringReadOnly: true },
    },
    async (req, reply) => {
      await revokeSession(deps, req.actor, req.params.id);
      if (req.credential?.kind === "session" && req.credential.id === req.params.id) {
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
      }
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/auth/tokens",
    {
      schema: {
        summary: "Your API tokens (never their secrets), newest first",
        response: { 200: ApiTokenList },
      },
    },
    async (req) => {
      const items = await listApiTokens(deps, req.actor);
      const now = deps.clock();
      return { items: items.map((t) => presentApiToken(t, now)) };
    },
  );

  r.post(
    "/auth/tokens",
    {
      schema: {
        summary:
          "Create an API token for a machine client; the token is in this answer only, store it now",
        body: ApiTokenBody,
        response: { 201: NewApiToken },
      },
    },
    async (req, reply) => {
      const { token, apiToken } = await createApiToken(deps, req.actor, req.body);
      reply.status(201);
      return { ...presentApiToken(apiToken, deps.clock()), token };
    },
  );

  r.delete(
    "/auth/tokens/:id",
    {
      schema: {
        summary: "Revoke one of your API tokens",
        params: idParams,
        response: { 204: NoContent },
      },
      config: { duringReadOnly: true },
    },
    async (req, reply) => {
      await revokeApiToken(deps, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
