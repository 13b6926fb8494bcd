/**
 * The commitments scoreboard and the overdue job (issue 13) over BENCH_COMMITMENTS commitments
 * (default 10,000) and ten progress observations each (100,000), as ratios to a plain count over
 * the same rows in the same run: `count(*)` of the commitments and of the observations. Figures,
 * each the median of BENCH_COMMITMENT_ROUNDS rounds (default 15), the cases taking turns:
 *  - the scoreboard as the chief reads it (every commitment) and as a party's liaison does (its
 *    own party's and the public ones): three grouped counts;
 *  - the public board (GET /public/commitments/scoreboard): the same counts over the public
 *    commitments as they stood 72 hours before (decision 0015), read from their past states;
 *  - the overdue job when nothing is due (what it costs every minute: the overdue sweep and the
 *    "due soon" reminders);
 *  - the sweep marking a batch overdue with its audit entries and notices (run in a transaction
 *    rolled back, so every round marks the same rows; its figure is per commitment marked).
 * Each commitment is entered not started, most then move to their status later (so the public
 * board has two states to choose from), and one in 17 is disputed by the obliged party's
 * commission member through the service that records observations (the path that makes the
 * board's "disputed"), half of them within the public delay. The other rows are inserted with
 * SQL, shaped as the services write them. PGlite always; PostgreSQL too when BENCH_DATABASE_URL
 * is set.
 */
import { randomUUID } from "node:crypto";
import { sql, type Insertable } from "kysely";
import { demoProfile } from "../src/demo/parties.js";
import { COMMITMENT_TYPES } from "../src/domain/commitments.js";
import type { Actor } from "../src/domain/roles.js";
import {
  commitmentSweepJob,
  sweepOverdueCommitments,
} from "../src/services/commitment-deadlines.js";
import { recordObservation } from "../src/services/commitment-reads.js";
import { initMission } from "../src/services/mission.js";
import type { Db, Deps } from "../src/services/deps.js";
import { publicCommitmentScoreboard } from "../src/services/public-commitments.js";
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
const DAY = 86_400_000;
/** When the commitments were entered, and when most moved to their status. */
const ENTERED = new Date(NOW.getTime() - 200 * DAY);
const MOVED = new Date(NOW.getTime() - 30 * DAY);

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
    const disputed = await fill(deps);
    // With the profile's own commitments (some due at NOW too).
    const { n: due } = await deps.db
      .selectFrom("commitments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("due_at", "<=", NOW)
      .where("status", "in", ["not_started", "in_progress", "partially_met", "reversed"])
      .executeTakeFirstOrThrow();
    const { n: states } = await deps.db
      .selectFrom("commitment_states")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    console.error(
      `   ${engine}: ${COMMITMENTS} commitments (${states} states), ${COMMITMENTS * OBSERVATIONS_EACH} observations, ${disputed} disputed in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${due} due`,
    );
    return await measureOn(engine, deps, Number(due));
  } finally {
    await scratch.close();
  }
}

const STATUSES = ["not_started", "in_progress", "partially_met", "met", "overdue"] as const;

/** Inserts the commitments and observations, moves most on, and disputes some; returns how many. */
async function fill(deps: Deps): Promise<number> {
  const db = deps.db;
  const provisions = (
    await db
      .selectFrom("provisions")
      .select("id")
      .where("code", "like", "LY-2020-10-23/%")
      .execute()
  ).map((p) => p.id);
  const user = async (username: string, role: string, party: string | null) => {
    const id = randomUUID();
    await db
      .insertInto("users")
      .values({ id, username, display_name: username, role, party_code: party, password_hash: "x" })
      .execute();
    return id;
  };
  const chief = await user("bench", "chief", null);
  const members: Record<string, Actor> = {};
  for (const party of ["GNA", "LNA"]) {
    const name = `bench-${party.toLowerCase()}`;
    members[party] = {
      kind: "user",
      userId: await user(name, "commission", party),
      username: name,
      role: "commission",
      party,
    };
  }
  const toDispute: { id: string; party: string; at: Date }[] = [];
  const BATCH = 500;
  for (let start = 0; start < COMMITMENTS; start += BATCH) {
    const rows: Insertable<CommitmentsTable>[] = [];
    const observations: Insertable<CommitmentObservationsTable>[] = [];
    const moved = new Map<string, string[]>();
    for (let i = start; i < Math.min(start + BATCH, COMMITMENTS); i++) {
      const id = randomUUID();
      const status = STATUSES[i % STATUSES.length]!;
      const open = ["not_started", "in_progress", "partially_met"].includes(status);
      const isDue = open && i % Math.round(1 / DUE_SHARE) === 0;
      // Deadlines spread over 2020–2022; the due ones just before NOW, the other open ones after.
      const deadline = isDue
        ? new Date(NOW.getTime() - (1 + (i % 50)) * DAY)
        : open
          ? new Date(NOW.getTime() + (1 + (i % 300)) * DAY)
          : new Date(Date.UTC(2020, 0, 1) + (i % 700) * DAY);
      const parties = i % 3 === 0 ? ["GNA"] : i % 3 === 1 ? ["LNA"] : ["GNA", "LNA"];
      rows.push({
        id,
        reference: `CMT-B${String(i).padStart(6, "0")}`,
        provision_id: provisions[i % provisions.length]!,
        type: COMMITMENT_TYPES[i % COMMITMENT_TYPES.length]!,
        title_en: `Commitment ${i}`,
        obligated_parties: parties,
        deadline: JSON.stringify({ date: deadline.toISOString().slice(0, 10) }),
        status: "not_started",
        status_changed_at: ENTERED,
        status_changed_by: "user:bench",
        due_at: open ? deadline : null,
        deadline_at: deadline,
        public: i % 4 === 0,
        created_by: chief,
        created_at: ENTERED,
        updated_at: ENTERED,
      });
      if (status !== "not_started") moved.set(status, [...(moved.get(status) ?? []), id]);
      if (i % 17 === 0)
        toDispute.push({
          id,
          party: parties[0]!,
          at: new Date(NOW.getTime() - (i % 2 === 0 ? 10 : 1) * DAY),
        });
      for (let k = 0; k < OBSERVATIONS_EACH; k++) {
        observations.push({
          id: randomUUID(),
          commitment_id: id,
          observed_at: new Date(NOW.getTime() - k * DAY),
          note_en: `Observation ${k} of ${i}`,
          verification_level: "V2",
          source: "bench",
          recorded_by: chief,
          recorded_at: NOW,
        });
      }
    }
    await db.transaction().execute(async (tx) => {
      await tx.insertInto("commitments").values(rows).execute();
      await tx.insertInto("commitment_observations").values(observations).execute();
      // Moved on later, as the chief's status changes do (each a new state for the public board).
      for (const [status, ids] of moved)
        await tx
          .updateTable("commitments")
          .set({ status, status_changed_at: MOVED, updated_at: MOVED })
          .where("id", "in", ids)
          .execute();
    });
  }
  // Disputed by the obliged party's member, through the service (an observation marked so).
  for (const d of toDispute) {
    await recordObservation({ ...deps, clock: () => d.at }, members[d.party]!, d.id, {
      observedAt: d.at,
      noteEn: "The party disputes the mission's account.",
      noteAr: "",
      showsStatus: null,
      quantity: null,
      phaseKey: null,
      verificationLevel: "U",
      source: "bench",
      sourceGrades: [],
      evidenceIds: [],
      disputes: true,
    });
  }
  for (const table of ["commitments", "commitment_observations", "commitment_states"])
    await sql`ANALYZE ${sql.table(table)}`.execute(db);
  return toDispute.length;
}

const ROLLBACK = new Error("rollback");

async function measureOn(engine: Engine, deps: Deps, due: number): Promise<ResultRow[]> {
  const at = (now: Date): Deps => ({ ...deps, clock: () => now });
  const cases: Record<string, () => Promise<unknown>> = {
    count: () => baselineCount(deps.db),
    scoreboardAll: () => scoreboard(deps.db, { kind: "all" }, NOW),
    scoreboardParty: () => scoreboard(deps.db, { kind: "party", party: "LNA" }, NOW),
    scoreboardPublic: () => publicCommitmentScoreboard(at(NOW)),
    // Before every deadline: nothing to mark, nothing to remind of.
    jobIdle: () => commitmentSweepJob(at(new Date("2019-01-01T00:00:00Z"))),
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
    {
      figure: `${label}: count(*) of the commitments and of the observations`,
      value: m("count"),
      unit: "ms",
    },
    [
      { figure: `${label}: scoreboard, the chief (all)`, value: m("scoreboardAll"), unit: "ms" },
      {
        figure: `${label}: scoreboard, a party's liaison`,
        value: m("scoreboardParty"),
        unit: "ms",
      },
      {
        figure: `${label}: the public board, as it stood 72 hours before`,
        value: m("scoreboardPublic"),
        unit: "ms",
      },
      { figure: `${label}: overdue job, nothing due`, value: m("jobIdle"), unit: "ms" },
      {
        figure: `${label}: overdue sweep marking ${due} with audit entries, per commitment`,
        value: m("sweepMarking") / Math.max(due, 1),
        unit: "ms",
      },
    ],
  );
}

/** The baseline: a plain count of the same rows, the commitments and their observations. */
function baselineCount(db: Db) {
  return sql`SELECT (SELECT count(*) FROM commitments) AS commitments,
    (SELECT count(*) FROM commitment_observations) AS observations`.execute(db);
}
