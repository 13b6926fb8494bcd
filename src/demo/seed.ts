/**
 * The Libya 2020 demo scenario (SYNTHETIC data, clearly marked): parties, one user per role, the
 * 12 January 2020 truce and the 23 October 2020 agreement with their provisions, about three
 * hundred reports and incidents at every case state. Everything is written through the services
 * on a simulated 2020 clock, so the audit chain covers it like any other data.
 */
import { DomainError } from "../domain/errors.js";
import type { Actor, Role } from "../domain/roles.js";
import { appendAudit } from "../services/audit.js";
import { inTransaction, type Deps } from "../services/deps.js";
import { createReport } from "../services/intake.js";
import { closeReportOutOfScope } from "../services/reports.js";
import { createUser } from "../services/users.js";
import { initMission } from "../services/mission.js";
import { commitmentActions } from "./commitments.js";
import { commissionActions } from "./commission.js";
import { evaluateAllPending } from "../services/geo-evaluations.js";
import { runPendingJobs } from "../services/jobs.js";
import { seedIllustrativeLayers } from "./geo-layers.js";
import { incidentActions } from "./incidents.js";
import { demoProfile } from "./parties.js";
import { seedDemoTasks } from "./tasks.js";
import { setDelegation } from "../services/delegations.js";
import { createRandom, type Random } from "./prng.js";
import { DEMO_SEED, generateScenario, type DemoScenario } from "./reports.js";
import { playTimeline, simulatedClock, type ScenarioRun, type TimedAction } from "./timeline.js";

export interface DemoLogin {
  username: string;
  role: Role;
  party: string | null;
}

const DEMO_USERS: readonly (DemoLogin & { displayName: string })[] = [
  { username: "intake", role: "intake", party: null, displayName: "Intake duty officer (demo)" },
  { username: "monitor", role: "monitor", party: null, displayName: "Field monitor (demo)" },
  { username: "analyst", role: "analyst", party: null, displayName: "Analyst (demo)" },
  { username: "analyst2", role: "analyst", party: null, displayName: "Second analyst (demo)" },
  { username: "reviewer", role: "reviewer", party: null, displayName: "Legal reviewer (demo)" },
  { username: "chief", role: "chief", party: null, displayName: "Head of mission (demo)" },
  {
    username: "liaison-gna",
    role: "liaison",
    party: "GNA",
    displayName: "GNA liaison officer (demo)",
  },
  {
    username: "liaison-lna",
    role: "liaison",
    party: "LNA",
    displayName: "LNA liaison officer (demo)",
  },
  {
    username: "commission",
    role: "commission",
    party: "GNA",
    displayName: "JMC 5+5 member, GNA delegation (demo)",
  },
  {
    username: "commission-lna",
    role: "commission",
    party: "LNA",
    displayName: "JMC 5+5 member, LNA delegation (demo)",
  },
  // A commission member of no party: the joint body's chair (decision 0016).
  { username: "chair", role: "commission", party: null, displayName: "JMC 5+5 chair (demo)" },
  { username: "auditor", role: "auditor", party: null, displayName: "Auditor (demo)" },
  { username: "admin", role: "admin", party: null, displayName: "Administrator (demo)" },
];

const SEEDER = { kind: "system", name: "demo-seed" } as const;
/** The mission is set up the day before the truce. */
const SETUP_AT = new Date("2020-01-10T08:00:00Z");

export interface DemoSummary {
  reports: number;
  incidents: number;
  tasks: number;
}

/**
 * True when the demo was loaded completely (its closing `demo.seeded` audit entry exists).
 * Demo users without that entry mean an earlier load stopped half-way: that is refused with a
 * message, rather than served as if it were the whole scenario.
 */
async function isDemoSeeded(deps: Deps): Promise<boolean> {
  const done = await deps.db
    .selectFrom("audit_entries")
    .select("seq")
    .where("action", "=", "demo.seeded")
    .limit(1)
    .executeTakeFirst();
  if (done) return true;
  const started = await deps.db
    .selectFrom("users")
    .select("id")
    .where("is_demo", "=", true)
    .limit(1)
    .executeTakeFirst();
  if (started) {
    throw new DomainError(
      "conflict",
      "The demo scenario in this database was only partly loaded (an earlier start stopped " +
        "half-way). Remove the data folder (or drop the database) and start again.",
    );
  }
  return false;
}

function reportActions(scenario: DemoScenario, rnd: Random): TimedAction[] {
  return scenario.reports.flatMap((r) => {
    const file: TimedAction = {
      at: r.receivedAt,
      run: async (s) => {
        const { report } = await createReport(s.deps, s.actor(r.filer), r.input, {
          isDemo: true,
          receivedAt: r.receivedAt,
        });
        s.reportIds.set(r.key, report.id);
      },
    };
    if (!r.outOfScope) return [file];
    const reason = r.outOfScope;
    const close: TimedAction = {
      at: new Date(r.receivedAt.getTime() + rnd.int(60, 360) * 60_000),
      run: (s) => closeReportOutOfScope(s.deps, s.actor("intake"), s.reportIds.get(r.key)!, reason),
    };
    return [file, close];
  });
}

export async function seedDemo(
  deps: Deps,
  opts: { password: string },
): Promise<{ seeded: boolean; logins: DemoLogin[]; summary?: DemoSummary }> {
  const logins = DEMO_USERS.map(({ username, role, party }) => ({ username, role, party }));
  // The scenario runs on the libya-2020 mission (its parties among it): created here when the
  // database serves none yet, at the simulated set-up time; a database of another mission is
  // refused (mission_mismatch) before anything is written.
  await initMission({ ...deps, clock: () => SETUP_AT }, SEEDER, demoProfile());
  if (await isDemoSeeded(deps)) return { seeded: false, logins };
  const clock = simulatedClock(SETUP_AT);
  const sim: Deps = { ...deps, clock };
  const actors = new Map<string, Actor>();
  for (const u of DEMO_USERS) {
    const user = await createUser(sim, SEEDER, { ...u, password: opts.password, isDemo: true });
    actors.set(u.username, {
      kind: "user",
      userId: user.id,
      username: u.username,
      role: u.role,
      party: u.party,
    });
  }
  // Each party's delegation to the joint body, headed by its commission member (decision 0016).
  for (const [party, head] of [
    ["GNA", "commission"],
    ["LNA", "commission-lna"],
  ] as const) {
    const id = (actors.get(head) as Extract<Actor, { kind: "user" }>).userId;
    await setDelegation(sim, actors.get("admin")!, party, { memberIds: [id], headUserId: id });
  }
  // The illustrative layers, loaded at set-up by the system (their agreed lines stand for what
  // the commission adopted, decision 0019); their recompute jobs run now, while there is
  // nothing yet to recompute.
  const layerVersions = await seedIllustrativeLayers(sim, { kind: "system", name: "demo" });
  await runPendingJobs(sim, { limit: 100 });

  const scenario = generateScenario(DEMO_SEED);
  // A second stream, so changing the workflow plan leaves the reports as they are.
  const rnd = createRandom(DEMO_SEED + 1);
  const run: ScenarioRun = {
    deps: sim,
    actor: (name) => (name === "public" ? { kind: "public" } : actors.get(name)!),
    reportIds: new Map(),
    incidentIds: new Map(),
  };
  await playTimeline(
    [
      ...reportActions(scenario, rnd),
      ...incidentActions(scenario, rnd),
      ...commitmentActions(),
      ...commissionActions(),
    ],
    run,
    clock,
  );

  const tasks = await seedDemoTasks(
    sim,
    clock,
    deps.clock(),
    {
      analyst: actors.get("analyst")!,
      chief: actors.get("chief")!,
      monitor: actors.get("monitor") as Extract<Actor, { kind: "user" }>,
    },
    run.incidentIds.values(),
  );
  const summary = { reports: run.reportIds.size, incidents: run.incidentIds.size, tasks };
  // Evaluated here rather than by the job runner, so the demo shows evaluations at once.
  const evaluations = await evaluateAllPending(sim);
  await inTransaction(sim, (tx) =>
    appendAudit(tx, {
      actor: SEEDER,
      action: "demo.seeded",
      subject: "demo:libya-2020",
      at: new Date(clock().getTime() + 60_000),
      details: { synthetic: true, seed: DEMO_SEED, ...summary, layerVersions, evaluations },
    }),
  );
  return { seeded: true, logins, summary };
}
