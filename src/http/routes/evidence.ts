import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ACCEPTED_EVIDENCE_KINDS } from "../../domain/evidence.js";
import type { Deps } from "../../services/deps.js";
import {
  downloadEvidence,
  getEvidence,
  reportWithEvidence,
  uploadEvidence,
} from "../../services/evidence.js";
import { Evidence, EvidenceDetail, EvidenceList } from "../schemas/reports-responses.js";
import { idParams } from "../schemas/common.js";
import { readFileForm } from "../multipart-form.js";
import { EVIDENCE_FILE_FIELD, EvidenceUploadFields } from "../schemas/evidence.js";
import {
  evidenceContentHeaders,
  presentEvidence,
  presentEvidenceDetail,
} from "../presenters/evidence.js";

export interface EvidenceRouteOptions {
  /** Largest evidence file accepted, in bytes. */
  maxBytes: number;
}

export function evidenceRoutes(app: FastifyInstance, deps: Deps, opts: EvidenceRouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/reports/:id/evidence",
    {
      config: { tokenScope: "evidence:create" },
      schema: {
        summary: "Attach a file to a report as evidence (multipart/form-data)",
        description:
          "One file in the form field `file`; an optional text field `note`, sent before the file. " +
          `The type is detected from the bytes: ${ACCEPTED_EVIDENCE_KINDS}. ` +
          "The answer carries the SHA-256 the file is stored under.",
        params: idParams,
        response: { 201: Evidence },
      },
      // Refused before the whole file arrived (not logged in, too large…), the rest of the upload
      // is not read: close the connection, as Fastify does for its own body errors, so the client
      // does not send its next request after unread bytes.
      onSend: async (req, reply) => {
        if (!req.raw.complete) reply.header("connection", "close");
      },
    },
    async (req, reply) => {
      const upload = await readFileForm(req, {
        field: EVIDENCE_FILE_FIELD,
        maxBytes: opts.maxBytes,
        schema: EvidenceUploadFields,
        missing: `Attach the file in a multipart form field named "${EVIDENCE_FILE_FIELD}".`,
      });
      const item = await uploadEvidence(deps, req.actor, {
        reportId: req.params.id,
        content: upload.file.file,
        originalName: upload.file.filename,
        note: upload.fields.note,
        maxBytes: opts.maxBytes,
      });
      reply.status(201).header("location", `/api/v1/evidence/${item.id}`);
      return presentEvidence(item);
    },
  );

  r.get(
    "/reports/:id/evidence",
    {
      config: { tokenScope: "evidence:read" },
      schema: {
        summary: "A report's evidence: metadata and SHA-256 hashes",
        params: idParams,
        response: { 200: EvidenceList },
      },
    },
    async (req) => {
      const { evidence } = await reportWithEvidence(deps, req.actor, req.params.id);
      return { items: evidence.map(presentEvidence) };
    },
  );

  r.get(
    "/evidence/:id",
    {
      config: { tokenScope: "evidence:read" },
      schema: {
        summary: "One evidence item's metadata, with its custody log for the mission and auditor",
        params: idParams,
        response: { 200: EvidenceDetail },
      },
    },
    async (req) =>
      presentEvidenceDetail(await getEvidence(deps, req.actor, req.params.id), req.actor),
  );

  r.get(
    "/evidence/:id/content",
    {
      config: { tokenScope: "evidence:read" },
      // A HEAD request would run the handler and record a download that delivered no bytes.
      exposeHeadRoute: false,
      schema: {
        summary: "Download the original file; the download is recorded in its custody log",
        params: idParams,
        response: {
          200: {
            description:
              "The original bytes as a download, in their detected media type (image/jpeg, video/mp4, application/pdf …); the x-content-sha256 header gives the hash they were stored under",
            content: {
              // A stream of bytes: never serialized, only described.
              "*/*": { schema: z.unknown().meta({ type: "string", format: "binary" }) },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const { item, content } = await downloadEvidence(deps, req.actor, req.params.id);
      return reply.headers(evidenceContentHeaders(item)).send(content);
    },
  );
}
