/**
 * A new version of a layer, from a JSON body (a GeoJSON geometry) or an uploaded GeoJSON or KML
 * file, checked with the same rules as a layer file import (layer-io.ts): every problem is
 * reported, and a geometry problem says where it is.
 */
import { DomainError } from "../errors.js";
import { DISPUTED_PROPERTY, lineOfContactOfFeatures } from "./disputed-parts.js";
import type { BBox } from "./geojson.js";
import { kmlToGeoJSON, type RawFeature } from "./kml.js";
import { readLayerFeatures, type FeatureIssue, type LayerVersionInput } from "./layer-io.js";
import type { LayerKind } from "./layers.js";

/** The layer the version belongs to: kind, name and the kind's fields live on the layer. */
export interface LayerFields {
  kind: LayerKind;
  name: string;
  nameAr: string | null;
  party: string | null;
  weaponClasses: string[];
}

/** Version fields as sent (dates already parsed); a file's properties fill what is missing. */
export interface VersionFields {
  validFrom?: Date;
  validTo?: Date;
  status?: string;
  claimedBy?: string;
  source?: string;
  leftParty?: string;
  rightParty?: string;
  behindSide?: string;
}

export type GeometrySource = { geometry: unknown } | { file: { name: string; text: string } };

export const LAYER_FILE_TYPES = ".geojson, .json or .kml";

/**
 * Reads and checks the version; throws `invalid_geometry` or `validation_failed`. A line of
 * contact's file may hold several features, its parts, some marked `disputed` (decision 0019):
 * `disputed` is then those parts, still to be validated (null: none marked; undefined: no file).
 */
export function readVersionInput(
  layer: LayerFields,
  fields: VersionFields,
  source: GeometrySource,
  area: BBox | null,
): { version: LayerVersionInput; source: string | null; disputed?: unknown } {
  const feature =
    "file" in source ? featureOfFile(source.file, layer.kind) : featureOf(source.geometry);
  const fileProps = feature.properties ?? {};
  const fileKind = fileProps.kind;
  if (typeof fileKind === "string" && fileKind !== layer.kind) {
    throw new DomainError(
      "validation_failed",
      `The file's feature is a ${fileKind}; this layer is a ${layer.kind}.`,
      { field: "kind" },
    );
  }
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const properties: Record<string, unknown> = {
    ...fileProps,
    ...given,
    // The layer's own fields always win over a file's.
    kind: layer.kind,
    name: layer.name,
    nameAr: layer.nameAr,
    party: layer.party,
    weaponClasses: layer.weaponClasses,
  };
  const { versions, issues } = readLayerFeatures(
    { type: "FeatureCollection", features: [{ ...feature, properties }] },
    { area },
  );
  if (issues.length > 0 || !versions[0]) throw inputError(issues);
  const version = versions[0];
  if (version.status === "claimed" && !version.claimedBy) {
    throw new DomainError(
      "validation_failed",
      "A claimed version names the party that claims it (claimedBy).",
      {
        field: "claimedBy",
      },
    );
  }
  if (version.status !== "claimed" && version.claimedBy) {
    throw new DomainError(
      "validation_failed",
      `claimedBy is only for a claimed version; this one is "${version.status}".`,
      { field: "claimedBy" },
    );
  }
  const text = properties.source;
  return {
    version,
    source: typeof text === "string" && text.trim() ? text.trim() : null,
    ...("file" in source && layer.kind === "line_of_contact"
      ? { disputed: fileProps[DISPUTED_PROPERTY] ?? null }
      : {}),
  };
}

function featureOf(geometry: unknown): RawFeature {
  return { type: "Feature", geometry, properties: {} };
}

function featureOfFile(file: { name: string; text: string }, kind: LayerKind): RawFeature {
  const lower = file.name.toLowerCase();
  const read = (features: RawFeature[]) =>
    kind === "line_of_contact" && features.length > 0
      ? lineOfContactOfFeatures(features, file.name)
      : onlyFeature(features, file.name);
  if (lower.endsWith(".kml")) return read(kmlToGeoJSON(file.text).features);
  if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(file.text);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new DomainError("validation_failed", `${file.name} is not valid JSON: ${why}`, {
        field: "file",
      });
    }
    return read(featuresOfGeoJSON(parsed));
  }
  throw new DomainError("validation_failed", `${file.name}: upload a ${LAYER_FILE_TYPES} file.`, {
    field: "file",
  });
}

/** A FeatureCollection, a Feature or a bare geometry. */
function featuresOfGeoJSON(parsed: unknown): RawFeature[] {
  const o = parsed as { type?: unknown; features?: unknown; geometry?: unknown } | null;
  if (o?.type === "FeatureCollection" && Array.isArray(o.features))
    return o.features as RawFeature[];
  if (o?.type === "Feature") return [o as RawFeature];
  return [featureOf(parsed)];
}

function onlyFeature(features: RawFeature[], name: string): RawFeature {
  if (features.length !== 1) {
    throw new DomainError(
      "validation_failed",
      `${name} holds ${features.length} features; a version is one feature (put several lines or polygons in one MultiLineString or MultiPolygon).`,
      { field: "file", features: features.length },
    );
  }
  return { ...features[0]!, properties: features[0]!.properties ?? {} };
}

function inputError(issues: FeatureIssue[]): DomainError {
  const geometric = issues.some((i) => i.geometry);
  const ordered = [...issues.filter((i) => i.geometry), ...issues.filter((i) => !i.geometry)];
  const listed = ordered.map((i) => ({
    field: i.field,
    ...(i.geometry
      ? { code: i.geometry.code, where: i.geometry.where, path: i.geometry.path }
      : {}),
    message: i.geometry ? i.geometry.message : withoutWhere(i),
  }));
  const first = listed[0]?.message ?? "it is not valid";
  const n = listed.length - 1;
  const more = n > 0 ? ` (and ${n} more problem${n > 1 ? "s" : ""})` : "";
  return new DomainError(
    geometric ? "invalid_geometry" : "validation_failed",
    `${geometric ? "The geometry" : "The version"} is not valid: ${first}${more}.`,
    { issues: listed },
  );
}

/** The file reader prefixes "feature 0 (name): "; here there is only ever the one feature. */
function withoutWhere(i: FeatureIssue): string {
  const prefix = `${i.where}: `;
  return i.message.startsWith(prefix) ? i.message.slice(prefix.length) : i.message;
}
