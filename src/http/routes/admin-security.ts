/** Administrators: the list of users, other users' sessions, resetting a second factor, and the emergency modes. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import { setReadOnly } from "../../services/read-only.js";
import { listUserSessions, revokeAllSessions, revokeSession } from "../../services/sessions.js";
import { resetSecondFactor } from "../../services/totp.js";
import { listUsersForAdmin } from "../../services/user-admin.js";
import { UserListQuery } from "../schemas/user-admin.js";
import { SESSION_COOKIE } from "../context.js";
import { presentSession, presentUserOverview } from "../presenters/accounts.js";
import { ReadOnlyBody, ReasonBody } from "../schemas/accounts.js";
import { idParams } from "../schemas/common.js";
import {
  NoContent,
  ReadOnlyState,
  RevokedEverything,
  SessionList,
  UserOverviewList,
} from "../schemas/account-responses.js";

export function adminSecurityRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/admin/users",
    {
      schema: {
        summary:
          "The users, filtered: role, party, team, second factor, active sessions, last login (admin; no secrets)",
        querystring: UserListQuery,
        response: { 200: UserOverviewList },
      },
    },
    async (req) => {
      const users = await listUsersForAdmin(deps, req.actor, req.query);
      return { items: users.map(presentUserOverview) };
    },
  );

  r.get(
    "/admin/users/:id/sessions",
    {
      schema: {
        summary: "A user's active sessions (admin)",
        params: idParams,
        response: { 200: SessionList },
      },
    },
    async (req) => {
      const items = await listUserSessions(deps, req.actor, req.params.id);
      const current = req.credential?.kind === "session" ? req.credential.id : null;
      return { items: items.map((s) => presentSession(s, current)) };
    },
  );

  r.delete(
    "/admin/sessions/:id",
    {
      schema: {
        summary: "End any user's session (admin)",
        params: idParams,
        response: { 204: NoContent },
      },
      config: { duringReadOnly: true },
    },
    async (req, reply) => {
      await revokeSession(deps, req.actor, req.params.id, { asAdmin: true });
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/admin/users/:id/second-factor/reset",
    {
      schema: {
        summary: "Remove a user's second factor (a lost phone); they enrol again at next login",
        params: idParams,
        body: ReasonBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await resetSecondFactor(deps, req.actor, req.params.id, req.body.reason);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/admin/emergency/read-only",
    {
      schema: {
        summary: "Switch read-only mode on or off: while on, every change is refused",
        body: ReadOnlyBody,
        response: { 200: ReadOnlyState },
      },
      config: { duringReadOnly: true },
    },
    async (req) => setReadOnly(deps, req.actor, req.body),
  );

  r.post(
    "/admin/emergency/revoke-all-sessions",
    {
      schema: {
        summary: "End every session and revoke every API token, yours included",
        body: ReasonBody,
        response: { 200: RevokedEverything },
      },
      config: { duringReadOnly: true },
    },
    async (req, reply) => {
      const counts = await revokeAllSessions(deps, req.actor, req.body.reason);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return counts;
    },
  );
}
