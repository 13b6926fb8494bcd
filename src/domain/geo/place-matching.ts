/**
 * Telling whether a place coming in from a file is one the gazetteer holds already under another
 * source's id (decision 0013): the same name, once normalised and transliteration-folded, in
 * either script, within a few kilometres. GeoNames and OpenStreetMap put a town's point up to a
 * few kilometres apart; two different places of one name are rarely that close.
 */
import { latinKey } from "../arabic.js";
import type { Place } from "./gazetteer.js";
import { distanceKm } from "./sphere.js";

/** How far apart two points of one name may be and still be one place. */
const SAME_PLACE_KM = 8;

function keysOf(p: Pick<Place, "name" | "nameAr" | "variants">): Set<string> {
  return new Set(
    [p.name, p.nameAr ?? "", ...p.variants].map((n) => latinKey(n)).filter((k) => k.length > 0),
  );
}

export interface PlaceMatcher<T extends Place> {
  /** The nearest held place sharing a name with `incoming` within SAME_PLACE_KM, if any. */
  match(incoming: Place): T | undefined;
}

export function placeMatcher<T extends Place>(held: readonly T[]): PlaceMatcher<T> {
  const byKey = new Map<string, T[]>();
  for (const place of held) {
    for (const key of keysOf(place)) {
      const list = byKey.get(key);
      if (list) list.push(place);
      else byKey.set(key, [place]);
    }
  }
  return {
    match(incoming) {
      // The incoming place's own names only: a source's alternates are too loose to decide on.
      const keys = keysOf({ name: incoming.name, nameAr: incoming.nameAr, variants: [] });
      let best: { place: T; km: number } | undefined;
      for (const key of keys) {
        for (const place of byKey.get(key) ?? []) {
          const km = distanceKm(incoming.lon, incoming.lat, place.lon, place.lat);
          if (km <= SAME_PLACE_KM && (!best || km < best.km)) best = { place, km };
        }
      }
      return best?.place;
    },
  };
}
