/**
 * Which of the gazetteer's places the map names at a zoom, most important first: cities from
 * afar, then towns and airfields, villages and sites closer in, suburbs and hamlets last. Pure;
 * the selection runs in SQL (places-repo.ts), the thinning of overlapping labels in the browser.
 */
import type { PlaceKind } from "./geo/gazetteer.js";

/** A kind's rank: the lower, the more important (and the farther out it is named). */
export const PLACE_KIND_RANK: Record<PlaceKind, number> = {
  city: 0,
  town: 1,
  airport: 2,
  airbase: 2,
  village: 3,
  site: 3,
  suburb: 4,
  hamlet: 5,
};

/** The zoom from which each rank is named. */
const NAMED_FROM_ZOOM = [0, 6, 7, 8, 10, 11] as const;

/** The kinds named at `zoom`. */
export function placeKindsAt(zoom: number): PlaceKind[] {
  return (Object.entries(PLACE_KIND_RANK) as [PlaceKind, number][])
    .filter(([, rank]) => zoom >= NAMED_FROM_ZOOM[rank]!)
    .map(([kind]) => kind);
}

/** The most labels one view asks for, and how many by default. */
export const MAX_PLACE_LABELS = 200;
export const DEFAULT_PLACE_LABELS = 60;
