/**
 * Layer versions to and from GeoJSON features and KML placemarks. A feature's properties carry
 * the version's fields (kind, name, status, validFrom, validTo, parties, weaponClasses,
 * behindSide); KML carries them as ExtendedData, so every value may arrive as text.
 */
import type { BBox, Feature, FeatureCollection, Geometry } from "./geojson.js";
import { geoJSONToKml, kmlToGeoJSON, type RawFeatureCollection } from "./kml.js";
import {
  LAYER_KINDS,
  LAYER_STATUSES,
  type LayerKind,
  type LayerStatus,
  type LayerVersion,
  type LineSideName,
} from "./layers.js";
import { validateGeometry, type GeometryIssue } from "./validate.js";

type WithoutIds<V> = V extends LayerVersion ? Omit<V, "id" | "layerId"> : never;

/** A version read from a file: ids are kept when the file has them, else assigned on storing. */
export type LayerVersionInput = WithoutIds<LayerVersion> & { id?: string; layerId?: string };

export interface FeatureIssue {
  /** The feature's position in the file, from 0. */
  feature: number;
  /** 'feature 2 ("Tripoli southern front")', then the field or geometry part. */
  where: string;
  field: string;
  message: string;
  geometry?: GeometryIssue;
}

export interface ReadOptions {
  area?: BBox | null;
  /** Values for features that lack them, e.g. the validFrom of an import. */
  defaults?: Partial<Record<"kind" | "status" | "validFrom", string>>;
}

export interface ReadResult {
  versions: LayerVersionInput[];
  issues: FeatureIssue[];
}

/** Reads and validates every feature; a feature with any issue yields no version. */
export function readLayerFeatures(collection: unknown, options: ReadOptions = {}): ReadResult {
  const features = featuresOf(collection);
  if (!features) {
    const message = "expected a GeoJSON FeatureCollection";
    return { versions: [], issues: [{ feature: -1, where: "the file", field: "type", message }] };
  }
  const versions: LayerVersionInput[] = [];
  const issues: FeatureIssue[] = [];
  features.forEach((feature, i) => {
    const read = readFeature(feature, i, options);
    if ("version" in read) versions.push(read.version);
    else issues.push(...read.issues);
  });
  return { versions, issues };
}

export function readLayerKml(text: string, options: ReadOptions = {}): ReadResult {
  return readLayerFeatures(kmlToGeoJSON(text), options);
}

function featuresOf(collection: unknown): RawFeatureCollection["features"] | null {
  const c = collection as Partial<RawFeatureCollection> | null;
  return c?.type === "FeatureCollection" && Array.isArray(c.features) ? c.features : null;
}

class Fields {
  readonly issues: FeatureIssue[] = [];
  constructor(
    private readonly props: Record<string, unknown>,
    private readonly index: number,
    readonly where: string,
    private readonly defaults: Record<string, string | undefined> = {},
  ) {}

  problem(field: string, message: string, geometry?: GeometryIssue): void {
    this.issues.push({
      feature: this.index,
      where: this.where,
      field,
      message: `${this.where}: ${message}`,
      ...(geometry ? { geometry } : {}),
    });
  }

  text(field: string, required: boolean): string | null {
    const v = this.props[field] ?? this.defaults[field];
    if (v === undefined || v === null || v === "") {
      if (required) this.problem(field, `${field} is missing`);
      return null;
    }
    if (typeof v === "string") return v.trim();
    this.problem(field, `${field} must be text, got ${JSON.stringify(v)}`);
    return null;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T | null {
    const v = this.text(field, true);
    if (v === null) return null;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.problem(field, `${field} "${v}" is not one of ${allowed.join(", ")}`);
    return null;
  }

  date(field: string, required: boolean): Date | null {
    const v =
      this.props[field] instanceof Date
        ? (this.props[field] as Date).toISOString()
        : this.text(field, required);
    if (v === null) return null;
    const d = new Date(v);
    if (/^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(d.getTime())) return d;
    this.problem(field, `${field} "${v}" is not an ISO 8601 date such as 2020-10-23T00:00:00Z`);
    return null;
  }

  list(field: string): string[] {
    const v = this.props[field];
    const items = Array.isArray(v) ? v : typeof v === "string" ? parseListText(v) : [];
    const strings = items.filter((x): x is string => typeof x === "string" && x.trim() !== "");
    if (strings.length === 0) this.problem(field, `${field} must list at least one weapon class`);
    return strings.map((s) => s.trim());
  }
}

function parseListText(text: string): unknown[] {
  if (text.trim().startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }
  return text.split(",");
}

function readFeature(
  feature: RawFeatureCollection["features"][number],
  index: number,
  options: ReadOptions,
): { version: LayerVersionInput } | { issues: FeatureIssue[] } {
  const props = feature?.properties ?? {};
  const label = typeof props.name === "string" ? ` ("${props.name}")` : "";
  const f = new Fields(props, index, `feature ${index}${label}`, options.defaults);
  const kind = f.oneOf<LayerKind>("kind", LAYER_KINDS);
  const common = {
    name: f.text("name", true) ?? "",
    nameAr: f.text("nameAr", false),
    status: f.oneOf<LayerStatus>("status", LAYER_STATUSES) ?? "working",
    claimedBy: f.text("claimedBy", false),
    validFrom: f.date("validFrom", true) ?? new Date(0),
    validTo: f.date("validTo", false),
    ...ids(f),
  };
  if (common.validTo && common.validTo.getTime() <= common.validFrom.getTime()) {
    f.problem("validTo", "validTo must be later than validFrom");
  }
  const validation = validateGeometry(feature?.geometry, kind, { area: options.area ?? null });
  if (!validation.ok) {
    for (const issue of validation.issues) f.problem("geometry", issue.message, issue);
  }
  if (kind === null) return { issues: f.issues };
  // Kind-specific fields are checked even when the geometry is wrong, to report everything.
  const version = withKindFields(kind, common, validation.ok ? validation.geometry : null, f);
  if (!validation.ok) return { issues: f.issues };
  return f.issues.length > 0 || !version ? { issues: f.issues } : { version };
}

function ids(f: Fields): { id?: string; layerId?: string } {
  const id = f.text("id", false);
  const layerId = f.text("layerId", false);
  return { ...(id ? { id } : {}), ...(layerId ? { layerId } : {}) };
}

type Common = Omit<LayerVersionInput, "kind" | "geometry"> &
  Pick<LayerVersion, "name" | "status" | "validFrom" | "validTo">;

function withKindFields(
  kind: LayerKind,
  common: Common,
  geometry: Geometry | null,
  f: Fields,
): LayerVersionInput | null {
  const g = geometry as never;
  switch (kind) {
    case "line_of_contact": {
      const leftParty = f.text("leftParty", false);
      const rightParty = f.text("rightParty", false);
      if (leftParty && leftParty === rightParty) {
        f.problem("rightParty", `leftParty and rightParty are both "${leftParty}"`);
      }
      return { ...common, kind, geometry: g, leftParty, rightParty };
    }
    case "withdrawal_line": {
      const behindSide = f.oneOf<LineSideName>("behindSide", ["left", "right"]);
      const weaponClasses = f.list("weaponClasses");
      if (!behindSide) return null;
      return {
        ...common,
        kind,
        geometry: g,
        party: f.text("party", false),
        weaponClasses,
        behindSide,
      };
    }
    case "area_of_control": {
      const party = f.text("party", true);
      return party ? { ...common, kind, geometry: g, party } : null;
    }
    case "road":
      return { ...common, kind, geometry: g };
    default:
      return { ...common, kind, geometry: g, party: f.text("party", false) };
  }
}

/** One feature per version, its fields as properties (dates as ISO 8601 text). */
export function layerVersionsToGeoJSON(
  versions: readonly LayerVersion[],
): FeatureCollection<Geometry> {
  return { type: "FeatureCollection", features: versions.map(layerVersionToFeature) };
}

export function layerVersionToFeature(v: LayerVersion): Feature<Geometry> {
  const { geometry, validFrom, validTo, ...fields } = v;
  const properties: Record<string, unknown> = {
    ...fields,
    validFrom: validFrom.toISOString(),
    validTo: validTo ? validTo.toISOString() : null,
  };
  return { type: "Feature", id: v.id, geometry, properties };
}

export function layerVersionsToKml(
  versions: readonly LayerVersion[],
  documentName = "Layers",
): string {
  return geoJSONToKml(layerVersionsToGeoJSON(versions), documentName);
}
