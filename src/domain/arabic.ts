/**
 * Arabic and Latin text normalisation for matching names, places and report text.
 *
 * Both the indexed text and the query go through the same function, so a normalisation only has
 * to be consistent, not linguistically complete. See stack-notes.md "Arabic search": neither
 * PostgreSQL's `arabic` configuration nor `unaccent` does this for us.
 */

// Harakat (U+064B–U+0652) and the superscript alef (U+0670) as the issue asks, plus the rest of
// U+0653–U+065F (madda and hamza as combining marks) and the Quranic annotation signs, which
// appear in text pasted from religious or formal sources and are never meaningful for matching.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;

const ARABIC_LETTER_MAP: Readonly<Record<string, string>> = {
  "\u0622": "\u0627", // آ → ا
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0649": "\u064A", // ى → ي
  "\u06CC": "\u064A", // Persian/Urdu ی → ي
  "\u0629": "\u0647", // ة → ه
  "\u06A9": "\u0643", // Persian/Urdu ک → ك
};
const ARABIC_LETTERS_TO_UNIFY = /[\u0622\u0623\u0625\u0671\u0649\u06CC\u0629\u06A9]/g;

/**
 * Arabic spelling variants that writers use interchangeably collapse to one form: diacritics and
 * tatweel go, hamza-carrying alefs become bare alef, alef maqsura becomes ya, ta marbuta becomes
 * ha, and Persian/Urdu kaf and ya become their Arabic letters. Everything else is left alone.
 */
export function normalizeArabic(text: string): string {
  // NFC first so that a decomposed "ا + hamza above" is unified like the precomposed "أ".
  return text
    .normalize("NFC")
    .replace(ARABIC_MARKS, "")
    .replace(TATWEEL, "")
    .replace(ARABIC_LETTERS_TO_UNIFY, (c) => ARABIC_LETTER_MAP[c] ?? c);
}

// Apostrophes, ayn and hamza signs written inside transliterated names (Bu'airat, Ra's, Tajura`):
// removed, not turned into spaces, because they sit inside one word.
const INWORD_MARKS = /['`\u00B4\u02B9-\u02BF\u02C8\u2018\u2019\u201B\u2032]/g;

const SEARCH_LETTER_MAP: Readonly<Record<string, string>> = {
  ...ARABIC_LETTER_MAP,
  "\u0621": "", // ء on the line is written or dropped at will (تاجوراء / تاجورا)
  "\u0640": "",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
};
const SEARCH_LETTERS = /[\u0621\u0622\u0623\u0625\u0640\u0649\u0671\u06A9\u06CC\u0629ßæœøłđðþıħ]/g;

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function foldCharacters(text: string): string {
  return text
    .replace(INWORD_MARKS, "")
    .normalize("NFKD")
    .toLowerCase()
    .normalize("NFKD") // lower-casing can yield a decomposable letter (İ → i̇)
    .replace(INWORD_MARKS, "") // and so can decomposing (ŉ → ʼn): else a second pass differs
    .replace(/\p{M}/gu, "")
    .replace(SEARCH_LETTERS, (c) => SEARCH_LETTER_MAP[c] ?? c)
    .replace(EASTERN_DIGITS, (d) => {
      const code = d.charCodeAt(0);
      const zero =
        code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
      return String(code - zero);
    });
}

const LATIN_ARTICLE = /^[ae]l$/;
// "ash Shati'", "az Zawiyah", "an Nuqat": the article assimilated to a sun letter.
const SUN_LETTER_ARTICLE = /^[ae]([tdrszn]h?)$/;
const ARABIC_ARTICLE = "\u0627\u0644";

function isArticle(word: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (LATIN_ARTICLE.test(word) || word === ARABIC_ARTICLE) return true;
  const sun = SUN_LETTER_ARTICLE.exec(word);
  return sun !== null && next.startsWith(sun[1]!);
}

function dropArabicArticle(word: string): string {
  // Repeated so that the result is stable under a second pass (idempotence).
  let w = word;
  while (w.startsWith(ARABIC_ARTICLE) && w.length - ARABIC_ARTICLE.length >= 2) w = w.slice(2);
  return w;
}

/**
 * Normalises Latin or Arabic text for comparison: lower case, no diacritics in either script,
 * unified Arabic letter variants, Western digits, punctuation as single spaces, and the article
 * (al-, el-, ash-, az- … or ال) dropped at word starts when another word follows or, in Arabic,
 * when the word is long enough to be more than an article.
 */
export function normalizeForSearch(text: string): string {
  // The Arabic article comes off first, so that what is left ("الal" → "al") is judged as a
  // word like any other: normalising twice then gives what normalising once gave.
  const words = foldCharacters(text)
    .split(/[^\p{L}\p{N}]+/u)
    .map(dropArabicArticle)
    .filter((w) => w.length > 0);
  return words.filter((word, i) => !isArticle(word, words[i + 1])).join(" ");
}

// Transliteration variants of the same Arabic sound, applied until nothing changes. Digraphs go
// first so that their letters are not mapped one by one.
const LATIN_KEY_RULES: readonly [RegExp, string][] = [
  [/dj/g, "j"], // French: Djebel
  [/kh/g, "k"],
  [/gh/g, "g"], // Ghadames / Gadames
  [/ch/g, "sh"], // French: Chahat
  [/ph/g, "f"],
  [/th/g, "t"],
  [/dh/g, "d"],
  [/ou|oo|o/g, "u"], // Tajoura / Tajura; Arabic has three vowels, a/i/u
  [/ee|e/g, "i"],
  [/y/g, "i"], // Ayn / Ain, Zawiya / Zawia
  [/[qgc]/g, "k"], // Qasr / Gasr, Abu Qurayn / Abu Grein (Libyan q is often said g)
  [/v/g, "w"], // Zavia / Zawia
  [/([aiu])h\b/g, "$1"], // Misratah / Misrata
  [/([a-z])\1+/g, "$1"], // Misurrata, Ajdabiyya
];

/**
 * A transliteration-tolerant key for Latin-script names: spellings that differ only in the
 * conventions above (doubled letters, ou/u, e/i, q/k/g, kh/k, final -ah) get the same key.
 * Arabic-script words pass through normalised. Used for matching, never shown.
 */
export function latinKey(text: string): string {
  let key = normalizeForSearch(text);
  for (let pass = 0; pass < 8; pass++) {
    const before = key;
    for (const [pattern, replacement] of LATIN_KEY_RULES) key = key.replace(pattern, replacement);
    // A rule can make an article of a word ("aal" → "al"): drop it as normalisation would.
    key = normalizeForSearch(key);
    if (key === before) break;
  }
  return key;
}

/**
 * The consonant skeleton of `latinKey`: Latin vowels removed, so that a vowel a writer adds or
 * leaves out (Misrata / Misurata, Sirte / Surt) does not matter. Coarser than the key; callers
 * should rank a skeleton match below an exact or key match.
 */
export function latinSkeleton(text: string): string {
  return latinKey(text)
    .split(" ")
    .map((w) => w.replace(/[aiu]/g, "").replace(/([a-z])\1+/g, "$1"))
    .filter((w) => w.length > 0)
    .join(" ");
}

// Arabic letters as normalizeForSearch leaves them (hamza forms, ta marbuta, alef maqsura gone).
const ARABIC_WORD = /^[\u0620-\u064A\u066E-\u06D3]+$/;
const LONG_VOWELS = "\u0627\u0648\u064A"; // ا و ي
const MIN_VOWELLESS_LETTERS = 4;

/**
 * A normalised Arabic word without the long vowels ا/و/ي inside it (its first and last letters
 * stay): ميليشيات and مليشيات both give ملشت. Writers add or drop these letters inside a word
 * (ميليشيا / مليشيا, ريبورتاج / ربورتاج), so words with the same form here
 * are taken as one word written two ways. Other words are returned unchanged.
 */
export function withoutInnerLongVowels(word: string): string {
  if (!ARABIC_WORD.test(word) || word.length < 3) return word;
  const inner = [...word.slice(1, -1)].filter((c) => !LONG_VOWELS.includes(c)).join("");
  return word[0] + inner + word[word.length - 1];
}

/** Every ا و ي taken out, as the stored texts' `bare` column (cfm_search_bare) does. */
export function withoutLongVowels(text: string): string {
  return [...text].filter((c) => !LONG_VOWELS.includes(c)).join("");
}

/**
 * A regular expression (its source, read alike by JavaScript and PostgreSQL's `~`) that finds a
 * normalised Arabic word inside normalised text however many long vowels are written between
 * its letters, or null when the word is not Arabic or too short for this to be safe: with fewer
 * than four letters left without its vowels, different words meet (سرت the town, سارت "went";
 * كتب, كاتب, كتيب), and such a short form is found inside many longer words.
 */
export function longVowelTolerantPattern(word: string): string | null {
  const letters = [...withoutInnerLongVowels(word)];
  if (!ARABIC_WORD.test(word) || letters.length < MIN_VOWELLESS_LETTERS) return null;
  return letters.join(`[${LONG_VOWELS}]*`);
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function hasArabicScript(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}

/** 2024 → ٢٠٢٤ (Arabic-Indic digits, as Arabic-language reports print numbers). */
export function toArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(d)));
}

/** The number of words: maximal runs of letters, combining marks and digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
}
