/**
 * Finding places by name: ranked search and "where is <name>" for an event, with the
 * transliteration-tolerant keys of arabic.ts (see gazetteer.ts for the index).
 */
import { latinKey, latinSkeleton, normalizeForSearch } from "../arabic.js";
import { trigrams, type Gazetteer, type Place, type PlaceKind } from "./gazetteer.js";
import { havBetween, havToKm, spherePoint } from "./sphere.js";

export type MatchKind = "exact" | "key" | "skeleton" | "prefix" | "similar";

export interface PlaceMatch {
  place: Place;
  score: number;
  match: MatchKind;
  /** The name or variant that matched. */
  matchedName: string;
  /** The matched variant is a name of a place more than SHARED_NAME_KM away too. */
  sharedName: boolean;
}

const SCORE = {
  exact: 1,
  exactVariant: 0.97,
  key: 0.95,
  word: 0.9,
  skeleton: 0.85,
  prefix: 0.75,
  similar: 0.8,
} as const;

/**
 * A match on a variant that a far-apart place bears too (GeoNames lists Buerat under Tarhuna;
 * OSM tags a village near Tobruk "Janzour") keeps this share of its score, plus up to
 * OWN_NAME_BONUS for how much the place's own name resembles the query: so it never beats a
 * place whose own name matches by key, and between the places sharing it, the one whose own
 * name looks like the query comes first.
 */
const SHARED_VARIANT_WEIGHT = 0.88;
const OWN_NAME_BONUS = 0.05;
const KIND_RANK: Record<PlaceKind, number> = {
  city: 0,
  town: 1,
  suburb: 2,
  airport: 3,
  airbase: 4,
  village: 5,
  site: 6,
  hamlet: 7,
};

/**
 * Places whose names match `query`, best first: an exact normalised match of the place's own
 * name, then of a variant, the same transliteration key (Misratah = Misrata), a whole word of a
 * name (Jufra in Al-Jufra airbase), the same consonant skeleton (Misurata = Misrata), a prefix,
 * then trigram similarity (typos). A variant shared with a far-apart place counts less (see
 * SHARED_VARIANT_WEIGHT). Ties go to the larger population, then the larger kind of place.
 */
export function searchPlaces(
  gazetteer: Gazetteer,
  query: string,
  options: { limit?: number; minScore?: number } = {},
): PlaceMatch[] {
  const { limit = 10, minScore = 0.35 } = options;
  const normalized = normalizeForSearch(query);
  if (!normalized) return [];
  const best = new Map<number, { score: number; match: MatchKind; entry: number }>();
  const key = latinKey(normalized);
  const offer = (entry: number, raw: number, match: MatchKind) => {
    const name = gazetteer.names[entry]!;
    const score = name.sharedFar
      ? raw * SHARED_VARIANT_WEIGHT +
        OWN_NAME_BONUS * ownNameResemblance(gazetteer, name.place, key)
      : raw;
    const held = best.get(name.place);
    if (!held || score > held.score) best.set(name.place, { score, match, entry });
  };
  const skeleton = latinSkeleton(normalized);
  for (const e of gazetteer.byNormalized.get(normalized) ?? []) {
    offer(e, gazetteer.names[e]!.own ? SCORE.exact : SCORE.exactVariant, "exact");
  }
  for (const e of gazetteer.byKey.get(key) ?? []) offer(e, SCORE.key, "key");
  for (const e of gazetteer.bySkeleton.get(skeleton) ?? []) offer(e, SCORE.skeleton, "skeleton");
  offerPrefixes(gazetteer, normalized, offer);
  offerSimilar(gazetteer, key, offer);
  return [...best.entries()]
    .filter(([, m]) => m.score >= minScore)
    .map(([p, m]) => ({
      place: gazetteer.places[p]!,
      score: Number(m.score.toFixed(4)),
      match: m.match,
      matchedName: gazetteer.names[m.entry]!.text,
      sharedName: gazetteer.names[m.entry]!.sharedFar,
    }))
    .sort(compareMatches)
    .slice(0, limit);
}

type Offer = (entry: number, score: number, match: MatchKind) => void;

function offerPrefixes(gazetteer: Gazetteer, normalized: string, offer: Offer): void {
  if (normalized.length < 3) return;
  gazetteer.names.forEach((name, e) => {
    if (name.normalized === normalized) return;
    // Longer shares of the name score higher; a later word of it a little lower.
    const share = normalized.length / name.normalized.length;
    if (` ${name.normalized} `.includes(` ${normalized} `)) {
      const later = name.normalized.startsWith(`${normalized} `) ? 0 : 1;
      offer(e, SCORE.word + 0.05 * share - 0.03 * later, "prefix");
      return;
    }
    const at = name.normalized.startsWith(normalized)
      ? 0
      : name.normalized.includes(` ${normalized}`)
        ? 1
        : -1;
    if (at < 0) return;
    // A prefix of a later word scores a little lower.
    offer(e, SCORE.prefix - 0.1 * at + 0.1 * share, "prefix");
  });
}

/** 0–1: the trigram likeness of the query to the place's own name or one of its words. */
function ownNameResemblance(gazetteer: Gazetteer, place: number, key: string): number {
  const p = gazetteer.places[place]!;
  const keys = [p.name, p.nameAr]
    .filter((n): n is string => !!n)
    .map((n) => latinKey(normalizeForSearch(n)))
    .flatMap((k) => [k, ...k.split(" ")]);
  return Math.max(0, ...keys.filter(Boolean).map((k) => dice(trigrams(key), trigrams(k))));
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function offerSimilar(gazetteer: Gazetteer, key: string, offer: Offer): void {
  const grams = trigrams(key);
  const shared = new Map<number, number>();
  for (const g of grams) {
    for (const e of gazetteer.byTrigram.get(g) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
  }
  for (const [e, count] of shared) {
    const dice = (2 * count) / (grams.size + gazetteer.names[e]!.trigramCount);
    if (dice < 1) offer(e, SCORE.similar * dice, "similar");
  }
}

function compareMatches(a: PlaceMatch, b: PlaceMatch): number {
  return (
    b.score - a.score ||
    (b.place.population ?? 0) - (a.place.population ?? 0) ||
    KIND_RANK[a.place.kind] - KIND_RANK[b.place.kind] ||
    a.place.name.localeCompare(b.place.name)
  );
}

/** UCDP GED where_prec (domain.md §10.2): 1 exact location, 2 within ~25 km of a named place. */
type WherePrecision = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type PlaceLocation =
  | { place: Place; wherePrec: WherePrecision; match: MatchKind }
  | { ambiguous: PlaceMatch[] }
  | { notFound: true };

/**
 * What an event "in <name>" can be placed at. A single place matched exactly, by key or by
 * skeleton is located; several equally good places, only prefix or similar matches, or a best
 * match on a variant shared with a far-apart place are returned as `ambiguous` for a person to
 * choose (never guessed); nothing at all is `notFound`.
 * Equal matches closer together than `sameSiteKm` are one place entered twice.
 */
export function locatePlaceName(
  gazetteer: Gazetteer,
  name: string,
  options: { sameSiteKm?: number } = {},
): PlaceLocation {
  const { sameSiteKm = 5 } = options;
  const matches = searchPlaces(gazetteer, name, { limit: 10 });
  const top = matches[0];
  if (!top) return { notFound: true };
  // A variant two far-apart places bear says little about which is meant, even ranked.
  if (top.match === "prefix" || top.match === "similar" || top.sharedName) {
    return { ambiguous: matches.slice(0, 5) };
  }
  const tier = matches.filter((m) => m.score === top.score);
  const distinct = tier.filter(
    (m, i) => !tier.slice(0, i).some((o) => kmBetween(o.place, m.place) < sameSiteKm),
  );
  if (distinct.length > 1) return { ambiguous: distinct };
  return { place: top.place, wherePrec: wherePrecisionOf(top.place), match: top.match };
}

/**
 * The where_prec of an event known only by this place's name. A city spans kilometres, so an
 * event "in" it is within a limited area of its point (2); a village, suburb, airport or base is
 * the location itself (1); rough coordinates are never better than 2.
 */
function wherePrecisionOf(place: Place): WherePrecision {
  if (place.approximate || place.kind === "city") return 2;
  return 1;
}

function kmBetween(a: Place, b: Place): number {
  const pa = spherePoint(a.lon, a.lat);
  const pb = spherePoint(b.lon, b.lat);
  return havToKm(havBetween(pa.x, pa.y, pa.z, pb.x, pb.y, pb.z));
}

// A key of three letters or fewer joins names that have nothing to do with each other.
const MIN_KEY_LETTERS = 4;

/**
 * The other names of the places called exactly `phrase` (a normalised name or variant, or the
 * same transliteration key), normalised: what a search for Surt should also look for (Sirte,
 * سرت …), leaving out names that other places have too. At most `maxPlaces` places, the most
 * populous first, when a name is shared.
 */
export function namesOfPlacesCalled(gazetteer: Gazetteer, phrase: string, maxPlaces = 3): string[] {
  const entries = new Set(gazetteer.byNormalized.get(phrase) ?? []);
  if (phrase.length >= MIN_KEY_LETTERS) {
    for (const e of gazetteer.byKey.get(latinKey(phrase)) ?? []) entries.add(e);
  }
  const places = [...new Set([...entries].map((e) => gazetteer.names[e]!.place))]
    .map((p) => gazetteer.places[p]!)
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
    .slice(0, maxPlaces);
  const wanted = new Set(places);
  const ofWanted = (e: number) => wanted.has(gazetteer.places[gazetteer.names[e]!.place]!);
  const names = new Set<string>();
  gazetteer.names.forEach((name, e) => {
    // A name that also belongs to another place (GeoNames lists Buerat under Tarhuna, and
    // Gedid under Sabha and Jadid) would find that place's reports too.
    if (ofWanted(e) && gazetteer.byNormalized.get(name.normalized)!.every(ofWanted)) {
      names.add(name.normalized);
    }
  });
  return [...names];
}
