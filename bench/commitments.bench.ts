/**
 * The commitments scoreboard and the overdue sweep (issue 13) over BENCH_COMMITMENTS commitments
 * (default 10,000) and ten observations each (100,000), as ratios to a plain `count(*)` over the
 * same commitments in the same run. Figures, each the median of BENCH_COMMITMENT_ROUNDS rounds
 * (default 15), the cases taking turns:
 *  - the scoreboard as the chief reads it (every commitment) and as a party's liaison does (its
 *    own party's and the public ones): three grouped counts;
 *  - the sweep when nothing is due (what the periodic job costs every minute);
 *  - the sweep marking a batch overdue with its audit entries (run in a transaction rolled back,
 *    so every round marks the same rows; its figure is per commitment marked).
 * The rows are inserted with SQL, shaped as the services write them. PGlite always; PostgreSQL
 * too when BENCH_DATABASE_URL is set.
 */
import { randomUUID } from "node:crypto";
import { sql, type Insertable } from "kysely";
import { demoProfile } from "../src/demo/parties.js";
import { COMMITMENT_TYPES } from "../src/domain/commitments.js";
import type { Actor } from "../src/domain/roles.js";
import { sweepOverdueCommitments } from "../src/services/commitment-deadlines.js";
import { initMission } from "../src/services/mission.js";
import type { Db, Deps } from "../src/services/deps.js";
import { scoreboard } from "../src/store/commitments-repo.js";
import type { Engine } from "../src/store/database.js";
import type { CommitmentObservationsTable, CommitmentsTable } from "../src/store/schema.js";
import { relativeTo, type ResultRow } from "./report.js";
import { openScratch, positiveInt } from "./scratch.js";

const COMMITMENTS = positiveInt("BENCH_COMMITMENTS", 10_000);
const OBSERVATIONS_EACH = 10;
const ROUNDS = positiveInt("BENCH_COMMITMENT_ROUNDS", 15);
const SYSTEM: Actor = { kind: "system", name: "bench" };
/** Of the open commitments, this share is due at the sweep's "now". */
const DUE_SHARE = 0.05;
const NOW = new Date("2021-03-01T00:00:00Z");

export async function run(): Promise<ResultRow[]> {
  const rows = await measure("pglite");
  if (process.env.BENCH_DATABASE_URL) rows.push(...(await measure("postgres")));
  return rows;
}

async function measure(engine: Engine): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, { prefix: "commitments" });
  try {
    const deps = scratch.deps;
    await initMission(deps, SYSTEM, demoProfile(), { agreements: true, places: false });
    const t0 = performance.now();
    await fill(deps.db);
    // With the profile's own commitments (some due at NOW too).
    const { n: due } = await deps.db
      .selectFrom("commitments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("due_at", "<=", NOW)
      .where("status", "in", ["not_started", "in_progress", "partially_met", "reversed"])
      .executeTakeFirstOrThrow();
    console.error(
      `   ${engine}: ${COMMITMENTS} commitments, ${COMMITMENTS * OBSERVATIONS_EACH} observations in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${due} due`,
    );
    return await measureOn(engine, deps, due);
  } finally {
    await scratch.close();
  }
}

/** Inserts the commitments and observations. */
async function fill(db: Db): Promise<void> {
  const provisions = (
    await db
      .selectFrom("provisions")
      .select("id")
      .where("code", "like", "LY-2020-10-23/%")
      .execute()
  ).map((p) => p.id);
  const user = randomUUID();
  await db
    .insertInto("users")
    .values({
      id: user,
      username: "bench",
      display_name: "Bench",
      role: "chief",
      password_hash: "x",
    })
    .execute();
  const BATCH = 500;
  for (let start = 0; start < COMMITMENTS; start += BATCH) {
    const rows: Insertable<CommitmentsTable>[] = [];
    const observations: Insertable<CommitmentObservationsTable>[] = [];
    for (let i = start; i < Math.min(start + BATCH, COMMITMENTS); i++) {
      const id = randomUUID();
      const status = ["not_started", "in_progress", "partially_met", "met", "overdue"][i % 5]!;
      const open = ["not_started", "in_progress", "partially_met"].includes(status);
      const isDue = open && i % Math.round(1 / DUE_SHARE) === 0;
      // Deadlines spread over 2020–2022; the due ones just before NOW, the other open ones after.
      const deadline = isDue
        ? new Date(NOW.getTime() - (1 + (i % 50)) * 86_400_000)
        : open
          ? new Date(NOW.getTime() + (1 + (i % 300)) * 86_400_000)
          : new Date(Date.UTC(2020, 0, 1) + (i % 700) * 86_400_000);
      rows.push({
        id,
        reference: `CMT-B${String(i).padStart(6, "0")}`,
        provision_id: provisions[i % provisions.length]!,
        type: COMMITMENT_TYPES[i % COMMITMENT_TYPES.length]!,
        title_en: `Commitment ${i}`,
        obligated_parties: i % 3 === 0 ? ["GNA"] : i % 3 === 1 ? ["LNA"] : ["GNA", "LNA"],
        deadline: JSON.stringify({ date: deadline.toISOString().slice(0, 10) }),
        status,
        status_changed_at: NOW,
        status_changed_by: "user:bench",
        due_at: open ? deadline : null,
        deadline_at: deadline,
        disputed_at: i % 17 === 0 ? NOW : null,
        public: i % 4 === 0,
        created_by: user,
        created_at: NOW,
        updated_at: NOW,
      });
      for (let k = 0; k < OBSERVATIONS_EACH; k++) {
        observations.push({
          id: randomUUID(),
          commitment_id: id,
          observed_at: new Date(NOW.getTime() - k * 86_400_000),
          note_en: `Observation ${k} of ${i}`,
          verification_level: "V2",
          source: "bench",
          recorded_by: user,
          recorded_at: NOW,
        });
      }
    }
    await db.transaction().execute(async (tx) => {
      await tx.insertInto("commitments").values(rows).execute();
      await tx.insertInto("commitment_observations").values(observations).execute();
    });
  }
  await sql`ANALYZE commitments`.execute(db);
  await sql`ANALYZE commitment_observations`.execute(db);
}

const ROLLBACK = new Error("rollback");

async function measureOn(engine: Engine, deps: Deps, due: number): Promise<ResultRow[]> {
  const at = (now: Date): Deps => ({ ...deps, clock: () => now });
  const cases: Record<string, () => Promise<unknown>> = {
    count: () =>
      deps.db
        .selectFrom("commitments")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow(),
    scoreboardAll: () => scoreboard(deps.db, { kind: "all" }, NOW),
    scoreboardParty: () => scoreboard(deps.db, { kind: "party", party: "LNA" }, NOW),
    // Before every deadline: nothing to mark.
    sweepIdle: () => sweepOverdueCommitments(at(new Date("2019-01-01T00:00:00Z"))),
    sweepMarking: async () => {
      let marked = 0;
      await deps.db
        .transaction()
        .execute(async (tx) => {
          marked = (await sweepOverdueCommitments({ ...deps, db: tx, clock: () => NOW })).length;
          throw ROLLBACK;
        })
        .catch((err: unknown) => {
          if (err !== ROLLBACK) throw err;
        });
      if (marked !== due) throw new Error(`the sweep marked ${marked}, expected ${due}`);
    },
  };
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(cases).map((k) => [k, []]),
  );
  for (const fn of Object.values(cases)) await fn(); // warm up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, fn] of Object.entries(cases)) {
      const t = performance.now();
      await fn();
      times[name]!.push(performance.now() - t);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const m = (name: string) => median(times[name]!);
  const label = `${engine}, ${COMMITMENTS} commitments, ${COMMITMENTS * OBSERVATIONS_EACH} observations`;
  return relativeTo(
    { figure: `${label}: count(*) of the commitments`, value: m("count"), unit: "ms" },
    [
      { figure: `${label}: scoreboard, the chief (all)`, value: m("scoreboardAll"), unit: "ms" },
      {
        figure: `${label}: scoreboard, a party's liaison`,
        value: m("scoreboardParty"),
        unit: "ms",
      },
      { figure: `${label}: overdue sweep, nothing due`, value: m("sweepIdle"), unit: "ms" },
      {
        figure: `${label}: overdue sweep marking ${due} with audit entries, per commitment`,
        value: m("sweepMarking") / Math.max(due, 1),
        unit: "ms",
      },
    ],
  );
}
