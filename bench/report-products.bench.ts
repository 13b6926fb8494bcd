/**
 * The daily report over a busy day (issue 14): BENCH_REPORT_INCIDENTS incidents (default 10,000)
 * in the day's 24 hours and as many in the day before (the report compares with it), after
 * BENCH_REPORT_HISTORY incidents of the months before (default 50,000), each with a report and a
 * finding; half the day's released to the public, so that the notable incidents, the annex and
 * the points of the map list thousands. Figure: generating the daily report's draft
 * (createProduct, as POST /report-products does), the median of BENCH_REPORT_ROUNDS rounds
 * (default 3), against a plain aggregate over the same day's rows (count per sector and category)
 * in the same run; target under 5 s. The rows are inserted with SQL (bench/incident-rows.ts).
 * PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set.
 */
import { sql } from "kysely";
import { demoProfile } from "../src/demo/parties.js";
import { DEFAULT_DAILY_REPORT_CUTOFF } from "../src/domain/mission.js";
import type { Actor } from "../src/domain/roles.js";
import { wallTimeToIso } from "../src/domain/wall-time.js";
import { addDays } from "../src/domain/zoned-days.js";
import type { Db, Deps } from "../src/services/deps.js";
import { currentMission, initMission } from "../src/services/mission.js";
import { createProduct } from "../src/services/report-products.js";
import { createUser } from "../src/services/users.js";
import type { Engine } from "../src/store/database.js";
import { sectorSql } from "../src/store/sector-sql.js";
import { absolute, relativeTo, type ResultRow } from "./report.js";
import { insertIncidents } from "./incident-rows.js";
import { openScratch, positiveInt } from "./scratch.js";

const INCIDENTS = positiveInt("BENCH_REPORT_INCIDENTS", 10_000);
const ROUNDS = positiveInt("BENCH_REPORT_ROUNDS", 3);
const SYSTEM: Actor = { kind: "system", name: "bench" };
const DAY = "2020-06-15";
const DAY_BEFORE = "2020-06-14";
const TARGET_S = 5;
/** Incidents of the months before (the mission's history), spread over HISTORY_DAYS days. */
const HISTORY = positiveInt("BENCH_REPORT_HISTORY", 50_000);
const HISTORY_DAYS = 150;

type Window = { from: Date; to: Date };

export async function run(): Promise<ResultRow[]> {
  const rows = await measure("pglite");
  if (process.env.BENCH_DATABASE_URL) rows.push(...(await measure("postgres")));
  return rows;
}

async function measure(engine: Engine): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, { prefix: "report-products" });
  try {
    const deps = scratch.deps;
    await initMission(deps, SYSTEM, demoProfile());
    const chief = await chiefOf(deps);
    const window = await dailyWindow(deps, DAY);
    const before = await dailyWindow(deps, DAY_BEFORE);
    const t0 = performance.now();
    await fill(deps.db, chief.userId, window, before);
    console.error(
      `   ${engine}: ${2 * INCIDENTS + HISTORY} incidents in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const counted = await median(() => countPerSectorAndCategory(deps.db, window));
    const n = counted.result.reduce((sum, r) => sum + r.n, 0);
    if (n !== INCIDENTS) throw new Error(`the day holds ${n} incidents, not ${INCIDENTS}`);
    const daily = await median(() =>
      createProduct(deps, chief, { kind: "daily", classification: "parties", day: DAY }),
    );
    const summary = daily.result.product.generated.sections.find((s) => s.key === "summary");
    if (summary?.key !== "summary" || summary.totals.incidents !== INCIDENTS) {
      throw new Error(`the daily report counted other incidents than the day's ${INCIDENTS}`);
    }
    const label = `${engine}, ${INCIDENTS} incidents in the day`;
    return [
      ...relativeTo(
        {
          figure: `${label}: count per sector and category over the day (baseline)`,
          value: counted.ms,
          unit: "ms",
        },
        [{ figure: `${label}: daily report draft generated`, value: daily.ms, unit: "ms" }],
      ),
      ...absolute([
        {
          figure: `${label}: daily report draft generated`,
          value: daily.ms / 1000,
          unit: "s",
          target: TARGET_S,
        },
        {
          figure: `${label}: size of the draft's generated content`,
          value: JSON.stringify(daily.result.product.generated).length / 1024,
          unit: "kB",
        },
      ]),
    ];
  } finally {
    await scratch.close();
  }
}

/**
 * The day's incidents, half of them released to the public (the others listed as the mission's
 * own observations when their report is a monitor's); as many the day before; the history before
 * that. Each day's spread over its 24 hours, a minute inside either end.
 */
async function fill(db: Db, by: string, day: Window, before: Window): Promise<void> {
  const inside = (w: Window) => ({
    from: new Date(w.from.getTime() + 60_000),
    spanMs: w.to.getTime() - w.from.getTime() - 120_000,
  });
  const common = { by, parties: ["GNA", "LNA"] as const };
  const half = Math.floor(INCIDENTS / 2);
  const released = new Date("2020-07-01T00:00:00Z");
  await insertIncidents(db, {
    ...common,
    ...inside(day),
    first: 1,
    last: half,
    releasedAt: released,
  });
  await insertIncidents(db, { ...common, ...inside(day), first: half + 1, last: INCIDENTS });
  await insertIncidents(db, {
    ...common,
    ...inside(before),
    first: INCIDENTS + 1,
    last: 2 * INCIDENTS,
  });
  const historyFrom = new Date(before.from.getTime() - HISTORY_DAYS * 86_400_000);
  await insertIncidents(db, {
    ...common,
    from: historyFrom,
    spanMs: before.from.getTime() - historyFrom.getTime() - 60_000,
    first: 2 * INCIDENTS + 1,
    last: 2 * INCIDENTS + HISTORY,
  });
}

async function chiefOf(deps: Deps): Promise<Extract<Actor, { kind: "user" }>> {
  const u = await createUser(deps, SYSTEM, {
    username: "chief",
    displayName: "Chief",
    role: "chief",
    party: null,
    password: "bench report password",
  });
  return { kind: "user", userId: u.id, username: "chief", role: "chief", party: null };
}

/** What a daily report of `day` covers: from the day before's cut-off to the day's (mission's zone). */
async function dailyWindow(deps: Deps, day: string): Promise<Window> {
  const mission = await currentMission(deps);
  const cutoff = mission.dailyReportCutoff ?? DEFAULT_DAILY_REPORT_CUTOFF;
  const at = (d: string) => new Date(wallTimeToIso(`${d}T${cutoff}`, mission.timeZone)!);
  return { from: at(addDays(day, -1)), to: at(day) };
}

function countPerSectorAndCategory(db: Db, w: Window) {
  return sql<{ sector: string; category: string; n: number }>`
    SELECT ${sectorSql("incidents")} AS sector, category, count(*)::int AS n
    FROM incidents WHERE occurred_from >= ${w.from} AND occurred_from < ${w.to}
    GROUP BY 1, 2`
    .execute(db)
    .then((r) => r.rows);
}

/** The median time of ROUNDS runs after one warm-up, and the last run's result. */
async function median<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await fn();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(ROUNDS / 2)]!, result };
}
