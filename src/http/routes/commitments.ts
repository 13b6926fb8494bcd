import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  commitmentScoreboard,
  getCommitment,
  listCommitmentAnchors,
  listCommitmentsFor,
  recordObservation,
  setCommitmentAnchor,
} from "../../services/commitment-reads.js";
import {
  listPublicCommitments,
  publicCommitmentScoreboard,
} from "../../services/public-commitments.js";
import {
  changeCommitmentStatus,
  createCommitment,
  editCommitment,
} from "../../services/commitments.js";
import { openBreachIncident } from "../../services/commitment-deadlines.js";
import type { Deps } from "../../services/deps.js";
import {
  presentCommitment,
  presentCommitmentView,
  presentObservation,
  presentPublicCommitment,
} from "../presenters/commitments.js";
import {
  AnchorBody,
  CommitmentBody,
  CommitmentListQuery,
  ObservationBody,
  PublicCommitmentQuery,
  StatusBody,
} from "../schemas/commitments.js";
import {
  Anchor,
  AnchorList,
  BreachIncident,
  Commitment,
  CommitmentDetail,
  CommitmentPage,
  ObservationResponse,
  PublicCommitmentPage,
  PublicScoreboard,
  Scoreboard,
} from "../schemas/commitments-responses.js";
import { idParams } from "../schemas/common.js";
import { IdempotencyHeaders } from "../schemas/reports.js";

/** Commitments and confidence-building measures (issue 13; decision 0015). */
export function commitmentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/commitments",
    {
      schema: {
        summary:
          "Commitments you may read, soonest due first, a page at a time (a party: its own and the public)",
        querystring: CommitmentListQuery,
        response: { 200: CommitmentPage },
      },
    },
    async (req) => {
      const page = await listCommitmentsFor(deps, req.actor, req.query);
      return {
        items: page.items.map((v) =>
          presentCommitment(v.commitment, v.provisionCode, v.visibleDependencies),
        ),
        nextCursor: page.nextCursor,
        total: page.total,
      };
    },
  );

  r.post(
    "/commitments",
    {
      schema: {
        summary: "Enter a commitment or confidence-building measure (the chief, an analyst)",
        headers: IdempotencyHeaders,
        body: CommitmentBody,
        response: {
          201: Commitment,
          200: Commitment.describe("A retry with the same Idempotency-Key: the same commitment"),
        },
      },
    },
    async (req, reply) => {
      const { commitment, replayed } = await createCommitment(deps, req.actor, req.body, {
        idempotencyKey: req.headers["idempotency-key"],
      });
      reply.status(replayed ? 200 : 201).header("location", `/api/v1/commitments/${commitment.id}`);
      return presentCommitment(commitment, req.body.provisionCode);
    },
  );

  r.get(
    "/commitments/scoreboard",
    {
      schema: {
        summary: "Per party and per clause: due, met, late, disputed (of what you may read)",
        response: { 200: Scoreboard },
      },
    },
    async (req) => commitmentScoreboard(deps, req.actor),
  );

  r.get(
    "/public/commitments/scoreboard",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary:
          "The public scoreboard (no login): commitments marked public, as they stood when the release rules let the public have them",
        response: { 200: PublicScoreboard },
      },
    },
    async () => {
      const board = await publicCommitmentScoreboard(deps);
      return { ...board, asOf: board.asOf.toISOString() };
    },
  );

  r.get(
    "/public/commitments",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary:
          "The public commitments (no login), soonest due first, as they stood when the release rules let the public have them",
        querystring: PublicCommitmentQuery,
        response: { 200: PublicCommitmentPage },
      },
    },
    async (req) => {
      const page = await listPublicCommitments(deps, req.query);
      return {
        asOf: page.asOf.toISOString(),
        items: page.items.map(presentPublicCommitment),
        nextCursor: page.nextCursor,
      };
    },
  );

  r.get(
    "/commitments/:id",
    {
      schema: {
        summary: "One commitment: deadlines, phases, dependencies both ways, observations",
        params: idParams,
        response: { 200: CommitmentDetail },
      },
    },
    async (req) => presentCommitmentView(await getCommitment(deps, req.actor, req.params.id)),
  );

  r.put(
    "/commitments/:id",
    {
      schema: {
        summary: "Edit a commitment (the chief, an analyst); its status stays",
        params: idParams,
        body: CommitmentBody,
        response: { 200: CommitmentDetail },
      },
    },
    async (req) => {
      await editCommitment(deps, req.actor, req.params.id, req.body);
      return presentCommitmentView(await getCommitment(deps, req.actor, req.params.id));
    },
  );

  r.post(
    "/commitments/:id/status",
    {
      schema: {
        summary: "Move a commitment's status, or mark a phase met (the chief, an analyst)",
        params: idParams,
        body: StatusBody,
        response: { 200: CommitmentDetail },
      },
    },
    async (req) => {
      await changeCommitmentStatus(deps, req.actor, req.params.id, req.body);
      return presentCommitmentView(await getCommitment(deps, req.actor, req.params.id));
    },
  );

  r.post(
    "/commitments/:id/observations",
    {
      schema: {
        summary: "Record progress with evidence (monitors, analysts, the chief, commission)",
        params: idParams,
        headers: IdempotencyHeaders,
        body: ObservationBody,
        response: { 201: ObservationResponse },
      },
    },
    async (req, reply) => {
      const o = await recordObservation(deps, req.actor, req.params.id, req.body, {
        idempotencyKey: req.headers["idempotency-key"],
      });
      reply.status(201);
      const mission =
        req.actor.kind === "user" && !req.actor.party && req.actor.role !== "commission";
      return presentObservation(o, mission);
    },
  );

  r.post(
    "/commitments/:id/breach-incident",
    {
      schema: {
        summary:
          "Open an incident (taxonomy class E) for an overdue or reversed commitment (the chief)",
        params: idParams,
        response: { 201: BreachIncident },
      },
    },
    async (req, reply) => {
      const out = await openBreachIncident(deps, req.actor, req.params.id);
      reply.status(201).header("location", `/api/v1/incidents/${out.incidentId}`);
      return out;
    },
  );

  r.get(
    "/commitment-anchors",
    {
      schema: {
        summary: "The anchor events deadlines count from (D = the signature)",
        response: { 200: AnchorList },
      },
    },
    async (req) => ({ items: await listCommitmentAnchors(deps, req.actor) }),
  );

  r.put(
    "/commitment-anchors",
    {
      schema: {
        summary: "Add an anchor event or set its date; deadlines counted from it follow",
        body: AnchorBody,
        response: { 200: Anchor },
      },
    },
    async (req) => setCommitmentAnchor(deps, req.actor, req.body),
  );
}
