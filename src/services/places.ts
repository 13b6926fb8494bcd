/**
 * The gazetteer as a use case: searching places by name in either script, and locating a report
 * that names a place instead of giving coordinates. The gazetteer and districts are the mission's
 * (`deps.geography`).
 */
import type { Place, PlaceKind } from "../domain/geo/gazetteer.js";
import {
  districtOfPlace,
  type DistrictRef,
  type PreparedDistricts,
} from "../domain/geo/districts.js";
import { searchPlaces as searchGazetteer, type MatchKind } from "../domain/geo/place-search.js";
import { resolveReportLocation, type ResolvedLocation } from "../domain/place-resolution.js";
import type { ReportInput } from "../domain/reports.js";
import type { Actor } from "../domain/roles.js";
import { parseBBox } from "../domain/map-grid.js";
import { PLACE_KIND_RANK, placeKindsAt } from "../domain/place-labels.js";
import { placesInBox, type PlaceLabelRow } from "../store/places-repo.js";
import { requireUser } from "./access.js";
import type { Deps } from "./deps.js";

export interface PlaceHit {
  id: string;
  name: string;
  nameAr: string | null;
  lat: number;
  lon: number;
  kind: PlaceKind;
  population: number | null;
  /** Rough coordinates: good for where_prec ≥ 2 only. */
  approximate: boolean;
  district: DistrictRef | null;
  score: number;
  match: MatchKind;
  /** The name or variant that matched the query. */
  matchedName: string;
}

export interface PlaceQuery {
  q: string;
  limit: number;
}

/** Places matching `q`, best first, in the gazetteer as it is now (refreshed first). */
export async function placesNamed(
  deps: Pick<Deps, "geography">,
  actor: Actor,
  query: PlaceQuery,
): Promise<PlaceHit[]> {
  requireUser(actor);
  await deps.geography.refresh();
  return searchPlaces(deps, actor, query);
}

/**
 * Places matching `q`, best first, in the gazetteer as last refreshed. Any logged-in user may
 * search: places are not case content.
 */
export function searchPlaces(
  deps: Pick<Deps, "geography">,
  actor: Actor,
  query: PlaceQuery,
): PlaceHit[] {
  requireUser(actor);
  const { geography } = deps;
  const districts = geography.districts();
  return searchGazetteer(geography.gazetteer(), query.q, { limit: query.limit }).map((m) => ({
    ...placeFields(m.place, districts),
    score: m.score,
    match: m.match,
    matchedName: m.matchedName,
  }));
}

function placeFields(place: Place, districts: PreparedDistricts) {
  return {
    id: place.id,
    name: place.name,
    nameAr: place.nameAr,
    lat: place.lat,
    lon: place.lon,
    kind: place.kind,
    population: place.population,
    approximate: place.approximate,
    district: districtOfPlace(districts, place),
  };
}

/**
 * Where a report to be filed is: its coordinates, or its place name looked up (decision 0005), in
 * the gazetteer as last refreshed (the caller refreshes it before its transaction).
 */
export function locateReport(
  deps: Pick<Deps, "geography">,
  input: Pick<ReportInput, "location" | "placeName" | "wherePrecision">,
): ResolvedLocation {
  return resolveReportLocation(deps.geography.gazetteer(), input);
}

export interface PlaceLabelQuery {
  /** "minLon,minLat,maxLon,maxLat"; the whole world when absent. */
  bbox?: string;
  zoom: number;
  limit: number;
}

/**
 * The places the map names in a view: those of the kinds named at its zoom, the most important
 * first, at most `limit`. Any logged-in user: places are not case content.
 */
export async function placeLabels(
  deps: Pick<Deps, "db">,
  actor: Actor,
  query: PlaceLabelQuery,
): Promise<PlaceLabelRow[]> {
  requireUser(actor);
  return placesInBox(
    deps.db,
    parseBBox(query.bbox),
    placeKindsAt(query.zoom),
    PLACE_KIND_RANK,
    query.limit,
  );
}
