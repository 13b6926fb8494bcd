/**
 * Same event, many reports: how likely two records describe one event, from how close they are
 * in space and time and how compatible their categories are, with the reasons spelled out for
 * the intake officer who decides to merge. Pure; the search is in services/candidates.ts.
 */
import { normalizeForSearch } from "./arabic.js";
import { distanceKm } from "./geo/sphere.js";
import type { CategoryCode } from "./taxonomy.js";

export interface EventSketch {
  category: CategoryCode;
  from: Date;
  to: Date;
  location: { lat: number; lon: number } | null;
  /** The place names given (a report's own, or those of an incident's reports). */
  placeNames: string[];
  /** A party complaint's complaining and accused parties. */
  submitterParty: string | null;
  allegedParty: string | null;
}

export interface CandidateOptions {
  /** Farther apart than this, two located records are not the same event. */
  maxKm: number;
  /** Further apart in time than this, they are not either. */
  maxGapHours: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { maxKm: 50, maxGapHours: 24 };

interface CandidateReasons {
  /** Great-circle distance, when both are located. */
  distanceKm: number | null;
  /** A place name both give, after normalisation (when one or both are not located). */
  samePlaceName: string | null;
  /** Minutes the two event windows share (0 when they do not overlap). */
  overlapMinutes: number;
  /** Minutes between the windows when they do not overlap. */
  gapMinutes: number;
  category: { relation: "same" | "family"; a: CategoryCode; b: CategoryCode };
  /** Each party complains about the other: one exchange, blamed both ways. */
  oppositeBlame: { a: string; b: string } | null;
}

export interface CandidateScore {
  /** 0–1, higher is more likely the same event. Symmetric in its two arguments. */
  score: number;
  reasons: CandidateReasons;
  sentence: { en: string; ar: string };
}

const WEIGHT = { space: 0.45, time: 0.35, category: 0.2 } as const;
/** Distance at which the spatial part has fallen to 1/e: a shelling is heard kilometres away. */
const DISTANCE_SCALE_KM = 8;
/** Gap at which the temporal part has fallen to 1/e of its value for touching windows. */
const GAP_SCALE_HOURS = 4;
/** A shared place name stands for "somewhere in that place": weaker than a close point. */
const SAME_NAME_SPACE = 0.6;
const FAMILY_CATEGORY = 0.6;
const OPPOSITE_BLAME_BONUS = 0.05;
const MINUTE = 60_000;

/** The family of a category: its letter (A kinetic, B military posture …, F). */
export function categoryFamily(c: CategoryCode): string {
  return c[0]!;
}

/** The score of `a` and `b` as one event, or null when they cannot be (too far, incompatible). */
export function scoreCandidate(
  a: EventSketch,
  b: EventSketch,
  opts: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): CandidateScore | null {
  const category = categoryRelation(a.category, b.category);
  if (!category) return null;
  const place = spatial(a, b, opts.maxKm);
  if (!place) return null;
  const overlap =
    Math.min(a.to.getTime(), b.to.getTime()) - Math.max(a.from.getTime(), b.from.getTime());
  const gapMinutes = overlap < 0 ? Math.round(-overlap / MINUTE) : 0;
  if (gapMinutes > opts.maxGapHours * 60) return null;
  const time = overlap >= 0 ? 1 : 0.8 * Math.exp(-gapMinutes / 60 / GAP_SCALE_HOURS);
  const oppositeBlame = opposite(a, b);
  const raw =
    WEIGHT.space * place.score +
    WEIGHT.time * time +
    WEIGHT.category * (category.relation === "same" ? 1 : FAMILY_CATEGORY) +
    (oppositeBlame ? OPPOSITE_BLAME_BONUS : 0);
  const reasons: CandidateReasons = {
    distanceKm: place.km === null ? null : Number(place.km.toFixed(2)),
    samePlaceName: place.name,
    overlapMinutes: overlap > 0 ? Math.round(overlap / MINUTE) : 0,
    gapMinutes,
    category,
    oppositeBlame,
  };
  return { score: Number(Math.min(1, raw).toFixed(4)), reasons, sentence: sentences(reasons) };
}

function categoryRelation(a: CategoryCode, b: CategoryCode): CandidateReasons["category"] | null {
  if (a === b) return { relation: "same", a, b };
  if (categoryFamily(a) === categoryFamily(b)) return { relation: "family", a, b };
  return null;
}

function spatial(
  a: EventSketch,
  b: EventSketch,
  maxKm: number,
): { score: number; km: number | null; name: string | null } | null {
  if (a.location && b.location) {
    const km = distanceKm(a.location.lon, a.location.lat, b.location.lon, b.location.lat);
    if (km > maxKm) return null;
    return { score: Math.exp(-km / DISTANCE_SCALE_KM), km, name: null };
  }
  const name = sharedPlaceName(a.placeNames, b.placeNames);
  return name ? { score: SAME_NAME_SPACE, km: null, name } : null;
}

/** The first name (in sorted order, so the answer is symmetric) both give after normalisation. */
function sharedPlaceName(a: string[], b: string[]): string | null {
  const keysB = new Set(b.map(normalizeForSearch).filter(Boolean));
  const shared = a.filter((n) => keysB.has(normalizeForSearch(n))).map(normalizeForSearch);
  const names = [...a, ...b].filter((n) => shared.includes(normalizeForSearch(n))).sort();
  return names[0] ?? null;
}

function opposite(a: EventSketch, b: EventSketch): CandidateReasons["oppositeBlame"] {
  const pa = a.submitterParty;
  const pb = b.submitterParty;
  if (!pa || !pb || pa === pb || a.allegedParty !== pb || b.allegedParty !== pa) return null;
  return pa < pb ? { a: pa, b: pb } : { a: pb, b: pa };
}

function sentences(r: CandidateReasons): { en: string; ar: string } {
  const en: string[] = [];
  const ar: string[] = [];
  // Western digits, as everywhere in the interface (one rule for both languages).
  const num = (x: number) => String(x);
  if (r.distanceKm !== null) {
    const km = r.distanceKm < 10 ? r.distanceKm.toFixed(1) : String(Math.round(r.distanceKm));
    en.push(`${km} km apart`);
    ar.push(`على بعد ${num(Number(km))} كم`);
  } else if (r.samePlaceName) {
    en.push(`same place name (${r.samePlaceName})`);
    ar.push(`اسم المكان نفسه (${r.samePlaceName})`);
  }
  if (r.overlapMinutes > 0) {
    en.push(`windows overlap ${duration(r.overlapMinutes, "en")}`);
    ar.push(`تتداخل الفترتان ${duration(r.overlapMinutes, "ar")}`);
  } else if (r.gapMinutes > 0) {
    en.push(`${duration(r.gapMinutes, "en")} apart in time`);
    ar.push(`بفارق ${duration(r.gapMinutes, "ar")}`);
  } else {
    en.push("windows touch");
    ar.push("تتلاقى الفترتان");
  }
  const { relation, a, b } = r.category;
  en.push(relation === "same" ? `both ${a}` : `${a} and ${b} (same family)`);
  ar.push(relation === "same" ? `كلاهما ${a}` : `${a} و${b} (من الفئة نفسها)`);
  if (r.oppositeBlame) {
    en.push(`opposite blame (${r.oppositeBlame.a} and ${r.oppositeBlame.b} accuse each other)`);
    ar.push(`اتهام متبادل (${r.oppositeBlame.a} و${r.oppositeBlame.b})`);
  }
  return { en: en.join(", "), ar: ar.join("، ") };
}

function duration(minutes: number, lang: "en" | "ar"): string {
  if (minutes < 120) return lang === "en" ? `${minutes} min` : `${minutes} دقيقة`;
  const hours = Math.round(minutes / 60);
  return lang === "en" ? `${hours} h` : `${hours} ساعة`;
}
