import fc from "fast-check";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { normalizeForSearch } from "../domain/arabic.js";
import { sectorOf } from "../domain/sectors.js";
import { missionState } from "./mission.js";
import { describeEachEngine, testGeography } from "../../test/db.js";
import { initLibyaMission } from "../../test/fixtures.js";
import { sectorSql } from "../store/stats-repo.js";
import { namesOfPlacesCalled } from "../domain/geo/place-search.js";
import { parseSearchQuery, termFoundIn } from "../domain/search-query.js";
import { snippetOf } from "./search.js";

const termsOf = (q: string) => parseSearchQuery(q, { maxTerms: 10, otherNames: () => [] }).terms;

// Report text as it is written: Arabic letters in every hamza, alef, ya and ta marbuta form,
// harakat, tatweel, the article, Eastern digits, some Latin with accents, spaces and punctuation.
const alphabet = [
  ..."ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإٱىةؤئکیـ",
  ..."\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670",
  ..."٠١٢٣٤٥٦٧٨٩0123456789",
  ..."abdeilnorstuzAEÉèüç'’-.,()،؛؟",
  " ",
  " ",
  "ال",
  "ال ",
  "al ",
  "as s",
];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join(""));

describeEachEngine("cfm_normalize (SQL) and normalizeForSearch agree", (ctx) => {
  it("on fixed examples", async () => {
    const samples = [
      "تَاجُورَاء",
      "قاعدة الجفرة الجوية",
      "مستشفى",
      "Ash Shati'",
      "كم ٤٢",
      "ﻻ",
      "ŉ",
      "Bu´airat",
      "الas s0غْاA٦4ر", // the Arabic article first, then the assimilated "as"
    ];
    for (const s of samples) {
      const { rows } = await sql<{ n: string }>`SELECT cfm_normalize(${s}) AS n`.execute(
        ctx.deps.db,
      );
      expect(rows[0]!.n).toBe(normalizeForSearch(s));
    }
  });

  it("on random Arabic and Latin strings", async () => {
    const samples = fc.sample(text, 400);
    const { rows } = await sql<{ s: string; n: string }>`
      SELECT s, cfm_normalize(s) AS n FROM unnest(${samples}::text[]) AS s`.execute(ctx.deps.db);
    const disagreements = rows
      .filter((r) => r.n !== normalizeForSearch(r.s))
      .map((r) => ({ input: r.s, sql: r.n, ts: normalizeForSearch(r.s) }));
    expect(disagreements).toEqual([]);
  });

  it("a term's pattern finds the same texts with PostgreSQL's ~ as in JavaScript", async () => {
    const queries = [
      "Surt",
      "سرت",
      "Ras Lanuf",
      "مليشيات",
      "طرابلس",
      "قذائف هاون",
      ...fc.sample(text, 30),
    ];
    const terms = queries.flatMap(
      (q) =>
        parseSearchQuery(q, {
          maxTerms: 10,
          otherNames: (phrase) => namesOfPlacesCalled(testGeography.gazetteer(), phrase),
        }).terms,
    );
    const texts = [
      "قصف غرب سرت",
      "عادت إلى أسرته",
      "تحركات ميليشيات مسلحة",
      "Shelling west of Sirte",
      "ميناء راس لانوف",
      "سقوط قذايف هاون",
      ...fc.sample(text, 100),
    ];
    const pairs = terms.flatMap((t) => texts.map((x) => [t, x] as const));
    const { rows } = await sql<{ i: number; found: boolean }>`
      SELECT i, cfm_normalize(x) ~ p AS found
      FROM unnest(${pairs.map((p) => p[0].pattern)}::text[], ${pairs.map((p) => p[1])}::text[])
        WITH ORDINALITY AS u(p, x, i)`.execute(ctx.deps.db);
    const disagreements = rows
      .map((r) => ({ pair: pairs[Number(r.i) - 1]!, sql: r.found }))
      .filter(({ pair, sql }) => sql !== termFoundIn(pair[0], normalizeForSearch(pair[1])))
      .map(({ pair, sql }) => ({ pattern: pair[0].pattern, text: pair[1], sql }));
    expect(disagreements).toEqual([]);
    expect(rows.filter((r) => r.found).length).toBeGreaterThan(6);
  });

  it("sectors: the SQL CASE and sectorOf() agree on random points", async () => {
    await initLibyaMission(ctx.deps);
    const points = fc.sample(
      fc.record({
        lat: fc.double({ min: 26, max: 34, noNaN: true }),
        lon: fc.double({ min: 10, max: 21, noNaN: true }),
      }),
      300,
    );
    const lats = points.map((p) => p.lat);
    const lons = points.map((p) => p.lon);
    const { rows } = await sql<{ lat: number; lon: number; sector: string }>`
      SELECT reports.lat, reports.lon, ${sectorSql("reports")} AS sector
      FROM unnest(${lats}::float8[], ${lons}::float8[]) AS reports(lat, lon)`.execute(ctx.deps.db);
    const { sectors } = await missionState(ctx.deps);
    expect(sectors.map((s) => s.code)).toEqual(["tripoli_front", "sirte_jufra"]);
    for (const r of rows) expect(r.sector).toBe(sectorOf({ lat: r.lat, lon: r.lon }, sectors));
    expect(new Set(rows.map((r) => r.sector))).toEqual(
      new Set(["tripoli_front", "sirte_jufra", "other"]),
    );
  });
});

describe("snippetOf", () => {
  it("shows the words around the first match, as written, with ellipses", () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[20] = "مُسْتَشْفَى";
    const s = snippetOf(words.join(" "), termsOf("مستشفي"));
    expect(s.startsWith("… w12 ")).toBe(true);
    expect(s).toContain("مُسْتَشْفَى");
    expect(s.endsWith(" …")).toBe(true);
  });

  it("shows a short text whole", () => {
    expect(snippetOf("قصف عين زارة", termsOf("زاره"))).toBe("قصف عين زارة");
  });
});
