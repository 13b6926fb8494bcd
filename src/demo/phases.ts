/**
 * The phases of the demo year and what typically happens in each: which places, which categories
 * of violation (weights), where each category can happen and how long it lasts. Tripoli's
 * southern front until early June 2020, then the Sirte–Jufra line (domain.md §11.2–§11.3).
 */
import type { CategoryCode } from "../domain/taxonomy.js";
import type { PlaceTag } from "./places.js";

export type PhaseName = "truce" | "escalation" | "spring" | "june" | "sirte-jufra" | "agreement";

export interface Phase {
  name: PhaseName;
  from: string;
  to: string;
  events: number;
  places: readonly (readonly [string, number])[];
  categories: readonly (readonly [CategoryCode, number])[];
  /** Share of kinetic events on contested ground fired by the LNA. */
  lnaFires: number;
  /** Scales how often the mission's own monitors were there. */
  monitorPresence: number;
}

const TRIPOLI_PLACES = [
  ["tripoli", 1],
  ["ain-zara", 4],
  ["salah-al-din", 4],
  ["khallat-al-furjan", 3],
  ["wadi-al-rabi", 2],
  ["airport-road", 3],
  ["abu-salim", 2],
  ["qasr-bin-ghashir", 3],
  ["tripoli-airport", 2],
  ["mitiga", 3],
  ["tajura", 1],
  ["aziziya", 1],
  ["gharyan", 1],
  ["tarhuna", 2],
  ["watiya", 2],
  ["misrata", 1],
] as const;

const CENTRAL_PLACES = [
  ["abu-grein", 3],
  ["washka", 3],
  ["buairat", 3],
  ["sirte", 3],
  ["qardabiya", 3],
  ["jufra-airbase", 3],
  ["hun", 2],
  ["waddan", 1],
  ["misrata", 2],
  ["ras-lanuf", 1],
  ["watiya", 1],
] as const;

export const PHASES: readonly Phase[] = [
  {
    name: "truce",
    from: "2020-01-12",
    to: "2020-02-19",
    events: 26,
    places: TRIPOLI_PLACES,
    categories: [
      ["A1", 30],
      ["A3", 25],
      ["A6", 6],
      ["A4", 8],
      ["A7", 8],
      ["B1", 5],
      ["B3", 5],
      ["B4", 3],
      ["C1", 3],
      ["D1", 2],
    ],
    lnaFires: 0.6,
    monitorPresence: 0.7,
  },
  {
    name: "escalation",
    from: "2020-02-19",
    to: "2020-04-01",
    events: 22,
    places: TRIPOLI_PLACES,
    categories: [
      ["A3", 30],
      ["A1", 25],
      ["A4", 14],
      ["A7", 12],
      ["A6", 5],
      ["B3", 5],
      ["B4", 4],
      ["C1", 3],
      ["C4", 3],
    ],
    lnaFires: 0.65,
    monitorPresence: 0.7,
  },
  {
    name: "spring",
    from: "2020-04-01",
    to: "2020-06-01",
    events: 30,
    places: TRIPOLI_PLACES,
    categories: [
      ["A3", 25],
      ["A4", 22],
      ["A1", 18],
      ["A2", 8],
      ["A7", 10],
      ["C6", 4],
      ["C1", 3],
      ["B3", 4],
      ["B5", 3],
    ],
    lnaFires: 0.55,
    monitorPresence: 0.7,
  },
  {
    name: "june",
    from: "2020-06-01",
    to: "2020-07-09",
    events: 16,
    places: [
      ["ain-zara", 2],
      ["salah-al-din", 2],
      ["khallat-al-furjan", 2],
      ["qasr-bin-ghashir", 2],
      ["tripoli-airport", 1],
      ["tarhuna", 3],
      ["abu-grein", 3],
      ["washka", 3],
      ["buairat", 3],
      ["sirte", 2],
      ["qardabiya", 1],
      ["misrata", 1],
    ],
    categories: [
      ["A2", 15],
      ["A5", 18],
      ["C5", 10],
      ["A4", 15],
      ["A3", 12],
      ["B3", 10],
      ["A1", 8],
      ["C6", 6],
      ["C1", 6],
    ],
    lnaFires: 0.4,
    monitorPresence: 0.9,
  },
  {
    name: "sirte-jufra",
    from: "2020-07-09",
    to: "2020-10-23",
    events: 26,
    places: CENTRAL_PLACES,
    categories: [
      ["B3", 18],
      ["B4", 15],
      ["B1", 12],
      ["A1", 10],
      ["A3", 8],
      ["B5", 8],
      ["B2", 6],
      ["D1", 12],
      ["D4", 4],
      ["C1", 5],
      ["A4", 4],
      ["A8", 2],
    ],
    lnaFires: 0.5,
    monitorPresence: 1.2,
  },
  {
    name: "agreement",
    from: "2020-10-23",
    to: "2020-12-25",
    events: 30,
    places: CENTRAL_PLACES,
    categories: [
      ["B3", 18],
      ["B1", 14],
      ["B6", 10],
      ["D1", 16],
      ["D4", 8],
      ["C1", 10],
      ["B4", 10],
      ["A1", 6],
      ["C4", 6],
      ["B2", 4],
    ],
    lnaFires: 0.5,
    monitorPresence: 1.2,
  },
];

/** The kinds of place where each category can happen. */
export const WHERE: Partial<Record<CategoryCode, readonly PlaceTag[]>> = {
  A1: ["frontline"],
  A2: ["frontline"],
  A3: ["frontline", "residential", "airfield"],
  A5: ["frontline", "residential"],
  A6: ["frontline"],
  A7: ["residential", "airfield"],
  A8: ["frontline", "road"],
  B1: ["frontline"],
  B2: ["frontline"],
  B3: ["frontline", "rear", "base"],
  B4: ["airfield"],
  B5: ["airfield", "port"],
  B6: ["base", "airfield"],
  C1: ["road", "residential"],
  C4: ["road"],
  C5: ["residential"],
  C6: ["residential"],
  D1: ["road", "frontline"],
  D4: ["base", "frontline", "airfield"],
  F: ["frontline", "residential"],
};

/** Fire lands on the place: whoever holds it is the victim and the other side fired. */
export const FIRED_AT_PLACE: readonly CategoryCode[] = ["A3", "A4", "A7"];
/** Done by whoever holds the place (build-up, detentions, obstruction of monitors). */
export const DONE_BY_HOLDER: readonly CategoryCode[] = [
  "B1",
  "B2",
  "B3",
  "B4",
  "B5",
  "B6",
  "C1",
  "C4",
  "C5",
  "C6",
  "D1",
  "D4",
  "F",
];

/** Event duration in minutes, [min, max]. */
export const DURATION: Partial<Record<CategoryCode, readonly [number, number]>> = {
  A1: [15, 150],
  A2: [120, 480],
  A3: [10, 90],
  A4: [1, 10],
  A5: [5, 60],
  A6: [5, 30],
  A7: [10, 60],
  A8: [2, 15],
  B1: [360, 2880],
  B2: [240, 1440],
  B3: [120, 1440],
  B4: [60, 240],
  B5: [120, 480],
  B6: [240, 1440],
  C1: [30, 120],
  C4: [120, 600],
  C5: [720, 2880],
  C6: [1440, 4320],
  D1: [30, 240],
  D4: [60, 240],
  F: [5, 30],
};
