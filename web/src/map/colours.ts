/**
 * Colours of incident circles: the Okabe–Ito palette, told apart by people with colour-vision
 * deficiencies, each circle with a dark ring so it stands out from the light basemap.
 */
import type { CategoryGroup, StateGroup } from "../vocabulary.js";

export const STATE_GROUP_COLOURS: Record<StateGroup, string> = {
  intake: "#E69F00",
  verification: "#56B4E9",
  decision: "#CC79A7",
  released: "#009E73",
  closed: "#6B7280",
};

export const CATEGORY_GROUP_COLOURS: Record<CategoryGroup, string> = {
  A: "#D55E00",
  B: "#0072B2",
  C: "#CC79A7",
  D: "#E69F00",
  E: "#009E73",
  F: "#6B7280",
};

export type ColourBy = "state" | "category";
