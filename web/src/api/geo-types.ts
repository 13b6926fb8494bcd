/**
 * The geo shapes of the API, read off the generated types: layers and their versions
 * (src/http/presenters/geo.ts), the stored evaluation of a report or incident, the map's GeoJSON
 * views (src/http/presenters/map.ts), gazetteer hits and how a report's place name was located.
 */
import type { Answer } from "./answers.js";

/** One report as its own page reads it: lists leave its geo evaluation out. */
type Report = Answer<"/api/v1/reports/{id}", "get">;

export type GeoLayer = Answer<"/api/v1/geo/layers/{id}", "get">;
export type GeoLayerVersion = GeoLayer["versions"][number];
export type LayerKind = GeoLayer["kind"];
export type LayerStatus = GeoLayerVersion["status"];

/** What reads of a report or an incident carry about its position. */
export type GeoFields = Pick<Report, "geo" | "geoStatus">;
export type GeoEvaluation = NonNullable<Report["geo"]>;
export type LineOfContactEval = GeoEvaluation["linesOfContact"][number];

export type PlaceHit = Answer<"/api/v1/places", "get">["items"][number];

/** How a place name given without coordinates was located (decision 0005). */
export type LocationResolution = Report["locationResolution"];

/** A map view: the points of the records in view, or grid clusters of them. */
export type MapView =
  Answer<"/api/v1/reports.geojson", "get"> | Answer<"/api/v1/incidents.geojson", "get">;
type MapFeatureProps = MapView["features"][number]["properties"];
export type ClusterProps = Extract<MapFeatureProps, { cluster: true }>;
/** A report's or an incident's point: `"reference" in p` tells an incident. */
export type MapPointProps = Exclude<MapFeatureProps, ClusterProps>;

export type MapConfig = Answer<"/api/v1/map/config", "get">;
