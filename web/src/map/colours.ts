/**
 * Colours of incident circles: the Okabe–Ito palette, told apart by people with colour-vision
 * deficiencies, each circle with a dark ring so it stands out from the light basemap.
 */
import { VERIFICATION_LEVELS, type VerificationLevel } from "../../../src/domain/taxonomy.js";
import type { CategoryGroup } from "../vocabulary.js";

export const CATEGORY_GROUP_COLOURS: Record<CategoryGroup, string> = {
  A: "#D55E00",
  B: "#0072B2",
  C: "#CC79A7",
  D: "#E69F00",
  E: "#009E73",
  F: "#6B7280",
};

/** "none": no finding yet (or none the viewer may see). */
export const VERIFICATION_KEYS = [...VERIFICATION_LEVELS, "none"] as const;
export type VerificationKey = VerificationLevel | "none";

/** From "alleged" (light) to "verified by the mission" (dark), with disproved and unverifiable apart. */
export const VERIFICATION_COLOURS: Record<VerificationKey, string> = {
  V0: "#F0E442",
  V1: "#E69F00",
  V2: "#56B4E9",
  V3: "#0072B2",
  X: "#CC79A7",
  U: "#6B7280",
  none: "#FFFFFF",
};

export type ColourBy = "verification" | "category";

/** Neutral colour of a line or area whose party has no colour of its own. */
export const NO_PARTY_COLOUR = "#374151";
