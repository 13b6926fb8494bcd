/**
 * The synthetic ground truth of the demo: events along the Tripoli southern front (January to
 * June 2020) and the Sirte–Jufra line (from June 2020), and which sources report each of them.
 * Reports (./reports.ts) are written from these events, so several reports of one event agree on
 * place and time while the parties disagree on who is to blame.
 */
import type { ReportCounts } from "../domain/reports.js";
import type { CategoryCode } from "../domain/taxonomy.js";
import { otherParty, type PartyCode } from "./parties.js";
import {
  DONE_BY_HOLDER,
  DURATION,
  FIRED_AT_PLACE,
  PHASES,
  WHERE,
  type Phase,
  type PhaseName,
} from "./phases.js";
import { holderAt, jitter, placeByKey, type DemoPlace } from "./places.js";
import type { Random } from "./prng.js";

/** What really happened, in the synthetic scenario. */
type Truth = "violation" | "unfounded" | "not_a_violation";

export type SourceSpec =
  | {
      kind: "complaint";
      party: PartyCode;
      alleges: PartyCode;
      counter: boolean;
      viaIntake: boolean;
    }
  | { kind: "monitor" }
  | { kind: "public"; viaIntake: boolean }
  | { kind: "media"; byAnalyst: boolean; leaning: PartyCode | null };

interface Casualties {
  killed: number;
  injured: number;
  civilians: boolean;
}

export interface DemoEvent {
  key: string;
  phase: PhaseName;
  place: DemoPlace;
  site: { en: string; ar: string };
  category: CategoryCode;
  truth: Truth;
  from: Date;
  to: Date;
  point: { lat: number; lon: number };
  /** Who did it (for a non-violation: whose engineers or units). */
  perpetrator: PartyCode;
  /** Bearing (degrees) from the place towards where the fire came from. */
  originBearing: number;
  casualties: Casualties;
  counts: ReportCounts;
  sources: SourceSpec[];
}

/** Local hours (Libya is UTC+2) when each kind of event tends to start. */
function startHourLocal(category: CategoryCode, rnd: Random): number {
  if (category.startsWith("D")) return rnd.int(7, 15);
  if (category === "F") return rnd.int(9, 14);
  if (category === "B4") return rnd.pick([1, 2, 3, 4, 22, 23]);
  if (category.startsWith("A"))
    return rnd.weighted([
      [rnd.int(17, 23), 6],
      [rnd.int(0, 5), 3],
      [rnd.int(6, 16), 3],
    ]);
  return rnd.int(5, 20);
}

const LIBYA_UTC_OFFSET_H = 2;

function eventTime(phase: Phase, category: CategoryCode, rnd: Random): { from: Date; to: Date } {
  const start = Date.parse(`${phase.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${phase.to}T00:00:00Z`) - start) / 86_400_000);
  const day = start + rnd.int(0, days - 1) * 86_400_000;
  const hourUtc = startHourLocal(category, rnd) - LIBYA_UTC_OFFSET_H;
  let from = day + hourUtc * 3_600_000 + rnd.int(0, 11) * 5 * 60_000;
  // The truce began at 00:00 local on 12 January: nothing before it is a violation of it.
  from = Math.max(from, Date.parse("2020-01-11T23:10:00Z"));
  const [lo, hi] = DURATION[category] ?? [10, 60];
  return { from: new Date(from), to: new Date(from + rnd.int(lo, hi) * 60_000) };
}

function choosePlace(phase: Phase, category: CategoryCode, rnd: Random): DemoPlace {
  const tags = WHERE[category] ?? ["frontline"];
  const fits = phase.places.filter(([key]) => placeByKey(key).tags.some((t) => tags.includes(t)));
  return placeByKey(rnd.weighted(fits.length ? fits : phase.places));
}

function perpetratorOf(
  phase: Phase,
  category: CategoryCode,
  holder: PartyCode | "contested",
  rnd: Random,
): PartyCode {
  const random = (): PartyCode => (rnd.chance(phase.lnaFires) ? "LNA" : "GNA");
  if (holder === "contested") {
    if (category === "A5") return "LNA";
    if (category === "A2" && (phase.name === "spring" || phase.name === "june")) {
      return rnd.chance(0.65) ? "GNA" : "LNA";
    }
    return random();
  }
  if (FIRED_AT_PLACE.includes(category)) return otherParty(holder);
  if (DONE_BY_HOLDER.includes(category)) return holder;
  if (category === "A5") return "LNA";
  return random();
}

/** Where the fire came from, seen from the place: the LNA from the south (Tripoli) or east. */
function originBearing(place: DemoPlace, perpetrator: PartyCode, rnd: Random): number {
  const base =
    place.front === "tripoli"
      ? perpetrator === "LNA"
        ? 180
        : 0
      : perpetrator === "LNA"
        ? 90
        : 270;
  return (base + rnd.int(-50, 50) + 360) % 360;
}

function casualtiesOf(category: CategoryCode, rnd: Random): Casualties {
  const kinetic = category.startsWith("A") && category !== "A5";
  if (!kinetic && category !== "A5") return { killed: 0, injured: 0, civilians: false };
  const civilians = category === "A7" || (category === "A3" && rnd.chance(0.4));
  const hurt = rnd.chance(category === "A7" ? 0.8 : category === "A4" ? 0.5 : 0.3);
  if (!hurt) return { killed: 0, injured: 0, civilians };
  return {
    killed: rnd.chance(category === "A7" || category === "A4" ? 0.4 : 0.2) ? rnd.int(1, 3) : 0,
    injured: rnd.int(1, 6),
    civilians,
  };
}

/** What a monitor on the spot would count. */
function countsOf(category: CategoryCode, rnd: Random): ReportCounts {
  switch (category) {
    case "A1":
      return { bursts: rnd.int(8, 80), shots: rnd.int(15, 200) };
    case "A2":
      return { explosions: rnd.int(10, 60), bursts: rnd.int(30, 150) };
    case "A3":
    case "A7":
      return rnd.chance(0.3)
        ? { explosions: rnd.int(4, 40), projectiles: rnd.int(2, 12) }
        : { explosions: rnd.int(3, 40) };
    case "A4":
      return { explosions: rnd.int(1, 4) };
    case "A5":
    case "F":
      return { explosions: rnd.int(1, 3) };
    case "A6":
      return { shots: rnd.int(1, 8) };
    case "A8":
      return { shots: rnd.int(3, 12), bursts: rnd.int(0, 3) };
    default:
      return {};
  }
}

type Chances = Partial<Record<CategoryCode, number>>;

/** How often the other side files a complaint of its own about the same event, blaming back. */
const COUNTER_COMPLAINT: Chances = {
  A1: 0.7,
  A2: 0.5,
  A3: 0.45,
  A4: 0.25,
  A6: 0.3,
  A7: 0.25,
  B1: 0.25,
  B3: 0.25,
  B4: 0.25,
};
const MONITOR_SEES: Chances = {
  A1: 0.3,
  A2: 0.25,
  A3: 0.35,
  A4: 0.2,
  A5: 0.4,
  A7: 0.3,
  C1: 0.1,
  C4: 0.4,
  C5: 0.3,
  C6: 0.2,
};
const MEDIA_REPORTS: Chances = {
  A1: 0.25,
  A2: 0.5,
  A3: 0.35,
  A4: 0.5,
  A7: 0.5,
  B3: 0.3,
  B4: 0.3,
  B5: 0.3,
  D1: 0.1,
  D4: 0,
};

/** Chance that each kind of source reports an event of this category. */
function sourceChances(category: CategoryCode, place: DemoPlace) {
  const group = category[0];
  // Obstruction of the mechanism, and fire at a patrol, are the monitors' own reports.
  const monitorsOnly = group === "D" || category === "A8";
  const kinetic = group === "A" && category !== "A5" && !monitorsOnly;
  const residential = place.tags.includes("residential");
  let witness = 0.05;
  if (kinetic && residential) witness = 0.45;
  else if (category === "A5" || category === "C6") witness = 0.4;
  else if (group === "C") witness = 0.25;
  else if (category === "B3" || category === "B4") witness = 0.15;
  return {
    victim: monitorsOnly ? 0 : 0.85,
    counter: COUNTER_COMPLAINT[category] ?? 0,
    monitor: monitorsOnly ? 1 : (MONITOR_SEES[category] ?? (group === "B" ? 0.45 : 0.1)),
    public: monitorsOnly ? 0 : witness,
    media: MEDIA_REPORTS[category] ?? (group === "C" ? 0.3 : 0.15),
  };
}

function sourcesOf(event: Omit<DemoEvent, "sources">, phase: Phase, rnd: Random): SourceSpec[] {
  const victim = otherParty(event.perpetrator);
  const c = sourceChances(event.category, event.place);
  const out: SourceSpec[] = [];
  if (rnd.chance(c.victim)) {
    out.push({
      kind: "complaint",
      party: victim,
      alleges: event.perpetrator,
      counter: false,
      viaIntake: rnd.chance(0.2),
    });
  }
  if (rnd.chance(c.counter)) {
    out.push({
      kind: "complaint",
      party: event.perpetrator,
      alleges: victim,
      counter: true,
      viaIntake: rnd.chance(0.2),
    });
  }
  if (rnd.chance(Math.min(1, c.monitor * phase.monitorPresence))) out.push({ kind: "monitor" });
  if (rnd.chance(c.public)) out.push({ kind: "public", viaIntake: rnd.chance(0.3) });
  if (rnd.chance(c.media)) out.push(media(rnd));
  if (out.length === 0) {
    out.push(
      c.victim > 0
        ? {
            kind: "complaint",
            party: victim,
            alleges: event.perpetrator,
            counter: false,
            viaIntake: false,
          }
        : { kind: "monitor" },
    );
  }
  return out;
}

function media(rnd: Random): SourceSpec {
  return {
    kind: "media",
    byAnalyst: rnd.chance(0.3),
    leaning: rnd.weighted<PartyCode | null>([
      ["GNA", 2],
      ["LNA", 2],
      [null, 1],
    ]),
  };
}

function baseEvent(phase: Phase, category: CategoryCode, place: DemoPlace, rnd: Random) {
  const { from, to } = eventTime(phase, category, rnd);
  const holder = holderAt(place, from);
  const perpetrator = perpetratorOf(phase, category, holder, rnd);
  return {
    key: "",
    phase: phase.name,
    place,
    site: rnd.pick(place.sites),
    category,
    truth: "violation" as Truth,
    from,
    to,
    point: jitter(place, rnd.int(0, 900), rnd.between(0, 2 * Math.PI)),
    perpetrator,
    originBearing: originBearing(place, perpetrator, rnd),
    casualties: casualtiesOf(category, rnd),
    counts: countsOf(category, rnd),
  };
}

/**
 * A few events that are not what a party says they are: a complaint the mission finds unfounded,
 * and controlled detonations of unexploded ordnance that the public takes for shelling.
 */
function specialEvents(rnd: Random): DemoEvent[] {
  const out: DemoEvent[] = [];
  for (const name of ["truce", "escalation", "sirte-jufra"] as const) {
    const phase = PHASES.find((p) => p.name === name)!;
    const category = rnd.pick(["A3", "A4"] as const);
    const e = baseEvent(phase, category, choosePlace(phase, "A3", rnd), rnd);
    const claimant = otherParty(e.perpetrator);
    out.push({
      ...e,
      truth: "unfounded",
      counts: {},
      casualties: { killed: 0, injured: 0, civilians: false },
      sources: [
        {
          kind: "complaint",
          party: claimant,
          alleges: e.perpetrator,
          counter: false,
          viaIntake: false,
        },
        { kind: "monitor" },
        ...(rnd.chance(0.5) ? [{ ...media(rnd), leaning: claimant } as SourceSpec] : []),
      ],
    });
  }
  for (const name of ["june", "sirte-jufra", "agreement"] as const) {
    const phase = PHASES.find((p) => p.name === name)!;
    const e = baseEvent(phase, "F", choosePlace(phase, "F", rnd), rnd);
    out.push({
      ...e,
      truth: "not_a_violation",
      sources: [
        { kind: "public", viaIntake: rnd.chance(0.5) },
        { kind: "monitor" },
        ...(rnd.chance(0.5) ? [media(rnd)] : []),
      ],
    });
  }
  return out;
}

/** The counter-complaint of a kinetic event frames it as an attack on the complainant. */
export function counterCategory(category: CategoryCode): CategoryCode {
  if (category === "A2" || category === "A4") return category;
  return category.startsWith("A") ? "A1" : category;
}

export function generateEvents(rnd: Random): DemoEvent[] {
  const events: DemoEvent[] = [];
  for (const phase of PHASES) {
    for (let i = 0; i < phase.events; i++) {
      const category = rnd.weighted(phase.categories);
      const e = baseEvent(phase, category, choosePlace(phase, category, rnd), rnd);
      events.push({ ...e, sources: sourcesOf(e, phase, rnd) });
    }
  }
  events.push(...specialEvents(rnd));
  events.sort((a, b) => a.from.getTime() - b.from.getTime());
  return events.map((e, i) => ({ ...e, key: `E${String(i + 1).padStart(3, "0")}` }));
}
