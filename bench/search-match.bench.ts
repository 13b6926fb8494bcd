/**
 * The cost of search matching per row: the demo scenario's report texts (Arabic and English,
 * each with its place name) repeated to BENCH_SEARCH_ROWS rows (default 20000), counted with the
 * match the search repository runs, one regular expression per query term on cfm_normalize(text)
 * (src/domain/search-query.ts), for a plain word, a place name that also looks for its gazetteer
 * names, an Arabic word matched whatever its inner long vowels, and two words. The baseline is
 * the match search ran before: one `cfm_normalize(text) LIKE '%word%'` per query word. Cases take
 * turns BENCH_SEARCH_ROUNDS times (default 5); each figure is the median. Aim: a search costs
 * less than 1.5 times the baseline of the same query's words. PGlite always; PostgreSQL too when
 * BENCH_DATABASE_URL is set.
 *
 * Both sides normalise every row at query time, which is what dominates: about 10 s for 20,000
 * rows on PGlite on a loaded 2-core machine (results/search-match.json). Search itself no longer
 * does: it reads stored normalised texts through trigram indexes (decision 0028), measured end to
 * end at a million rows by search.bench.ts. This one is kept for what that one cannot show: the
 * cost of the term patterns themselves (long-vowel tolerance, gazetteer names) against plain
 * LIKE, which search still pays on every candidate row the index or the newest-first walk gives.
 */
import { sql } from "kysely";
import { libyaGeography } from "../src/demo/geo/libya-geo.js";
import { generateScenario } from "../src/demo/reports.js";
import { namesOfPlacesCalled } from "../src/domain/geo/place-search.js";
import { normalizeForSearch } from "../src/domain/arabic.js";
import { parseSearchQuery } from "../src/domain/search-query.js";
import type { Db } from "../src/services/deps.js";
import type { Engine } from "../src/store/database.js";
import { relativeTo, type ResultRow } from "./report.js";
import { openScratch, positiveInt } from "./scratch.js";

const ROWS = positiveInt("BENCH_SEARCH_ROWS", 20_000);
const ROUNDS = positiveInt("BENCH_SEARCH_ROUNDS", 5);
const AIM = 1.5;
const QUERIES = ["Sirte", "Surt", "مليشيات", "قصف مدفعي"];

export async function run(): Promise<ResultRow[]> {
  const rows = await measure("pglite");
  if (process.env.BENCH_DATABASE_URL) rows.push(...(await measure("postgres")));
  return rows;
}

async function measure(engine: Engine): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, { prefix: "search" });
  try {
    const db = scratch.deps.db;
    await fill(db);
    const cases = QUERIES.flatMap((q) => [
      { figure: `${engine}: "${q}" before (LIKE per word)`, q, run: () => countLike(db, q) },
      { figure: `${engine}: "${q}" now`, q, run: () => countNow(db, q) },
    ]);
    const times = new Map(cases.map((c) => [c.figure, [] as number[]]));
    const counts = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of cases) {
        const t0 = performance.now();
        counts.set(c.figure, await c.run());
        times.get(c.figure)!.push(performance.now() - t0);
      }
    }
    for (const c of cases) console.error(`   ${c.figure}: ${counts.get(c.figure)} rows`);
    const ms = (figure: string) => median(times.get(figure)!);
    return QUERIES.flatMap((q) => {
      const before = `${engine}: "${q}" before (LIKE per word)`;
      return relativeTo({ figure: before, value: ms(before), unit: "ms" }, [
        {
          figure: `${engine}: "${q}" now`,
          value: ms(`${engine}: "${q}" now`),
          unit: "ms",
          target: AIM,
        },
      ]);
    });
  } finally {
    await scratch.close();
  }
}

async function fill(db: Db): Promise<void> {
  const texts = generateScenario().reports.map(
    (r) => `${r.input.description} ${r.input.placeName ?? ""}`,
  );
  await sql`CREATE TABLE bench_texts (id int PRIMARY KEY, body text NOT NULL)`.execute(db);
  const batch = 1000;
  for (let start = 0; start < ROWS; start += batch) {
    const ids = Array.from({ length: Math.min(batch, ROWS - start) }, (_, i) => start + i);
    await sql`INSERT INTO bench_texts
      SELECT id, body FROM unnest(${ids}::int[], ${ids.map((i) => texts[i % texts.length]!)}::text[])
        AS t(id, body)`.execute(db);
  }
}

async function countLike(db: Db, q: string): Promise<number> {
  const words = normalizeForSearch(q).split(" ");
  const conditions = words.map((w) => sql`cfm_normalize(body) LIKE ${`%${w}%`}`);
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM bench_texts WHERE ${sql.join(conditions, sql` AND `)}`.execute(
    db,
  );
  return rows[0]!.n;
}

async function countNow(db: Db, q: string): Promise<number> {
  const { terms } = parseSearchQuery(q, {
    maxTerms: 10,
    otherNames: (phrase) => namesOfPlacesCalled(libyaGeography.gazetteer(), phrase),
  });
  const conditions = terms.map((t) => sql`cfm_normalize(body) ~ ${t.pattern}`);
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM bench_texts WHERE ${sql.join(conditions, sql` AND `)}`.execute(
    db,
  );
  return rows[0]!.n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
