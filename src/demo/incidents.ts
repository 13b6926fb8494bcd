/**
 * Which demo events become incidents, and how far each goes through the case workflow: at least
 * two incidents end in every case state, more in the early ones. Each incident is opened by
 * intake from the reports that had arrived (usually both parties' complaints), later reports are
 * merged as duplicates, an analyst drafts the finding, the reviewer (never the drafter) approves,
 * and the chief endorses and releases. Pure: it returns timed actions that ./seed.ts plays.
 */
import type { CaseState } from "../domain/workflow.js";
import { classifyIncident } from "../services/classification.js";
import { addFinding } from "../services/findings.js";
import { createIncident, mergeReport } from "../services/incident-triage.js";
import { transitionIncident } from "../services/incident-workflow.js";
import type { DemoEvent } from "./events.js";
import { findingFor, shortLabel, type FindingVariant } from "./findings.js";
import type { Random } from "./prng.js";
import { complainantOf, type DemoReport, type DemoScenario } from "./reports.js";
import type { DemoActor, ScenarioRun, TimedAction } from "./timeline.js";

type Route =
  "direct" | "returned" | "reply" | "hotline" | "follow_up" | "withdrawn" | "access_denied";

interface Spec {
  reach: CaseState;
  route?: Route;
  /** Events that start in this window (ISO dates) are preferred. */
  window?: readonly [string, string];
  needs?: (e: DemoEvent) => boolean;
}

const kineticOrMovement = (e: DemoEvent) =>
  ["A1", "A2", "A3", "A6", "B1", "B2"].includes(e.category);

/** What the demo shows: every case state, the most advanced on the earliest events. */
const SPECS: readonly Spec[] = [
  {
    reach: "reopened",
    route: "access_denied",
    window: ["2020-01-12", "2020-04-30"],
    // Access was denied: no monitor had seen the event.
    needs: (e) => e.truth === "violation" && !e.sources.some((x) => x.kind === "monitor"),
  },
  { reach: "reopened", route: "follow_up", window: ["2020-01-12", "2020-04-30"] },
  { reach: "closed", window: ["2020-01-12", "2020-05-31"] },
  { reach: "closed", route: "follow_up", window: ["2020-01-12", "2020-05-31"] },
  { reach: "closed", route: "withdrawn", window: ["2020-02-01", "2020-11-30"] },
  { reach: "closed", route: "withdrawn", window: ["2020-02-01", "2020-11-30"] },
  { reach: "published", needs: (e) => e.truth === "unfounded" },
  { reach: "published", needs: (e) => e.truth === "not_a_violation" },
  { reach: "published", route: "returned", window: ["2020-02-01", "2020-09-30"] },
  { reach: "published", route: "reply", window: ["2020-02-01", "2020-09-30"] },
  { reach: "restricted_release", window: ["2020-03-01", "2020-09-30"] },
  { reach: "restricted_release", route: "reply", window: ["2020-03-01", "2020-09-30"] },
  { reach: "follow_up", window: ["2020-02-01", "2020-07-31"] },
  { reach: "follow_up", route: "hotline", window: ["2020-02-01", "2020-07-31"] },
  { reach: "endorsed", route: "reply", window: ["2020-05-01", "2020-10-31"] },
  { reach: "endorsed", window: ["2020-05-01", "2020-10-31"] },
  { reach: "right_of_reply", window: ["2020-07-01", "2020-11-30"] },
  { reach: "right_of_reply", window: ["2020-07-01", "2020-11-30"] },
  { reach: "in_review", window: ["2020-08-01", "2020-11-30"] },
  { reach: "in_review", route: "returned", window: ["2020-08-01", "2020-11-30"] },
  { reach: "in_review", window: ["2020-08-01", "2020-11-30"] },
  { reach: "assessed", window: ["2020-09-01", "2020-11-30"] },
  { reach: "assessed", window: ["2020-09-01", "2020-11-30"] },
  { reach: "assessed", window: ["2020-09-01", "2020-11-30"] },
  { reach: "under_verification", window: ["2020-10-01", "2020-12-31"] },
  { reach: "under_verification", route: "hotline", window: ["2020-10-01", "2020-12-31"] },
  { reach: "under_verification", window: ["2020-10-01", "2020-12-31"] },
  { reach: "under_verification", window: ["2020-10-01", "2020-12-31"] },
  { reach: "de_escalation", window: ["2020-09-01", "2020-12-31"], needs: kineticOrMovement },
  { reach: "de_escalation", window: ["2020-09-01", "2020-12-31"], needs: kineticOrMovement },
  { reach: "de_escalation", window: ["2020-09-01", "2020-12-31"], needs: kineticOrMovement },
  { reach: "triaged", window: ["2020-11-01", "2020-12-31"] },
  { reach: "triaged", window: ["2020-11-01", "2020-12-31"] },
  { reach: "triaged", window: ["2020-11-01", "2020-12-31"] },
  { reach: "triaged", window: ["2020-11-01", "2020-12-31"] },
  { reach: "received", window: ["2020-11-15", "2020-12-31"] },
  { reach: "received", window: ["2020-11-15", "2020-12-31"] },
  { reach: "received", window: ["2020-11-15", "2020-12-31"] },
  { reach: "received", window: ["2020-11-15", "2020-12-31"] },
  { reach: "received", window: ["2020-11-15", "2020-12-31"] },
];

/** Nothing in the scenario happens after the end of 2020. */
const SCENARIO_END = Date.parse("2020-12-31T18:00:00Z");
const HOUR = 3_600_000;

interface Step {
  after: readonly [number, number];
  by: DemoActor;
  to?: CaseState;
  note?: string;
  finding?: FindingVariant;
  revised?: boolean;
}

function notes(e: DemoEvent, reports: DemoReport[], rnd: Random) {
  const parties = new Set(reports.map(complainantOf));
  const paired = parties.has("GNA") && parties.has("LNA");
  const kinetic = e.category.startsWith("A");
  return {
    triage:
      `Within mandate: ${shortLabel(e.category)} (${e.category}) at ${e.place.en}.` +
      (paired ? " Both parties complain about the same event and blame each other." : ""),
    hotline: `Hotline: both liaison officers called and asked to ${kinetic ? "stop firing" : "halt the movement"}; GNA acknowledged after ${rnd.int(3, 25)} min, LNA after ${rnd.int(3, 25)} min.`,
    tasking: `Tasked: site visit by a monitoring team; requests for information sent to both parties (reply within 72 h).`,
    returned:
      "Returned by the reviewer: justify the grading of the media report and add the origin-of-fire analysis.",
    reply: `Approved. The draft finding goes to the liaison of the party concerned for reply within 7 days.`,
    endorsedAfterReply: rnd.chance(0.5)
      ? "Endorsed. No reply was received within the deadline."
      : "Endorsed. The party's reply is on file; it does not change the finding.",
  };
}

function stepsFor(spec: Spec, e: DemoEvent, reports: DemoReport[], rnd: Random): Step[] {
  const n = notes(e, reports, rnd);
  const analyst: DemoActor = rnd.chance(0.5) ? "analyst" : "analyst2";
  const route = spec.route ?? "direct";
  const reach = spec.reach;
  const s: Step[] = [];
  const move = (to: CaseState, by: DemoActor, note: string, after: readonly [number, number]) =>
    s.push({ to, by, note, after });
  if (route === "withdrawn") {
    move(
      "closed",
      "intake",
      "Closed at triage: the complaining party withdrew its complaint after clarification over the hotline.",
      [12, 60],
    );
    return s;
  }
  if (reach === "received") return s;
  move("triaged", "intake", n.triage, [2, 10]);
  if (reach === "triaged") return s;
  if (reach === "de_escalation" || route === "hotline") {
    move("de_escalation", "intake", n.hotline, [0.2, 1]);
    if (reach === "de_escalation") return s;
  }
  move("under_verification", analyst, n.tasking, [6, 30]);
  if (reach === "under_verification") return s;
  s.push({
    by: analyst,
    finding: route === "access_denied" ? "access_denied" : "normal",
    after: [72, 240],
  });
  move("assessed", analyst, "Draft finding ready.", [0.5, 2]);
  if (reach === "assessed") return s;
  move("in_review", analyst, "Submitted for four-eyes review.", [12, 48]);
  if (route === "returned") {
    move("under_verification", "reviewer", n.returned, [24, 72]);
    s.push({ by: analyst, finding: "normal", revised: true, after: [48, 120] });
    move("assessed", analyst, "Finding revised after review.", [0.5, 2]);
    move("in_review", analyst, "Resubmitted for review.", [6, 24]);
  }
  if (reach === "in_review") return s;
  if (reach === "right_of_reply" || route === "reply") {
    move("right_of_reply", "reviewer", n.reply, [24, 72]);
    if (reach === "right_of_reply") return s;
    move("endorsed", "chief", n.endorsedAfterReply, [170, 200]);
  } else {
    move("endorsed", "chief", "Endorsed by the head of mission.", [48, 96]);
  }
  if (reach === "endorsed") return s;
  if (reach === "restricted_release") {
    move(
      "restricted_release",
      "chief",
      "Released to both parties and the JMC at the same time; public release withheld.",
      [24, 48],
    );
    return s;
  }
  move(
    "published",
    "chief",
    "Released to both parties at the same time and published in the periodic report.",
    [24, 48],
  );
  if (reach === "published") return s;
  if (reach === "follow_up" || route === "follow_up") {
    move(
      "follow_up",
      "chief",
      "Follow-up: recommendations sent to both parties; recurrence on this axis is tracked.",
      [240, 480],
    );
    if (reach === "follow_up") return s;
  }
  move("closed", "chief", "Closed: no recurrence reported within 30 days.", [360, 720]);
  if (reach === "closed") return s;
  move(
    "reopened",
    "chief",
    route === "access_denied"
      ? "Reopened: a patrol reached the site and recorded craters and fragments."
      : "Reopened: a party liaison submitted new information, with a satellite image.",
    [480, 960],
  );
  if (route === "access_denied")
    s.push({ by: analyst, finding: "normal", revised: true, after: [72, 240] });
  return s;
}

interface Plan {
  event: DemoEvent;
  reports: DemoReport[];
  open: { at: Date; reports: DemoReport[] };
  merges: { at: Date; report: DemoReport }[];
  steps: (Step & { at: Date })[];
}

function planFor(spec: Spec, e: DemoEvent, reports: DemoReport[], rnd: Random): Plan {
  // Intake opens the incident once a second report about the event is in; later ones are merged.
  const trigger = reports[Math.min(1, reports.length - 1)]!;
  const openAt = trigger.receivedAt.getTime() + rnd.between(1, 3) * HOUR;
  const initial = reports.filter((r) => r.receivedAt.getTime() <= openAt);
  const merges = reports
    .filter((r) => r.receivedAt.getTime() > openAt)
    .map((report) => ({
      report,
      at: new Date(report.receivedAt.getTime() + rnd.between(0.5, 2) * HOUR),
    }));
  let t = Math.max(openAt, ...merges.map((m) => m.at.getTime()));
  const steps = stepsFor(spec, e, reports, rnd).map((step) => {
    t += rnd.between(step.after[0], step.after[1]) * HOUR;
    return { ...step, at: new Date(t) };
  });
  return { event: e, reports, open: { at: new Date(openAt), reports: initial }, merges, steps };
}

function planEnd(p: Plan): number {
  return Math.max(
    p.open.at.getTime(),
    ...p.merges.map((m) => m.at.getTime()),
    ...p.steps.map((s) => s.at.getTime()),
  );
}

/** Whether the event starts in the window, its start moved `widenDays` earlier. */
function inWindow(
  e: DemoEvent,
  w: readonly [string, string] | undefined,
  widenDays: number,
): boolean {
  if (!w) return true;
  const from = Date.parse(`${w[0]}T00:00:00Z`) - widenDays * 24 * HOUR;
  return e.from.getTime() >= from && e.from.toISOString().slice(0, 10) <= w[1];
}

/** Chooses an event for each spec: both parties' complaints if possible, then ≥ 2 reports. */
function choosePlans(scenario: DemoScenario, rnd: Random): Plan[] {
  const byEvent = new Map<string, DemoReport[]>();
  for (const r of scenario.reports)
    if (r.eventKey) byEvent.set(r.eventKey, [...(byEvent.get(r.eventKey) ?? []), r]);
  const used = new Set<string>();
  const plans: Plan[] = [];
  // The earliest states need the latest events, which are the scarcest: they choose first.
  for (const spec of [...SPECS].reverse()) {
    const fits = (e: DemoEvent, widenDays: number | null) =>
      !used.has(e.key) &&
      (spec.needs ? spec.needs(e) : e.truth === "violation") &&
      (widenDays === null || inWindow(e, spec.window, widenDays));
    const paired = (e: DemoEvent) => {
      const parties = new Set(byEvent.get(e.key)!.map(complainantOf));
      return parties.has("GNA") && parties.has("LNA");
    };
    const preferences = [0, 30, 60].flatMap((widen) => [
      (e: DemoEvent) => fits(e, widen) && paired(e),
      (e: DemoEvent) => fits(e, widen) && byEvent.get(e.key)!.length >= 2,
    ]);
    preferences.push(
      (e) => fits(e, 0),
      (e) => fits(e, null),
    );
    let plan: Plan | undefined;
    for (const prefer of preferences) {
      const candidates = rnd.shuffle(scenario.events.filter(prefer));
      for (const e of candidates) {
        const p = planFor(spec, e, byEvent.get(e.key)!, rnd);
        if (planEnd(p) <= SCENARIO_END) {
          plan = p;
          break;
        }
      }
      if (plan) break;
    }
    if (!plan) throw new Error(`demo: no event fits an incident ending in ${spec.reach}`);
    used.add(plan.event.key);
    plans.push(plan);
  }
  return plans;
}

function actionsOf(p: Plan): TimedAction[] {
  const e = p.event;
  const filed = (s: ScenarioRun) =>
    p.reports
      .filter((r) => s.reportIds.has(r.key))
      .map((r) => ({ id: s.reportIds.get(r.key)!, report: r }));
  const incidentId = (s: ScenarioRun) => s.incidentIds.get(e.key)!;
  // A controlled detonation keeps the category it was reported under; otherwise what happened.
  const category = e.truth === "not_a_violation" ? p.reports[0]!.input.category : e.category;
  const label = shortLabel(category);
  // No title: the server makes one up from category and place, and each reader's interface
  // composes it in its own language.
  const actions: TimedAction[] = [
    {
      at: p.open.at,
      run: async (s) => {
        const incident = await createIncident(s.deps, s.actor("intake"), {
          reportIds: p.open.reports.map((r) => s.reportIds.get(r.key)!),
          category,
        });
        s.incidentIds.set(e.key, incident.id);
      },
    },
    ...p.merges.map(({ at, report }) => ({
      at,
      run: (s: ScenarioRun) =>
        mergeReport(
          s.deps,
          s.actor("intake"),
          incidentId(s),
          s.reportIds.get(report.key)!,
          `Same event: ${report.source} report of the ${label} at ${e.place.en}, same place and hours.`,
        ),
    })),
  ];
  const publishes = p.steps.some((step) => step.to === "published");
  const firstFinding = p.steps.find((step) => step.finding);
  for (const step of p.steps) {
    actions.push({
      at: step.at,
      run: async (s) => {
        if (step.finding) {
          // A case the mission will publish is classified public before its finding is drafted,
          // so that the finding may be published (at the same instant: the scenario's other times
          // stay as they were).
          if (publishes && step === firstFinding) {
            await classifyIncident(s.deps, s.actor("chief"), incidentId(s), {
              classification: "public",
              reason: "The finding on this case is to be published.",
            });
          }
          const f = findingFor(e, filed(s), step.finding);
          if (step.revised)
            f.restrictedNarrative += " Revised version after review of the evidence.";
          await addFinding(s.deps, s.actor(step.by), incidentId(s), f);
        } else {
          // The parties receive a finding before the public (the mission's release rules): the
          // restricted release comes first, at the same instant.
          if (step.to === "published") {
            await transitionIncident(
              s.deps,
              s.actor(step.by),
              incidentId(s),
              "restricted_release",
              "Released to both parties at the same time.",
            );
          }
          await transitionIncident(s.deps, s.actor(step.by), incidentId(s), step.to!, step.note);
        }
      },
    });
  }
  return actions;
}

export function incidentActions(scenario: DemoScenario, rnd: Random): TimedAction[] {
  return choosePlans(scenario, rnd).flatMap(actionsOf);
}
