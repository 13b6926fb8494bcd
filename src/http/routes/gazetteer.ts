/**
 * Keeping the gazetteer (issue 12): the places with all their names, adding a place, correcting a
 * position, merging duplicates, importing GeoNames, OpenStreetMap, GeoJSON or the project's files.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import {
  addPlace,
  correctPlacePosition,
  importGazetteerFile,
  listGazetteer,
  mergePlaces,
  placeById,
} from "../../services/gazetteer-admin.js";
import { presentPlaceRecord } from "../presenters/gazetteer.js";
import {
  GazetteerImportResult,
  PlaceRecord,
  PlaceRecordPage,
} from "../schemas/gazetteer-responses.js";
import {
  GazetteerListQuery,
  ImportBody,
  MergeBody,
  NewPlaceBody,
  PlaceParams,
  PositionBody,
} from "../schemas/places.js";

// Place files are larger than other requests: the Yemen GeoNames extract is 52 kB, a country's
// OpenStreetMap places a few MB.
const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

export function gazetteerRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/gazetteer/places",
    {
      schema: {
        summary:
          "The gazetteer's places with all their names, by name or matching q in either script (admin, chief, analyst)",
        querystring: GazetteerListQuery,
        response: { 200: PlaceRecordPage },
      },
    },
    async (req) => {
      const page = await listGazetteer(deps, req.actor, req.query);
      return { total: page.total, items: page.places.map(presentPlaceRecord) };
    },
  );

  r.get(
    "/gazetteer/places/:id",
    {
      schema: {
        summary:
          "One place; the id of a duplicate merged away answers with the place it was merged into",
        params: PlaceParams,
        response: { 200: PlaceRecord },
      },
    },
    async (req) => presentPlaceRecord(await placeById(deps, req.actor, req.params.id)),
  );

  r.post(
    "/gazetteer/places",
    {
      schema: {
        summary: "Add a place, named in Latin and Arabic script (admin, chief, analyst; audited)",
        body: NewPlaceBody,
        response: { 201: PlaceRecord },
      },
    },
    async (req, reply) => {
      const place = await addPlace(deps, req.actor, req.body);
      reply
        .status(201)
        .header("location", `/api/v1/gazetteer/places/${encodeURIComponent(place.id)}`);
      return presentPlaceRecord(place);
    },
  );

  r.post(
    "/gazetteer/places/:id/position",
    {
      schema: {
        summary:
          "Correct a place's position (admin, chief, analyst); the old one is kept in the audit entry",
        params: PlaceParams,
        body: PositionBody,
        response: { 200: PlaceRecord },
      },
    },
    async (req) =>
      presentPlaceRecord(await correctPlacePosition(deps, req.actor, req.params.id, req.body)),
  );

  r.post(
    "/gazetteer/merges",
    {
      schema: {
        summary:
          "Merge a duplicate into the place that stays: its names become variants, its id leads to the survivor (admin, chief; audited)",
        body: MergeBody,
        response: { 200: PlaceRecord },
      },
    },
    async (req) => presentPlaceRecord(await mergePlaces(deps, req.actor, req.body)),
  );

  r.post(
    "/gazetteer/imports",
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary:
          "Import a place file: the project's gazetteer JSON, GeoNames TSV, OpenStreetMap places CSV or GeoJSON points (admin, chief; audited)",
        description:
          "All or nothing: a file with any problem is refused (400 validation_failed) and " +
          "`details.problems` lists each with its `line` and `field`. Places whose id the " +
          "gazetteer holds already are left as they are, so importing a file again adds nothing.",
        body: ImportBody,
        response: { 200: GazetteerImportResult },
      },
    },
    async (req) => importGazetteerFile(deps, req.actor, req.body),
  );
}
