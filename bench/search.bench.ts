/**
 * Search at scale (issue 15): BENCH_SEARCH_ROWS incidents (default 1,000,000 on PostgreSQL), each
 * with one report and one finding, half of them released to the public, with Arabic and English
 * texts written in SQL (bench/incident-rows.ts): a common word in about 40 % of the reports and of
 * the narratives in each language, a rare one in 1 row of 20,000, place names (Sirte with its
 * gazetteer variants in 1 row of 12). Searched through the service, as mission staff (an analyst:
 * every row) and as one party's liaison (its own complaints, and what was released), each query
 * BENCH_SEARCH_ROUNDS times (default 20) after one warm-up: p50 and p95 against the p50 and p95 of
 * a plain indexed count(*) of the same reports and incidents, in the same run. Aim: p95 under
 * 150 ms on PostgreSQL at a million.
 *
 * The rows are written before the search migrations (20261210T010000_search_text, its
 * prefilters and its readers) are applied, so that applying them over the rows is timed too: what
 * an existing database of that size goes through.
 *
 * PostgreSQL when BENCH_DATABASE_URL is set, in a database of its own (bench_search, dropped
 * afterwards); PGlite at BENCH_SEARCH_PGLITE_ROWS (default 200,000: a million takes it too long
 * to write). BENCH_SEARCH_ENGINES=postgres (or pglite) runs one engine only.
 */
import { sql } from "kysely";
import { demoProfile } from "../src/demo/parties.js";
import type { Actor } from "../src/domain/roles.js";
import type { Deps } from "../src/services/deps.js";
import { initMission } from "../src/services/mission.js";
import { search } from "../src/services/search.js";
import { createUser } from "../src/services/users.js";
import type { Engine } from "../src/store/database.js";
import { migrate } from "../src/store/migrate.js";
import { undoSearchTextMigration } from "../test/search-texts.js";
import { insertIncidents, type IncidentTexts } from "./incident-rows.js";
import { absolute, relativeTo, type Measurement, type ResultRow } from "./report.js";
import { openScratch, positiveInt } from "./scratch.js";

const PG_ROWS = positiveInt("BENCH_SEARCH_ROWS", 1_000_000);
const PGLITE_ROWS = positiveInt("BENCH_SEARCH_PGLITE_ROWS", 200_000);
const ROUNDS = positiveInt("BENCH_SEARCH_ROUNDS", 20);
const LIMIT = 20;
const SYSTEM: Actor = { kind: "system", name: "bench" };

const QUERIES: { kind: string; q: string }[] = [
  { kind: "common English word", q: "shelling" },
  { kind: "rare English word", q: "zeppelin" },
  { kind: "common Arabic word", q: "قصف" },
  { kind: "rare Arabic word", q: "منطاد" },
  { kind: "place name with its gazetteer variants", q: "Sirte" },
  { kind: "common and rare word together", q: "shelling zeppelin" },
  { kind: "two letters (no trigram)", q: "ro" },
];

const EN =
  `artillery mortar rounds fired near village checkpoint road convoy reported vehicles militia
  positions north south east west civilian houses damaged witnesses heard explosions morning
  evening night drone observed troops moving gunfire heavy light bridge farm school market mosque
  clinic airport`.split(/\s+/);
const AR =
  `مدفعية هاون قذائف أطلقت قرب قرية نقطة تفتيش طريق قافلة أفادت آليات مليشيات مواقع شمال جنوب
  شرق غرب مدنيين منازل تضررت شهود سمعوا انفجارات صباحا مساء ليلا طائرة مسيرة رصدت قوات تتحرك
  إطلاق نار كثيف جسر مزرعة مدرسة سوق مسجد`.split(/\s+/);
const PLACES = [
  "Sirte",
  "Tripoli",
  "Misrata",
  "Gharyan",
  "Tarhuna",
  "Ain Zara",
  "طرابلس",
  "مصراتة",
  "غريان",
  "ترهونة",
  "عين زارة",
  "الزاوية",
];

/** `count` words of `vocab` picked from the row number g. */
function words(vocab: string[], count: number, salt: number) {
  return sql<string>`array_to_string(ARRAY(SELECT (${vocab}::text[])[1 + ((g * ${salt}
    + k * 7919 + (g / (k + 3)) * 31) % ${vocab.length})::int]
    FROM generate_series(1, ${count}) k), ' ')`;
}

/** English in even rows, Arabic in odd ones; the common word in 4 of 5, the rare one in 1 of 20,000. */
const TEXTS: IncidentTexts = {
  description: sql`CASE WHEN g % 2 = 0
    THEN (CASE WHEN g % 10 <> 0 THEN 'Shelling and ' ELSE '' END) || ${words(EN, 10, 31)}
      || CASE WHEN g % 20000 = 2 THEN ' zeppelin' ELSE '' END || '. #' || g
    ELSE (CASE WHEN g % 10 <> 1 THEN 'قصفٌ و' ELSE '' END) || ${words(AR, 10, 37)}
      || CASE WHEN g % 20000 = 3 THEN ' منطادٌ' ELSE '' END || ' #' || g END`,
  language: sql`CASE WHEN g % 2 = 0 THEN 'en' ELSE 'ar' END`,
  placeName: sql`(${PLACES}::text[])[1 + g % ${PLACES.length}]`,
  title: sql`'Incident near ' || (${PLACES}::text[])[1 + (g / 7) % ${PLACES.length}]`,
  narrative: sql`(CASE WHEN g % 5 <> 0 THEN 'Shelling of ' ELSE 'Fire on ' END)
    || ${words(EN, 12, 41)} || CASE WHEN g % 20000 = 5 THEN ' zeppelin' ELSE '' END || '.'`,
  narrativeAr: sql`(CASE WHEN g % 5 <> 0 THEN 'قصف ' ELSE 'نار على ' END)
    || ${words(AR, 12, 43)} || CASE WHEN g % 20000 = 6 THEN ' منطاد' ELSE '' END`,
};

export async function run(): Promise<ResultRow[]> {
  const engines = (process.env.BENCH_SEARCH_ENGINES ?? "pglite,postgres").split(",");
  // One after the other: PGlite runs in this thread and would hold up the other's statements.
  const rows: ResultRow[] = [];
  if (engines.includes("pglite")) rows.push(...(await measure("pglite", PGLITE_ROWS)));
  if (engines.includes("postgres") && process.env.BENCH_DATABASE_URL)
    rows.push(...(await measure("postgres", PG_ROWS)));
  return rows;
}

async function measure(engine: Engine, n: number): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, {
    prefix: "search",
    name: engine === "postgres" ? "bench_search" : undefined,
    // at a million rows a statement after the migration (VACUUM ANALYZE, most likely) outlasted
    // the server's 30 s: the run of 2026-12-07 stopped there, after a 17-minute migration
    statementTimeoutMs: 0,
  });
  try {
    const { deps } = scratch;
    if (engine === "pglite") await sql`ALTER SYSTEM SET max_wal_size = '64MB'`.execute(deps.db);
    const actors = await seed(deps);
    await undoSearchTextMigration(deps.db);
    let t0 = performance.now();
    await fill(deps, n, actors);
    const fillS = (performance.now() - t0) / 1000;
    console.error(`   ${engine}: ${n} incidents and reports written in ${fillS.toFixed(0)} s`);
    t0 = performance.now();
    await migrate(deps.db);
    const migrationS = (performance.now() - t0) / 1000;
    console.error(`   ${engine}: search migration over them in ${migrationS.toFixed(0)} s`);
    await sql`VACUUM ANALYZE`.execute(deps.db);
    return [
      ...(await searches(engine, n, deps, actors)),
      ...absolute([
        {
          figure: `${engine}: applying the search migration to ${n} reports and ${n} incidents`,
          value: migrationS,
          unit: "s",
        },
      ]),
    ];
  } finally {
    await scratch.close();
  }
}

interface BenchActors {
  analyst: Actor;
  liaison: Extract<Actor, { kind: "user" }>;
  other: string;
}

async function seed(deps: Deps): Promise<BenchActors> {
  await initMission(deps, SYSTEM, demoProfile());
  const user = async (username: string, role: "analyst" | "liaison", party: string | null) => {
    const u = await createUser(deps, SYSTEM, {
      username,
      displayName: username,
      role,
      party,
      password: "bench search password",
    });
    return { kind: "user" as const, userId: u.id, username, role, party };
  };
  return {
    analyst: await user("analyst", "analyst", null),
    liaison: await user("liaison-gna", "liaison", "GNA"),
    other: demoProfile().parties.find((p) => p.code !== "GNA")!.code,
  };
}

/** The first half released to the public a year ago, the second half not released. */
async function fill(deps: Deps, n: number, actors: BenchActors): Promise<void> {
  const half = Math.floor(n / 2);
  const common = {
    from: new Date("2020-01-01T00:00:00Z"),
    spanMs: 365 * 86_400_000,
    by: (actors.analyst as { userId: string }).userId,
    parties: ["GNA", actors.other] as const,
    complainant: actors.liaison.userId,
    texts: TEXTS,
    // Search reads no map counts; rebuilt here they would be weighed without releases_finding,
    // which the search migration (applied after the load) creates: minutes per 100,000 rows.
    countMap: false,
  };
  const releasedAt = new Date(deps.clock().getTime() - 365 * 86_400_000);
  await insertIncidents(deps.db, { ...common, first: 1, last: half, releasedAt });
  await insertIncidents(deps.db, { ...common, first: half + 1, last: n });
}

async function searches(
  engine: Engine,
  n: number,
  deps: Deps,
  actors: BenchActors,
): Promise<ResultRow[]> {
  const count = await timed(async () => {
    const { rows } = await sql<{ n: number }>`SELECT (SELECT count(*) FROM reports)
      + (SELECT count(*) FROM incidents) AS n`.execute(deps.db);
    return Number(rows[0]!.n);
  });
  console.error(`   ${engine}: counted ${count.result} reports and incidents`);
  const p50: Measurement[] = [];
  const p95: Measurement[] = [];
  for (const [who, actor] of [
    ["mission analyst", actors.analyst],
    ["party liaison", actors.liaison],
  ] as const) {
    for (const { kind, q } of QUERIES) {
      const found = await timed(() => search(deps, actor, { q, limit: LIMIT }));
      const { items, truncated } = found.result;
      console.error(
        `   ${engine}: ${who}, "${q}": ${items.length} hits${truncated ? " (more)" : ""}, ` +
          `p50 ${found.p50.toFixed(1)} ms, p95 ${found.p95.toFixed(1)} ms`,
      );
      const figure = `${engine}: ${who}, ${kind} "${q}"`;
      p50.push({ figure: `${figure}, p50`, value: found.p50, unit: "ms" });
      p95.push({ figure: `${figure}, p95`, value: found.p95, unit: "ms" });
    }
  }
  const rows = `${n} reports and ${n} incidents`;
  return [
    ...relativeTo(
      { figure: `${engine}: count(*) over ${rows}, p95 (baseline)`, value: count.p95, unit: "ms" },
      p95,
    ),
    ...relativeTo(
      { figure: `${engine}: count(*) over ${rows}, p50 (baseline)`, value: count.p50, unit: "ms" },
      p50,
    ),
  ];
}

/** p50 and p95 of ROUNDS runs after one warm-up. */
async function timed<T>(fn: () => Promise<T>): Promise<{ p50: number; p95: number; result: T }> {
  let result = await fn();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), result };
}
