import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  FILE_EXTENSION,
  MEDIA_TYPE,
  OPEN_DATA_FORMATS,
} from "../../domain/open-data/export-formats.js";
import { contextEventsForMap } from "../../services/context-events.js";
import type { Deps } from "../../services/deps.js";
import { publicOpenData } from "../../services/open-data-export.js";
import { openDataChanges } from "../../services/open-data-feed.js";
import {
  getImport,
  listImports,
  MAX_IMPORT_BYTES,
  startImport,
} from "../../services/open-data-import.js";
import { idParams } from "../schemas/common.js";
import { readFileForm } from "../multipart-form.js";
import {
  ContextEventMap,
  ContextEventsQuery,
  DataImportDetail,
  DataImportList,
  DataImportOut,
  IMPORT_FILE_FIELD,
  ImportDetailQuery,
  ImportFormFields,
  OpenDataChangePage,
  OpenDataChangesQuery,
  OpenDataFormatParams,
} from "../schemas/open-data.js";
import { presentChangePage, presentContextMap, presentImport } from "../presenters/open-data.js";

/** Open data without login: the exports and the changes feed (decision 0021). */
export function publicOpenDataRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/public/open-data/changes",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary: "Changes to the open data in order: created, updated, withdrawn (no login)",
        description:
          "Apply each change in order (put the record, or delete it on `withdrawn`) and keep `nextCursor`: the result is the current export.",
        querystring: OpenDataChangesQuery,
        response: { 200: OpenDataChangePage },
      },
    },
    async (req) => presentChangePage(await openDataChanges(deps, req.query.since, req.query.limit)),
  );

  r.get(
    "/public/open-data/:format",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary: `The published incidents as open data (no login): ${OPEN_DATA_FORMATS.join(", ")}`,
        description:
          "What the public may see: public releases whose instant and embargo have passed, coordinates on the public grid, public narratives only. Streamed.",
        params: OpenDataFormatParams,
        response: {
          200: {
            description: "A CSV file (ACLED, UCDP GED, HXL) or a GeoJSON FeatureCollection",
            // A stream of text: never serialized, only described.
            content: {
              "text/csv": { schema: z.unknown().meta({ type: "string" }) },
              "application/geo+json": { schema: z.unknown().meta({ type: "string" }) },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const { format } = req.params;
      return reply
        .type(MEDIA_TYPE[format])
        .header(
          "content-disposition",
          `attachment; filename="open-data-${format}.${FILE_EXTENSION[format]}"`,
        )
        .send(Readable.from(publicOpenData(deps, format)));
    },
  );
}

/** Imports of other datasets' files and their context events (the mission's roles). */
export function openDataImportRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/open-data/imports",
    {
      schema: {
        summary: "Upload an ACLED or UCDP GED file to import (multipart/form-data); read as a job",
        description:
          "Text fields `dataset` and `target` first, then the file in `file`. The answer is the import, queued: poll it for progress and its per-row problems.",
        response: { 201: DataImportOut },
      },
      onSend: async (req, reply) => {
        if (!req.raw.complete) reply.header("connection", "close");
      },
    },
    async (req, reply) => {
      const { file, fields } = await readFileForm(req, {
        field: IMPORT_FILE_FIELD,
        maxBytes: MAX_IMPORT_BYTES,
        schema: ImportFormFields,
        missing: `Attach the file in a multipart form field named "${IMPORT_FILE_FIELD}", after the fields dataset and target.`,
      });
      const imp = await startImport(deps, req.actor, {
        ...fields,
        fileName: file.filename,
        content: file.file,
      });
      reply.status(201).header("location", `/api/v1/open-data/imports/${imp.id}`);
      return presentImport(imp);
    },
  );

  r.get(
    "/open-data/imports",
    {
      schema: {
        summary: "The latest imports",
        response: { 200: DataImportList },
      },
    },
    async (req) => ({ items: (await listImports(deps, req.actor, 50)).map(presentImport) }),
  );

  r.get(
    "/open-data/imports/:id",
    {
      schema: {
        summary: "One import: its progress, counts and the rows refused (line, column, reason)",
        params: idParams,
        querystring: ImportDetailQuery,
        response: { 200: DataImportDetail },
      },
    },
    async (req) => {
      const d = await getImport(deps, req.actor, req.params.id, req.query);
      return { import: presentImport(d.import), problems: d.problems };
    },
  );

  r.get(
    "/context-events.geojson",
    {
      schema: {
        summary: "Imported context events (ACLED, UCDP GED) as GeoJSON, for the map's own layer",
        querystring: ContextEventsQuery,
        response: {
          200: {
            description: "A GeoJSON FeatureCollection (RFC 7946)",
            content: { "application/geo+json": { schema: ContextEventMap } },
          },
        },
      },
    },
    async (req, reply) => {
      const view = await contextEventsForMap(deps, req.actor, req.query);
      reply.type("application/geo+json");
      return presentContextMap(view);
    },
  );
}
