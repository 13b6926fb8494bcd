import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireUser } from "../../services/access.js";
import { listDelegations, setDelegation } from "../../services/delegations.js";
import type { Deps } from "../../services/deps.js";
import { createParty, listParties, updateParty } from "../../services/parties.js";
import { presentDelegation, presentParty } from "../presenters/agreements.js";
import {
  CreatePartyBody,
  DelegationBody,
  PartyParams,
  UpdatePartyBody,
} from "../schemas/agreements.js";
import { DelegationList, Party, PartyList } from "../schemas/reference-responses.js";

export function partyRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/parties",
    {
      schema: {
        summary:
          "The parties to the agreements: code, full and short names in each language, map colour (any logged-in user)",
        response: { 200: PartyList },
      },
    },
    async (req) => {
      requireUser(req.actor);
      return { items: (await listParties(deps)).map(presentParty) };
    },
  );

  r.post(
    "/parties",
    {
      schema: {
        summary: "Add a party (admin; audited). Its code never changes afterwards",
        body: CreatePartyBody,
        response: { 201: Party },
      },
    },
    async (req, reply) => {
      const party = await createParty(deps, req.actor, req.body);
      reply.status(201);
      return presentParty(party);
    },
  );

  r.patch(
    "/parties/:code",
    {
      schema: {
        summary: "Change a party's names, short names or colour (admin; audited)",
        params: PartyParams,
        body: UpdatePartyBody,
        response: { 200: Party },
      },
    },
    async (req) =>
      presentParty(await updateParty(deps, req.actor, { code: req.params.code, ...req.body })),
  );

  r.get(
    "/delegations",
    {
      schema: {
        summary:
          "The joint body's delegations (admin, chief and the chair: all; a party's commission members and liaisons: their own)",
        response: { 200: DelegationList },
      },
    },
    async (req) => ({ items: (await listDelegations(deps, req.actor)).map(presentDelegation) }),
  );

  r.put(
    "/delegations/:code",
    {
      schema: {
        summary: "Set a party's delegation: its members and head (admin; audited)",
        params: PartyParams,
        body: DelegationBody,
        response: { 200: DelegationList },
      },
    },
    async (req) => ({
      items: (await setDelegation(deps, req.actor, req.params.code, req.body)).map(
        presentDelegation,
      ),
    }),
  );
}
