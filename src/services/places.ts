/**
 * The gazetteer as a use case: searching places by name in either script, and locating a report
 * that names a place instead of giving coordinates. The shipped Libya gazetteer is read once per
 * process, on first use.
 */
import type { Gazetteer, Place, PlaceKind } from "../domain/geo/gazetteer.js";
import { districtOfPlace, type DistrictRef } from "../domain/geo/districts.js";
import { searchPlaces as searchGazetteer, type MatchKind } from "../domain/geo/place-search.js";
import { resolveReportLocation, type ResolvedLocation } from "../domain/place-resolution.js";
import type { ReportInput } from "../domain/reports.js";
import type { Actor } from "../domain/roles.js";
import { libyaDistricts, libyaGazetteer } from "../demo/geo/libya-geo.js";
import { requireUser } from "./access.js";
import type { Deps } from "./deps.js";

/** The process's gazetteer (built lazily by libya-geo.ts and kept). */
export function gazetteer(): Gazetteer {
  return libyaGazetteer();
}

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

/** Places matching `q`, best first. Any logged-in user may search: places are not case content. */
export function searchPlaces(_deps: Deps, actor: Actor, query: PlaceQuery): PlaceHit[] {
  requireUser(actor);
  return searchGazetteer(gazetteer(), query.q, { limit: query.limit }).map((m) => ({
    ...placeFields(m.place),
    score: m.score,
    match: m.match,
    matchedName: m.matchedName,
  }));
}

function placeFields(place: Place) {
  return {
    id: place.id,
    name: place.name,
    nameAr: place.nameAr,
    lat: place.lat,
    lon: place.lon,
    kind: place.kind,
    population: place.population,
    approximate: place.approximate,
    district: districtOfPlace(libyaDistricts(), place),
  };
}

/** Where a report to be filed is: its coordinates, or its place name looked up (decision 0005). */
export function locateReport(
  input: Pick<ReportInput, "location" | "placeName" | "wherePrecision">,
): ResolvedLocation {
  return resolveReportLocation(gazetteer(), input);
}
