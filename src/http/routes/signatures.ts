/** Signed envelopes of releases, and the mission's published keys and checkpoints (0020). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import { publishedKeys } from "../../services/signing-keys.js";
import {
  publishedCheckpoints,
  signedPublicIncident,
  signedRelease,
} from "../../services/signing.js";
import { presentCheckpoint, presentKey } from "../presenters/signatures.js";
import { idParams } from "../schemas/common.js";
import {
  CheckpointPage,
  CheckpointQuery,
  PublishedKeys,
  SignedEnvelope,
} from "../schemas/signatures.js";

const download = (name: string) => `attachment; filename="${name}.cfm-signed.json"`;

export function signatureRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/releases/:id/signed",
    {
      config: { tokenScope: "incidents:read" },
      schema: {
        summary:
          "One release as a signed envelope (cfm-signed/1): its frozen content, signature and checkpoint; check it with `cfm verify`",
        params: idParams,
        response: { 200: SignedEnvelope },
      },
    },
    async (req, reply) => {
      const envelope = await signedRelease(deps, req.actor, req.params.id);
      void reply.header("content-disposition", download(`release-${req.params.id}`));
      return envelope;
    },
  );

  r.get(
    "/public/incidents/:id/signed",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary: "An incident's published finding as a signed envelope (no login)",
        params: idParams,
        response: { 200: SignedEnvelope },
      },
    },
    async (req, reply) => {
      const envelope = await signedPublicIncident(deps, req.params.id);
      void reply.header("content-disposition", download(`incident-${req.params.id}`));
      return envelope;
    },
  );

  r.get(
    "/public/keys",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary:
          "The mission's signing keys (no login): public halves, with when each was rotated or revoked",
        response: { 200: PublishedKeys },
      },
    },
    async () => ({ items: (await publishedKeys(deps)).map(presentKey) }),
  );

  r.get(
    "/public/checkpoints",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary:
          "Signed checkpoints of the audit log's head (no login), newest first: keep one to detect a rewritten history later",
        querystring: CheckpointQuery,
        response: { 200: CheckpointPage },
      },
    },
    async (req) => {
      const page = await publishedCheckpoints(deps, req.query);
      return { items: page.items.map(presentCheckpoint), nextBeforeSeq: page.nextBeforeSeq };
    },
  );
}
