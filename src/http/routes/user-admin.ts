/** Administrators: creating users and teams, changing them, disabling users; a new user's enrolment link. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import { createTeam, listTeams, updateTeam } from "../../services/teams.js";
import {
  createUserWithLink,
  createUserWithPassword,
  newEnrolmentLink,
  redeemEnrolmentLink,
  setInitialPassword,
  setUserDisabled,
  updateUserAssignmentAsAdmin,
} from "../../services/user-admin.js";
import {
  Enrolled,
  EnrolmentLinkAnswer,
  InitialPasswordSet,
  NoContent,
  TeamAnswer,
  TeamList,
  UserCreated,
  UserStateChanged,
} from "../schemas/account-responses.js";
import { idParams } from "../schemas/common.js";
import {
  EnrolmentBody,
  InitialPasswordBody,
  NewTeamBody,
  NewUserBody,
  teamParams,
  TeamChangeBody,
  UserChangeBody,
  UserStateBody,
} from "../schemas/user-admin.js";

export function userAdminRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/admin/users",
    {
      schema: {
        summary:
          "Create a user; answers a one-time enrolment link with which they choose their password, or, given an initial password, no link: the user must change that password at first log-in (admin)",
        body: NewUserBody,
        response: { 201: UserCreated },
      },
    },
    async (req, reply) => {
      const { initialPassword, ...fields } = req.body;
      if (initialPassword !== undefined) {
        const res = await createUserWithPassword(deps, req.actor, { ...fields, initialPassword });
        return reply
          .status(201)
          .send({ id: res.id, enrolment: null, passwordChangeRequired: true });
      }
      const res = await createUserWithLink(deps, req.actor, fields);
      return reply.status(201).send({
        id: res.id,
        enrolment: { token: res.link.token, expiresAt: res.link.expiresAt.toISOString() },
        passwordChangeRequired: false,
      });
    },
  );

  r.patch(
    "/admin/users/:id",
    {
      schema: {
        summary: "Change a user's display name, role, party or team (admin)",
        params: idParams,
        body: UserChangeBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await updateUserAssignmentAsAdmin(deps, req.actor, req.params.id, req.body);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/admin/users/:id/disable",
    {
      schema: {
        summary: "Disable a user: they cannot log in; their sessions and API tokens end (admin)",
        params: idParams,
        body: UserStateBody,
        response: { 200: UserStateChanged },
      },
      config: { duringReadOnly: true },
    },
    async (req) =>
      setUserDisabled(deps, req.actor, req.params.id, { disabled: true, reason: req.body.reason }),
  );

  r.post(
    "/admin/users/:id/enable",
    {
      schema: {
        summary: "Enable a disabled user again (admin)",
        params: idParams,
        body: UserStateBody,
        response: { 200: UserStateChanged },
      },
    },
    async (req) =>
      setUserDisabled(deps, req.actor, req.params.id, { disabled: false, reason: req.body.reason }),
  );

  r.post(
    "/admin/users/:id/enrolment-link",
    {
      schema: {
        summary: "A new one-time enrolment link for a user; earlier links stop working (admin)",
        params: idParams,
        response: { 200: EnrolmentLinkAnswer },
      },
    },
    async (req) => {
      const link = await newEnrolmentLink(deps, req.actor, req.params.id);
      return { token: link.token, expiresAt: link.expiresAt.toISOString() };
    },
  );

  r.post(
    "/admin/users/:id/initial-password",
    {
      schema: {
        summary:
          "Give a user a new initial password, which they must change at the next log-in; their sessions and enrolment links end, their second factor stays (admin)",
        params: idParams,
        body: InitialPasswordBody,
        response: { 200: InitialPasswordSet },
      },
    },
    async (req) => setInitialPassword(deps, req.actor, req.params.id, req.body),
  );

  r.post(
    "/auth/enrolment",
    {
      schema: {
        summary:
          "Follow an enrolment link: choose a password (once). Then log in with it and set up a second factor",
        body: EnrolmentBody,
        response: { 200: Enrolled },
      },
      config: { auth: "none" },
    },
    async (req) => redeemEnrolmentLink(deps, req.body),
  );

  r.get(
    "/admin/teams",
    {
      schema: {
        summary: "Every team with its area (sectors), need-to-know and member count (admin)",
        response: { 200: TeamList },
      },
    },
    async (req) => ({ items: await listTeams(deps, req.actor) }),
  );

  r.post(
    "/admin/teams",
    {
      schema: {
        summary: "Create a team with its area of responsibility (admin)",
        body: NewTeamBody,
        response: { 201: TeamAnswer },
      },
    },
    async (req, reply) => reply.status(201).send(await createTeam(deps, req.actor, req.body)),
  );

  r.patch(
    "/admin/teams/:code",
    {
      schema: {
        summary: "Change a team's names, area or need-to-know (admin)",
        params: teamParams,
        body: TeamChangeBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await updateTeam(deps, req.actor, req.params.code, req.body);
      return reply.status(204).send(null);
    },
  );
}
