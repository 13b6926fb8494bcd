/** 16-point compass directions in English abbreviations and in Arabic words. */

export const COMPASS_POINTS = [
  "N",
  "NNE",
  "NE",
  "ENE",
  "E",
  "ESE",
  "SE",
  "SSE",
  "S",
  "SSW",
  "SW",
  "WSW",
  "W",
  "WNW",
  "NW",
  "NNW",
] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

const NORTH = "شمال";
const SOUTH = "جنوب";
const EAST = "شرق";
const WEST = "غرب";

// Arabic names the direction word by word, as English abbreviates it: SSE = جنوب جنوب شرق.
const ARABIC_WORD: Record<string, string> = { N: NORTH, S: SOUTH, E: EAST, W: WEST };

export const COMPASS_POINTS_AR: Record<CompassPoint, string> = Object.fromEntries(
  COMPASS_POINTS.map((p) => [p, arabicCompass(p)]),
) as Record<CompassPoint, string>;

function arabicCompass(point: string): string {
  // Two-letter points are "north-east" (شمال شرق); three-letter ones repeat the first word.
  return [...point].map((letter) => ARABIC_WORD[letter]!).join(" ");
}

/** The nearest of the 16 points to a bearing in degrees (any value, wrapped to [0, 360)). */
export function compassPoint(bearingDeg: number): CompassPoint {
  const wrapped = ((bearingDeg % 360) + 360) % 360;
  return COMPASS_POINTS[Math.round(wrapped / 22.5) % 16]!;
}
