/**
 * What a search query asks for, worked out before the database is asked: the tracking ids and
 * references it names, and its words as terms that must all be found. A term is found when any
 * of its patterns is: the words as typed (an Arabic word also with its inner long vowels written
 * or not), or, when the words are a place's name, one of that place's other names.
 */
import { longVowelTolerantPattern, normalizeForSearch, withoutLongVowels } from "./arabic.js";
import { readRecordLabels, type RecordLabel } from "./record-labels.js";

export interface SearchTerm {
  /** The query words it stands for, normalised. */
  text: string;
  /**
   * One regular expression (read alike by JavaScript and PostgreSQL's `~`) to find in text
   * normalised by normalizeForSearch / cfm_normalize.
   */
  pattern: string;
  /**
   * A plain run of letters every text matching `pattern` holds once its long vowels ا و ي are
   * taken out (the stored texts' `bare` column): an index-friendly stand-in for a pattern that
   * admits long vowels between a word's letters. Null when the term has no such run.
   */
  bare: string | null;
}

export interface SearchQuery {
  /** The query after normalisation. */
  normalized: string;
  labels: RecordLabel[];
  terms: SearchTerm[];
}

export interface SearchQueryOptions {
  maxTerms: number;
  /** Other names, normalised, of the places called exactly `phrase`; [] when none is. */
  otherNames: (phrase: string) => string[];
}

// Place names of up to three words (Ras Lanuf, Abu Qurayn, Qasr Bin Ghashir).
const MAX_PHRASE_WORDS = 3;
// Names shorter than this (abbreviations, fragments of variants) would match inside any text.
const MIN_NAME_LENGTH = 3;
const MAX_OTHER_NAMES = 24;
// Another name must start a word, after at most one attached Arabic particle (و ف ب ل ك):
// سرت must not be found inside اسرته.
const WORD_START = "(?:^| )[وفبلك]?";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function parseSearchQuery(q: string, options: SearchQueryOptions): SearchQuery {
  const normalized = normalizeForSearch(q);
  const { labels, rest } = readRecordLabels(normalized.split(" ").filter(Boolean));
  const terms: SearchTerm[] = [];
  for (let i = 0; i < rest.length && terms.length < options.maxTerms;) {
    let taken = 1;
    let names: string[] = [];
    for (let n = Math.min(MAX_PHRASE_WORDS, rest.length - i); n >= 1; n--) {
      names = options.otherNames(rest.slice(i, i + n).join(" "));
      if (names.length > 0 || n === 1) {
        taken = n;
        break;
      }
    }
    const text = rest.slice(i, i + taken).join(" ");
    if (!terms.some((t) => t.text === text)) terms.push(termOf(text, names));
    i += taken;
  }
  return { normalized, labels, terms };
}

function termOf(text: string, otherNames: readonly string[]): SearchTerm {
  const typed = text
    .split(" ")
    .map((w) => longVowelTolerantPattern(w) ?? escapeRegExp(w))
    .join(" ");
  const others = withoutRedundant(
    otherNames.filter((n) => n.length >= MIN_NAME_LENGTH && !n.includes(text)),
  ).slice(0, MAX_OTHER_NAMES);
  const alternatives = [typed, ...others.map((n) => WORD_START + escapeRegExp(n))];
  return {
    text,
    pattern: alternatives.length === 1 ? typed : alternatives.map((a) => `(?:${a})`).join("|"),
    bare: alternatives.length === 1 ? bareRunOf(text) : null,
  };
}

/** Drops a name that a shorter one already finds at a word start (Qasr Sirt beside Sirt). */
/** A one-word Arabic term searched for whatever its long vowels: its letters without them. */
function bareRunOf(text: string): string | null {
  if (text.includes(" ") || longVowelTolerantPattern(text) === null) return null;
  const bare = withoutLongVowels(text);
  return bare.length >= 3 ? escapeRegExp(bare) : null;
}

function withoutRedundant(names: readonly string[]): string[] {
  const kept: string[] = [];
  for (const name of [...new Set(names)].sort((a, b) => a.length - b.length)) {
    if (!kept.some((k) => name.startsWith(k) || name.includes(` ${k}`))) kept.push(name);
  }
  return kept;
}

/** Whether a text, normalised, holds the term. */
export function termFoundIn(term: SearchTerm, normalizedText: string): boolean {
  return new RegExp(term.pattern, "u").test(normalizedText);
}

/** Where the term starts in a normalised text, or -1. */
export function termIndexIn(term: SearchTerm, normalizedText: string): number {
  const m = new RegExp(term.pattern, "u").exec(normalizedText);
  if (!m) return -1;
  // A match at a word start begins with the space before the word.
  return m[0].startsWith(" ") ? m.index + 1 : m.index;
}
