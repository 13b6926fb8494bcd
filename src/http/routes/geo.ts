import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { DomainError } from "../../domain/errors.js";
import { formParts } from "../multipart-form.js";
import { LAYER_FILE_TYPES } from "../../domain/geo/version-input.js";
import type { Deps } from "../../services/deps.js";
import {
  addLayerVersion,
  createLayer,
  endLayerVersion,
  exportLayerVersion,
  getLayer,
  listLayers,
} from "../../services/geo.js";
import { evaluateLocation } from "../../services/geo-evaluations.js";
import { markDisputedParts, sendLayerVersionToCommission } from "../../services/line-of-contact.js";
import { presentEvaluation, presentLayer, presentLayerVersion } from "../presenters/geo.js";
import {
  CreateLayerBody,
  DisputedPartsBody,
  EndVersionBody,
  EvaluateQuery,
  LAYER_FILE_FIELD,
  LayerExportParams,
  LayerListQuery,
  LayerParams,
  LayerVersionBody,
  LayerVersionParams,
  LayerVersionUploadFields,
  SendToCommissionBody,
} from "../schemas/geo.js";
import {
  Evaluation,
  Layer,
  LayerFile,
  LayerList,
  LayerVersion,
  SentToCommission,
} from "../schemas/geo-responses.js";

/** Largest layer file accepted: a detailed line of contact is a few hundred kB. */
const MAX_LAYER_FILE_BYTES = 10 * 1024 * 1024;

export function geoRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/geo/layers",
    {
      schema: {
        summary: "Geo layers with their versions (no geometry; export a version for that)",
        querystring: LayerListQuery,
        response: { 200: LayerList },
      },
    },
    async (req) => ({ items: (await listLayers(deps, req.actor, req.query)).map(presentLayer) }),
  );

  r.post(
    "/geo/layers",
    {
      schema: {
        summary: "Define a geo layer (analyst, chief)",
        body: CreateLayerBody,
        response: { 201: Layer },
      },
    },
    async (req, reply) => {
      const layer = await createLayer(deps, req.actor, req.body);
      reply.status(201).header("location", `/api/v1/geo/layers/${layer.id}`);
      return presentLayer(layer);
    },
  );

  r.get(
    "/geo/layers/:id",
    {
      schema: {
        summary: "One geo layer with its versions",
        params: LayerParams,
        response: { 200: Layer },
      },
    },
    async (req) => presentLayer(await getLayer(deps, req.actor, req.params.id)),
  );

  r.post(
    "/geo/layers/:id/versions",
    {
      schema: {
        summary: "Add a version of a layer: JSON with a GeoJSON geometry, or a file upload",
        description:
          "JSON: the fields of LayerVersionBody, `geometry` a GeoJSON geometry in [lon, lat]. " +
          `Upload (multipart/form-data): the file (${LAYER_FILE_TYPES}, one feature) in the field ` +
          "`file` and the same fields as form fields; a field left out may come from the file's " +
          "properties (an exported version re-imports as it is). A version that starts after the " +
          "layer's open-ended one ends it; overlapping validity is refused. Invalid geometry is " +
          "a 400 `invalid_geometry` whose details say where each problem is.",
        params: LayerParams,
        response: { 201: LayerVersion },
      },
    },
    async (req, reply) => {
      const input = req.isMultipart() ? await readLayerUpload(req) : parseJson(req.body);
      const version = await addLayerVersion(deps, req.actor, req.params.id, input);
      reply
        .status(201)
        .header("location", `/api/v1/geo/layers/${req.params.id}/versions/${version.version}`);
      return presentLayerVersion(version);
    },
  );

  r.post(
    "/geo/layers/:id/versions/:v/end",
    {
      schema: {
        summary: "End an open-ended version's validity (audited; set once)",
        params: LayerVersionParams,
        body: EndVersionBody,
        response: { 200: LayerVersion },
      },
    },
    async (req) =>
      presentLayerVersion(
        await endLayerVersion(deps, req.actor, req.params.id, req.params.v, req.body.validTo),
      ),
  );

  r.post(
    "/geo/layers/:id/versions/:v/commission",
    {
      schema: {
        summary: "Send a proposed version to the joint commission (its chair, the chief)",
        description:
          "Puts the version on the meeting's agenda and proposes a decision to adopt it as the " +
          "agreed version from `from` (decision 0019). When each delegation's head has signed, " +
          "the version becomes agreed from that date; a dissent leaves it proposed.",
        params: LayerVersionParams,
        body: SendToCommissionBody,
        response: { 201: SentToCommission },
      },
    },
    async (req, reply) => {
      const sent = await sendLayerVersionToCommission(
        deps,
        req.actor,
        req.params.id,
        req.params.v,
        req.body,
      );
      const layer = await getLayer(deps, req.actor, req.params.id);
      reply.status(201).header("location", `/api/v1/commission/meetings/${sent.meetingId}`);
      return { decisionId: sent.decisionId, meetingId: sent.meetingId, layer: presentLayer(layer) };
    },
  );

  r.put(
    "/geo/layers/:id/versions/:v/disputed",
    {
      schema: {
        summary: "Mark the disputed parts of a proposed line of contact (analyst, chief)",
        description:
          "Replaces the version's disputed parts by the parts of its line at these positions " +
          "(decision 0019). Only while the version is proposed and not awaiting the " +
          "delegations' signatures (409 conflict); audited; the evaluations are recomputed.",
        params: LayerVersionParams,
        body: DisputedPartsBody,
        response: { 200: Layer },
      },
    },
    async (req) =>
      presentLayer(
        await markDisputedParts(deps, req.actor, req.params.id, req.params.v, req.body.parts),
      ),
  );

  r.get(
    "/geo/layers/:id/versions/:file",
    {
      schema: {
        summary: "Export one version as GeoJSON (<v>.geojson) or KML (<v>.kml)",
        params: LayerExportParams,
        response: { 200: LayerFile },
      },
    },
    async (req, reply) => {
      const [v, format] = req.params.file.split(".") as [string, "geojson" | "kml"];
      const file = await exportLayerVersion(deps, req.actor, req.params.id, Number(v), format);
      return reply
        .header("content-type", `${file.contentType}; charset=utf-8`)
        .header("content-disposition", `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );

  r.get(
    "/geo/evaluate",
    {
      schema: {
        summary: "Evaluate a point at a time against the layers valid then",
        querystring: EvaluateQuery,
        response: { 200: Evaluation },
      },
    },
    async (req) => presentEvaluation(await evaluateLocation(deps, req.actor, req.query)),
  );
}

function parseJson(body: unknown) {
  return checked(LayerVersionBody, body, "body");
}

function checked<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
  const first = issues[0];
  throw new DomainError(
    "validation_failed",
    `The request ${what} is not valid: ${first?.field ? `${first.field}: ` : ""}${first?.message ?? "invalid"}`,
    { issues },
  );
}

/** The file and the text fields of a multipart upload, in any order. */
async function readLayerUpload(req: FastifyRequest) {
  const fields: Record<string, string> = {};
  let file: { name: string; text: string } | null = null;
  const parts = formParts(req, { fileSize: MAX_LAYER_FILE_BYTES, files: 1, fields: 20 });
  for await (const part of parts) {
    if (part.type === "file") {
      if (part.fieldname !== LAYER_FILE_FIELD) {
        part.file.resume();
        continue;
      }
      const content = await part.toBuffer();
      file = { name: part.filename, text: content.toString("utf8") };
    } else if (typeof part.value === "string") {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file) {
    throw new DomainError(
      "validation_failed",
      `Attach the layer file (${LAYER_FILE_TYPES}) in a multipart form field named "${LAYER_FILE_FIELD}".`,
      { field: LAYER_FILE_FIELD },
    );
  }
  return { ...checked(LayerVersionUploadFields, fields, "form"), file };
}
