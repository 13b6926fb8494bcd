/**
 * Map views over many reports: a whole-Libya GeoJSON request (grid clusters counted in SQL) and a
 * small-box request (points), against a plain `SELECT count(*)` over the same rows in the same
 * run, with the size of each response. Aim: the whole-country view stays small (well under
 * 100 kB) and costs a small multiple of counting the rows.
 *
 * Rows are inserted directly (INSERT … SELECT generate_series), half each party, spread over
 * Libya with a third around Tripoli. BENCH_MAP_ROWS sizes the run (default 100000; 1000000 for
 * the million). PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set.
 */

import { sql } from "kysely";

import { demoProfile } from "../src/demo/parties.js";
import { initMission } from "../src/services/mission.js";
import type { Actor } from "../src/domain/roles.js";
import { presentMapView, reportPointProperties } from "../src/http/presenters/map.js";
import type { Db, Deps } from "../src/services/deps.js";
import { reportMap, type ReportMapQuery } from "../src/services/map.js";
import { createUser } from "../src/services/users.js";
import { type Engine } from "../src/store/database.js";

import { absolute, relativeTo, type ResultRow } from "./report.js";
import { openScratch, positiveInt } from "./scratch.js";

const ROWS = positiveInt("BENCH_MAP_ROWS", 100_000);
const REPEAT = 5;
const BATCH = 100_000;
const SYSTEM: Actor = { kind: "system", name: "bench" };
const LIBYA = "9,19,26,34";
const AIN_ZARA = "13.2,32.75,13.35,32.85";

export async function run(): Promise<ResultRow[]> {
  const rows = await measure("pglite");
  if (process.env.BENCH_DATABASE_URL) rows.push(...(await measure("postgres")));
  return rows;
}

async function measure(engine: Engine): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, { prefix: "map" });
  try {
    // A million inserted rows fill PGlite's write-ahead log fast; checkpoint sooner.
    if (engine === "pglite")
      await sql`ALTER SYSTEM SET max_wal_size = '64MB'`.execute(scratch.deps.db);
    const actors = await seed(scratch.deps);
    const t0 = performance.now();
    await insertRows(scratch.deps.db, actors.liaison.userId, actors.other);
    console.error(
      `   ${engine}: ${ROWS} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    return await measureOn(engine, scratch.deps, actors);
  } finally {
    await scratch.close();
  }
}

interface BenchActors {
  intake: Actor;
  liaison: Extract<Actor, { kind: "user" }>;
  other: string;
}

async function measureOn(engine: Engine, deps: Deps, actors: BenchActors): Promise<ResultRow[]> {
  const count = await timed(async () => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM reports`.execute(
      deps.db,
    );
    return rows[0]!.n;
  });
  const view = (actor: Actor, query: ReportMapQuery) =>
    timed(async () =>
      JSON.stringify(presentMapView(await reportMap(deps, actor, query), reportPointProperties)),
    );
  const libya = await view(actors.intake, { bbox: LIBYA });
  const libyaLiaison = await view(actors.liaison, { bbox: LIBYA });
  const small = await view(actors.intake, { bbox: AIN_ZARA, zoom: 16 });
  const features = (json: string) => (JSON.parse(json) as { features: unknown[] }).features.length;
  const ms = "ms";
  const rows = `${ROWS} rows`;
  console.error(`   ${engine}: counted ${count.result} rows`);
  return [
    ...relativeTo(
      { figure: `${engine}: SELECT count(*) over ${rows} (baseline)`, value: count.ms, unit: ms },
      [
        { figure: `${engine}: whole Libya, clustered (intake)`, value: libya.ms, unit: ms },
        {
          figure: `${engine}: whole Libya, clustered (one party's liaison)`,
          value: libyaLiaison.ms,
          unit: ms,
        },
        { figure: `${engine}: Ain Zara box at zoom 16`, value: small.ms, unit: ms },
      ],
    ),
    ...absolute([
      { figure: `${engine}: whole Libya response`, value: libya.result.length / 1024, unit: "kB" },
      {
        figure: `${engine}: whole Libya clusters`,
        value: features(libya.result),
        unit: "features",
      },
      { figure: `${engine}: Ain Zara box response`, value: small.result.length / 1024, unit: "kB" },
      {
        figure: `${engine}: Ain Zara box features`,
        value: features(small.result),
        unit: "features",
      },
    ]),
  ];
}

/** The median of REPEAT runs after one warm-up. */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await fn();
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(REPEAT / 2)]!, result };
}

/** Half the rows the liaison's party, half the other; a third within ~15 km of Ain Zara. */
async function insertRows(db: Db, liaisonId: string, other: string): Promise<void> {
  for (let start = 1; start <= ROWS; start += BATCH) {
    const end = Math.min(ROWS, start + BATCH - 1);
    await sql`INSERT INTO reports (id, tracking_id, source_kind, submitted_by, submitter_party,
        alleged_party, received_at, occurred_from, occurred_to, lat, lon, category, description,
        language)
      SELECT gen_random_uuid(), 'B-' || g, 'party_complaint',
        CASE WHEN g % 2 = 0 THEN ${liaisonId}::uuid END,
        CASE WHEN g % 2 = 0 THEN 'GNA' ELSE ${other} END,
        CASE WHEN g % 2 = 0 THEN ${other} ELSE 'GNA' END,
        now(), ts, ts + interval '1 hour',
        CASE WHEN g % 3 = 0 THEN 32.8 + (random() - 0.5) * 0.25 ELSE 20 + random() * 13 END,
        CASE WHEN g % 3 = 0 THEN 13.29 + (random() - 0.5) * 0.3 ELSE 10 + random() * 15 END,
        (ARRAY['A1','A2','A3','A4','A6','B1','D1'])[1 + g % 7], 'bench', 'en'
      FROM generate_series(${start}::int, ${end}::int) g,
        LATERAL (SELECT timestamptz '2020-01-12' + (g % 300) * interval '1 day' AS ts) t`.execute(
      db,
    );
  }
  await sql`ANALYZE reports`.execute(db);
}

async function seed(deps: Deps): Promise<BenchActors> {
  await initMission(deps, SYSTEM, demoProfile());
  const user = async (username: string, role: "intake" | "liaison", party: string | null) => {
    const u = await createUser(deps, SYSTEM, {
      username,
      displayName: username,
      role,
      party,
      password: "bench map password",
    });
    return { kind: "user" as const, userId: u.id, username, role, party };
  };
  const other = demoProfile().parties.find((p) => p.code !== "GNA")!.code;
  return {
    intake: await user("intake", "intake", null),
    liaison: await user("liaison-gna", "liaison", "GNA"),
    other,
  };
}
