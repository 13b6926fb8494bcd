/**
 * The demo is played as a timeline: every filing, triage, finding and transition happens at its
 * own 2020 moment, in order, through the services and with a simulated clock, so receipt and
 * workflow times are consistent and the audit chain reads chronologically.
 */
import type { Actor } from "../domain/roles.js";
import type { Deps } from "../services/deps.js";

/** Demo usernames that act in the scenario, and the public form. */
export type DemoActor =
  | "intake"
  | "monitor"
  | "analyst"
  | "analyst2"
  | "reviewer"
  | "chief"
  | "liaison-gna"
  | "liaison-lna"
  | "commission"
  | "commission-lna"
  | "chair"
  | "public";

export interface ScenarioRun {
  /** Services' deps whose clock reads the simulated time. */
  deps: Deps;
  actor(name: DemoActor): Actor;
  /** Report key → database id, filled as reports are filed. */
  reportIds: Map<string, string>;
  /** Event key → incident id, filled as incidents are opened. */
  incidentIds: Map<string, string>;
}

export interface TimedAction {
  at: Date;
  run(s: ScenarioRun): Promise<unknown>;
}

/** A simulated clock the timeline moves forward. */
export function simulatedClock(start: Date) {
  let now = start.getTime();
  const clock = () => new Date(now);
  clock.set = (d: Date) => {
    now = d.getTime();
  };
  return clock;
}

/** Runs the actions in time order (ties keep their order), moving the clock to each. */
export async function playTimeline(
  actions: readonly TimedAction[],
  run: ScenarioRun,
  clock: ReturnType<typeof simulatedClock>,
): Promise<void> {
  const ordered = [...actions].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const action of ordered) {
    clock.set(action.at);
    await action.run(run);
  }
}
