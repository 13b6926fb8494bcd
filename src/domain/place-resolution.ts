/**
 * Where a report is, when it names a place instead of giving coordinates: located from the
 * gazetteer when one place clearly matches, otherwise kept without coordinates with the places
 * a person may choose from (decision 0005). Never guessed, and never a reason to refuse a report.
 */
import type { Gazetteer, Place, PlaceKind } from "./geo/gazetteer.js";
import { locatePlaceName, type PlaceMatch } from "./geo/place-search.js";

export const LOCATION_SOURCES = ["reported", "gazetteer", "ambiguous", "unresolved"] as const;
export type LocationSource = (typeof LOCATION_SOURCES)[number];

export interface PlaceCandidate {
  placeId: string;
  name: string;
  nameAr: string | null;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** How well the name matched, 0–1 (1: the same name after normalisation). */
  score: number;
}

export interface LocationResolution {
  status: LocationSource;
  /** The place used (status "gazetteer"), or the places to choose from ("ambiguous"). */
  candidates: PlaceCandidate[];
}

/** What a report's location columns become. */
export interface ResolvedLocation {
  location: { lat: number; lon: number } | null;
  wherePrecision: number;
  resolution: LocationResolution;
}

/**
 * UCDP where_prec 5 ("vague location") for a named place that could not be placed, unless the
 * filer gave a precision: exact (1) would claim what we do not know.
 */
const UNPLACED_WHERE_PREC = 5;
const MAX_CANDIDATES = 5;

export function resolveReportLocation(
  gazetteer: Gazetteer,
  input: { location?: { lat: number; lon: number }; placeName?: string; wherePrecision?: number },
): ResolvedLocation {
  if (input.location) {
    return {
      location: input.location,
      wherePrecision: input.wherePrecision ?? 1,
      resolution: { status: "reported", candidates: [] },
    };
  }
  const found = locatePlaceName(gazetteer, input.placeName ?? "");
  if ("place" in found) {
    return {
      location: { lat: found.place.lat, lon: found.place.lon },
      // The filer may know the place less precisely than the gazetteer point suggests.
      wherePrecision: Math.max(found.wherePrec, input.wherePrecision ?? 1),
      resolution: { status: "gazetteer", candidates: [candidateOf(found.place, 1)] },
    };
  }
  const candidates =
    "ambiguous" in found
      ? found.ambiguous
          .slice(0, MAX_CANDIDATES)
          .map((m: PlaceMatch) => candidateOf(m.place, m.score))
      : [];
  return {
    location: null,
    wherePrecision: input.wherePrecision ?? UNPLACED_WHERE_PREC,
    resolution: { status: "ambiguous" in found ? "ambiguous" : "unresolved", candidates },
  };
}

function candidateOf(place: Place, score: number): PlaceCandidate {
  return {
    placeId: place.id,
    name: place.name,
    nameAr: place.nameAr,
    kind: place.kind,
    lat: place.lat,
    lon: place.lon,
    score,
  };
}
