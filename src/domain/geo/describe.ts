/**
 * A position in words, as mission reports write it: "4 km SSE of Ain Zara" and
 * "4 كم جنوب جنوب شرق عين زارة".
 */
import type { PlaceDistance } from "./gazetteer.js";

export type DescriptionLanguage = "en" | "ar";

// Closer than this, a point is "at" the place: a bearing over a few hundred metres from a
// place's point says more about where the mapper put the point than about the event.
const AT_PLACE_KM = 0.5;

/**
 * "4 km SSE of Ain Zara" / "4 كم جنوب جنوب شرق عين زارة", from a place's distance and bearing
 * to the point (e.g. `evaluation.nearestPlaces[0]`). Distances are whole kilometres; under
 * 0.5 km the point is "at" the place. Arabic uses Arabic-Indic digits and the Arabic name,
 * falling back to the Latin one when the place has none.
 */
export function describePosition(near: PlaceDistance, language: DescriptionLanguage): string {
  const km = Math.round(near.distanceKm);
  if (language === "en") {
    return near.distanceKm < AT_PLACE_KM
      ? `at ${near.name}`
      : `${km} km ${near.compass} of ${near.name}`;
  }
  const name = near.nameAr ?? near.name;
  if (near.distanceKm < AT_PLACE_KM) return `في ${name}`;
  // Western digits, as everywhere in the interface (one rule for both languages).
  return `${km} كم ${near.compassAr} ${name}`;
}
