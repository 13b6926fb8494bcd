import { describe, expect, it } from "vitest";
import { libyaGazetteer } from "../demo/geo/libya-geo.js";
import fc from "fast-check";
import { normalizeForSearch, withoutLongVowels } from "./arabic.js";
import { buildGazetteer, type Place } from "./geo/gazetteer.js";
import { namesOfPlacesCalled } from "./geo/place-search.js";
import { parseSearchQuery, termFoundIn, termIndexIn, type SearchQuery } from "./search-query.js";

const place = (id: string, name: string, nameAr: string, variants: string[], population = 0) =>
  ({
    id,
    name,
    nameAr,
    variants,
    lat: 31,
    lon: 16,
    kind: "town",
    population,
    approximate: false,
    sources: ["test"],
  }) satisfies Place;

const gazetteer = buildGazetteer([
  place("sirte", "Sirte", "سرت", ["Surt", "Sirt", "Qasr Sirt", "Su"], 128_000),
  place("ras-lanuf", "Ras Lanuf", "راس لانوف", ["Ra's Lanuf"]),
  place("zawiya-1", "Az Zawiyah", "الزاوية", [], 200_000),
  place("zawiya-2", "Az Zawiyah", "الزاوية", ["Zawiyat al Bayda"]),
  place("tarhuna", "Tarhuna", "ترهونة", ["Tarhunah", "Buerat"]),
  place("buerat", "Buerat", "بويرات الحسون", []),
]);

const parse = (q: string): SearchQuery =>
  parseSearchQuery(q, {
    maxTerms: 10,
    otherNames: (phrase) => namesOfPlacesCalled(gazetteer, phrase),
  });
const finds = (q: string, text: string) =>
  parse(q).terms.every((t) => termFoundIn(t, normalizeForSearch(text)));

describe("a place name in a query", () => {
  it("finds the place's other names, in either script", () => {
    for (const q of ["Surt", "Sirte", "سرت", "Sirt"]) {
      expect(finds(q, "Artillery fire west of Sirte"), q).toBe(true);
      expect(finds(q, "قصف مدفعي غرب سرت"), q).toBe(true);
      expect(finds(q, "Shelling reported in Surt"), q).toBe(true);
    }
  });

  it("finds another name only at a word start (after a particle), never inside a word", () => {
    expect(finds("Surt", "وصلوا وسرت هادئة")).toBe(true);
    expect(finds("Surt", "عادت الأسرة إلى أسرته")).toBe(false);
    expect(finds("Surt", "the Sirtic gulf")).toBe(true); // a word that starts with the name
  });

  it("takes names of several words as one term, and leaves other words to match on their own", () => {
    const q = parse("Ras Lanuf port");
    expect(q.terms.map((t) => t.text)).toEqual(["ras lanuf", "port"]);
    expect(finds("Ras Lanuf port", "قصف ميناء راس لانوف port")).toBe(true);
    expect(finds("Ras Lanuf port", "قصف ميناء راس لانوف")).toBe(false);
  });

  it("leaves out names too short to mean anything, and names a shorter one already finds", () => {
    const sirte = parse("Sirte").terms[0]!.pattern;
    expect(sirte).not.toMatch(/\bsu\b/);
    expect(sirte).not.toContain("qasr sirt");
    expect(sirte).toContain("surt");
  });

  it("a name several places share finds the other names of each", () => {
    expect(finds("الزاوية", "near Zawiyat al Bayda")).toBe(true);
    expect(finds("Az Zawiyah", "اشتباكات في الزاوية")).toBe(true);
  });

  it("leaves out a name that another place has too", () => {
    expect(namesOfPlacesCalled(gazetteer, "tarhuna").sort()).toEqual([
      "tarhuna",
      "tarhunah",
      "ترهونه",
    ]);
    expect(finds("Tarhuna", "shelling near Buerat")).toBe(false);
    expect(finds("Tarhuna", "قصف قرب ترهونة")).toBe(true);
  });

  it("a word that names no place is only itself", () => {
    expect(parse("hospital").terms).toEqual([
      { text: "hospital", pattern: "hospital", bare: null },
    ]);
  });

  it("the shipped gazetteer knows Surt as Sirte and سرت", () => {
    const names = namesOfPlacesCalled(libyaGazetteer(), "surt");
    expect(names).toEqual(expect.arrayContaining(["sirte", "سرت"]));
  });
});

describe("a query", () => {
  it("reads tracking ids and references apart from its words", () => {
    const q = parse("R-000323 inc-18 Sirte");
    expect(q.labels.map((l) => l.label)).toEqual(["R-000323", "INC-00018"]);
    expect(q.terms.map((t) => t.text)).toEqual(["sirte"]);
  });

  it("finds longer Arabic words however their inner long vowels are written", () => {
    expect(finds("مليشيات", "تحركات ميليشيات مسلحة")).toBe(true);
    expect(finds("الميليشيات", "تحركات مليشيات مسلحة")).toBe(true);
    expect(finds("مليشيات مسلحة", "تحركات ميليشيات غير مسلحة")).toBe(true);
    expect(finds("مليشيات", "تحركات قوات مسلحة")).toBe(false);
  });

  it("gives a long Arabic word a bare run every text it is found in holds without long vowels", () => {
    expect(parse("منطاد").terms[0]!.bare).toBe("منطد");
    expect(parse("الميليشيات").terms[0]!.bare).toBe("ملشت");
    expect(parse("مليشيات مسلحة").terms.map((t) => t.bare)).toEqual(["ملشت", "مسلحه"]);
    // Too short for the vowels to be admitted, a place with other names, a Latin word: none.
    expect(parse("قصف").terms[0]!.bare).toBeNull();
    expect(parse("سرت").terms[0]!.bare).toBeNull();
    expect(parse("راس لانوف").terms[0]!.bare).toBeNull();
    // By property: whatever letters and long vowels surround and split the word, a text the
    // pattern finds holds the bare run once its long vowels are gone (cfm_search_bare).
    const letter = fc.constantFrom(..."بتثجحخدذرزسشصضطظعغفقكلمنهوياء ".split(""));
    fc.assert(
      fc.property(
        fc.array(letter, { minLength: 4, maxLength: 8 }),
        fc.array(letter, { maxLength: 6 }),
        fc.array(letter, { maxLength: 6 }),
        fc.array(fc.constantFrom("", "ا", "و", "ي", "اي", "وا"), { minLength: 8, maxLength: 8 }),
        (word, before, after, vowels) => {
          const typed = normalizeForSearch(word.join(""));
          const [term] = parseSearchQuery(typed, { maxTerms: 1, otherNames: () => [] }).terms;
          if (!term?.bare) return;
          const written = [...typed].map((c, i) => c + (i < typed.length - 1 ? vowels[i] : ""));
          const text = normalizeForSearch(`${before.join("")}${written.join("")}${after.join("")}`);
          if (!termFoundIn(term, text)) return;
          expect(new RegExp(term.bare, "u").test(withoutLongVowels(text))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("locates a term for the snippet at the word, not at the space before it", () => {
    const [term] = parse("Surt").terms;
    expect(termIndexIn(term!, "west of sirte")).toBe(8);
    expect(termIndexIn(term!, "nothing here")).toBe(-1);
  });

  it("keeps each term once and at most the limit", () => {
    const q = parseSearchQuery("a b a c d", { maxTerms: 3, otherNames: () => [] });
    expect(q.terms.map((t) => t.text)).toEqual(["a", "b", "c"]);
  });
});
