/**
 * KML in and out. Reading uses @tmcw/togeojson over an @xmldom/xmldom document; writing is a
 * small serializer here (togeojson only reads), covering what layers hold: points, lines,
 * polygons with holes, their multi forms, a name and flat properties as ExtendedData.
 */
import { kml as kmlDocumentToGeoJSON } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { DomainError } from "../errors.js";
import type { FeatureCollection, Geometry, Position } from "./geojson.js";

/** A feature as read from a file: its geometry still to be validated. */
export interface RawFeature {
  type: "Feature";
  id?: string | number;
  geometry: unknown;
  properties: Record<string, unknown> | null;
}

export interface RawFeatureCollection {
  type: "FeatureCollection";
  features: RawFeature[];
}

/**
 * Reads KML text as GeoJSON features. A MultiGeometry of lines only or of polygons only
 * becomes a MultiLineString or MultiPolygon (togeojson gives a GeometryCollection, which no
 * layer takes); a mixed one stays a GeometryCollection for validation to reject by name.
 * Malformed XML is a `validation_failed` error that quotes the parser.
 */
export function kmlToGeoJSON(text: string): RawFeatureCollection {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  });
  let doc;
  try {
    doc = parser.parseFromString(text, "text/xml");
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new DomainError("validation_failed", `The KML is not well-formed XML: ${message}`, {
      format: "kml",
    });
  }
  if (doc.documentElement?.localName !== "kml") {
    throw new DomainError(
      "validation_failed",
      "The file is XML but not KML (no <kml> root element).",
      {
        format: "kml",
      },
    );
  }
  const collection = kmlDocumentToGeoJSON(doc);
  return {
    type: "FeatureCollection",
    features: collection.features.map((f) => ({
      type: "Feature",
      ...(f.id !== undefined ? { id: f.id } : {}),
      geometry: mergeCollection(f.geometry),
      properties: f.properties ?? null,
    })),
  };
}

function mergeCollection(geometry: unknown): unknown {
  if (!isGeometryCollection(geometry)) return geometry;
  const parts = geometry.geometries;
  if (parts.every((g) => g.type === "LineString")) {
    return { type: "MultiLineString", coordinates: parts.map((g) => g.coordinates) };
  }
  if (parts.every((g) => g.type === "Polygon")) {
    return { type: "MultiPolygon", coordinates: parts.map((g) => g.coordinates) };
  }
  return geometry;
}

function isGeometryCollection(
  g: unknown,
): g is { type: "GeometryCollection"; geometries: { type: string; coordinates: unknown }[] } {
  return (
    typeof g === "object" &&
    g !== null &&
    (g as { type?: unknown }).type === "GeometryCollection" &&
    Array.isArray((g as { geometries?: unknown }).geometries)
  );
}

/** Writes features as a KML document; `name` and `description` properties become elements. */
export function geoJSONToKml(collection: FeatureCollection, documentName = "Layers"): string {
  const placemarks = collection.features.map((feature) => {
    const props = feature.properties ?? {};
    const id = feature.id !== undefined ? ` id="${escapeXml(String(feature.id))}"` : "";
    const name = typeof props.name === "string" ? `<name>${escapeXml(props.name)}</name>` : "";
    const description =
      typeof props.description === "string"
        ? `<description>${escapeXml(props.description)}</description>`
        : "";
    const data = extendedData(props);
    const geometry = feature.geometry ? geometryKml(feature.geometry) : "";
    return `<Placemark${id}>${name}${description}${data}${geometry}</Placemark>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    `<Document><name>${escapeXml(documentName)}</name>`,
    ...placemarks,
    "</Document>",
    "</kml>",
    "",
  ].join("\n");
}

function extendedData(props: Record<string, unknown>): string {
  const entries = Object.entries(props).filter(
    ([k, v]) => k !== "name" && k !== "description" && v !== null && v !== undefined,
  );
  if (entries.length === 0) return "";
  const data = entries.map(([k, v]) => {
    const value = typeof v === "string" ? v : JSON.stringify(v);
    return `<Data name="${escapeXml(k)}"><value>${escapeXml(value)}</value></Data>`;
  });
  return `<ExtendedData>${data.join("")}</ExtendedData>`;
}

function geometryKml(g: Geometry): string {
  switch (g.type) {
    case "Point":
      return `<Point><coordinates>${position(g.coordinates)}</coordinates></Point>`;
    case "LineString":
      return lineKml(g.coordinates);
    case "MultiLineString":
      return `<MultiGeometry>${g.coordinates.map(lineKml).join("")}</MultiGeometry>`;
    case "Polygon":
      return polygonKml(g.coordinates);
    case "MultiPolygon":
      return `<MultiGeometry>${g.coordinates.map(polygonKml).join("")}</MultiGeometry>`;
  }
}

const lineKml = (line: Position[]) =>
  `<LineString><coordinates>${positions(line)}</coordinates></LineString>`;

function polygonKml(rings: Position[][]): string {
  const ring = (r: Position[]) =>
    `<LinearRing><coordinates>${positions(r)}</coordinates></LinearRing>`;
  const [outer, ...holes] = rings;
  const inner = holes.map((h) => `<innerBoundaryIs>${ring(h)}</innerBoundaryIs>`).join("");
  return `<Polygon><outerBoundaryIs>${ring(outer ?? [])}</outerBoundaryIs>${inner}</Polygon>`;
}

const position = (p: Position) => `${p[0]},${p[1]}`;
const positions = (ps: Position[]) => ps.map(position).join(" ");

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
