import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  addProvision,
  createAgreement,
  listAgreements,
  provisionHistory,
  retireProvision,
  reviseProvision,
  updateAgreement,
} from "../../services/agreements.js";
import { importAgreements } from "../../services/agreement-import.js";
import type { Deps } from "../../services/deps.js";
import {
  presentAgreement,
  presentProvision,
  presentProvisionHistory,
} from "../presenters/agreements.js";
import {
  CreateAgreementBody,
  ImportAgreementsBody,
  NewProvisionBody,
  ProvisionVersionsQuery,
  RetireProvisionBody,
  ReviseProvisionBody,
  UpdateAgreementBody,
} from "../schemas/agreements.js";
import { idParams } from "../schemas/common.js";
import {
  Agreement,
  AgreementList,
  ImportSummary,
  Provision,
  ProvisionHistory,
} from "../schemas/reference-responses.js";

const EDITORS = "(chief, admin; audited)";

export function agreementRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/agreements",
    {
      config: { tokenScope: "agreements:read" },
      schema: {
        summary: "Agreements in force and their provisions (public texts; any logged-in user)",
        response: { 200: AgreementList },
      },
    },
    async (req) => ({ items: (await listAgreements(deps, req.actor)).map(presentAgreement) }),
  );

  r.post(
    "/agreements",
    {
      schema: {
        summary: `Record an agreement with its provisions, each at version 1 ${EDITORS}`,
        body: CreateAgreementBody,
        response: { 201: Agreement },
      },
    },
    async (req, reply) => {
      const agreement = await createAgreement(deps, req.actor, req.body);
      reply.status(201);
      return presentAgreement(agreement);
    },
  );

  r.post(
    "/agreements/import",
    {
      schema: {
        summary: `Import an agreements.json file: created, new versions, or no change ${EDITORS}`,
        description:
          "One transaction: a problem anywhere refuses the whole file with a 400 " +
          "`validation_failed` whose details.problems give file, line, column, path and message. " +
          "The same file twice changes nothing; a changed wording is a new provision version.",
        body: ImportAgreementsBody,
        response: { 200: ImportSummary },
      },
    },
    async (req) => importAgreements(deps, req.actor, req.body),
  );

  r.patch(
    "/agreements/:id",
    {
      schema: {
        summary: `Change an agreement's titles, dates or authoritative language ${EDITORS}`,
        params: idParams,
        body: UpdateAgreementBody,
        response: { 200: Agreement },
      },
    },
    async (req) =>
      presentAgreement(await updateAgreement(deps, req.actor, { id: req.params.id }, req.body)),
  );

  r.post(
    "/agreements/:id/provisions",
    {
      schema: {
        summary: `Add a provision to an agreement ${EDITORS}`,
        params: idParams,
        body: NewProvisionBody,
        response: { 201: Provision },
      },
    },
    async (req, reply) => {
      const provision = await addProvision(deps, req.actor, { id: req.params.id }, req.body);
      reply.status(201);
      return presentProvision(provision);
    },
  );

  r.get(
    "/provisions/:id/versions",
    {
      schema: {
        summary:
          "A provision's every wording, with who recorded it, when and why (any logged-in user)",
        description:
          "Findings cite a provision's code; the wording they cite is the version in force when " +
          "the finding was drafted: pass the finding's drafting time as `at`.",
        params: idParams,
        querystring: ProvisionVersionsQuery,
        response: { 200: ProvisionHistory },
      },
    },
    async (req) =>
      presentProvisionHistory(
        await provisionHistory(deps, req.actor, { id: req.params.id }, req.query.at),
      ),
  );

  r.post(
    "/provisions/:id/versions",
    {
      schema: {
        summary: `Record a new wording of a provision; the old one stays readable ${EDITORS}`,
        params: idParams,
        body: ReviseProvisionBody,
        response: { 201: Provision },
      },
    },
    async (req, reply) => {
      const provision = await reviseProvision(deps, req.actor, { id: req.params.id }, req.body);
      reply.status(201);
      return presentProvision(provision);
    },
  );

  r.post(
    "/provisions/:id/retire",
    {
      schema: {
        summary: `Retire a provision: new findings may no longer cite it ${EDITORS}`,
        params: idParams,
        body: RetireProvisionBody,
        response: { 200: Provision },
      },
    },
    async (req) =>
      presentProvision(await retireProvision(deps, req.actor, { id: req.params.id }, req.body)),
  );
}
