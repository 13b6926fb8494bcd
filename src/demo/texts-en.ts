/** English report texts of the demo (see ./texts.ts). */
import type { CategoryCode } from "../domain/taxonomy.js";
import { counterCategory } from "./events.js";
import type { PartyCode } from "./parties.js";
import {
  aroundBase,
  compassPoint,
  durationMinutes,
  fill,
  localTime,
  type OutOfScopeKind,
  type Phrasebook,
  type TextContext,
} from "./texts.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const COMPASS = [
  "north",
  "north-east",
  "east",
  "south-east",
  "south",
  "south-west",
  "west",
  "north-west",
];
const NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

function num(n: number): string {
  return NUMBERS[n] ?? String(n);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

function date(d: Date): string {
  const t = localTime(d);
  return `${t.day} ${MONTHS[t.month - 1]}`;
}

function when(ctx: TextContext): string {
  const a = localTime(ctx.from);
  const b = localTime(ctx.to);
  const minutes = durationMinutes(ctx);
  if (minutes > 12 * 60) {
    return a.day === b.day && a.month === b.month
      ? `during ${date(ctx.from)}`
      : `between ${date(ctx.from)} and ${date(ctx.to)}`;
  }
  if (minutes <= 20) {
    return ctx.rnd.pick([
      `at about ${a.hhmm} local time on ${date(ctx.from)}`,
      `on ${date(ctx.from)} at around ${a.hhmm}`,
    ]);
  }
  if (a.day !== b.day) {
    return `on the night of ${a.day} to ${date(ctx.to)}, between ${a.hhmm} and ${b.hhmm}`;
  }
  return ctx.rnd.pick([
    `between ${a.hhmm} and ${b.hhmm} (local time) on ${date(ctx.from)}`,
    `on ${date(ctx.from)} from about ${a.hhmm} until ${b.hhmm}`,
  ]);
}

function agreement(ctx: TextContext): string {
  return ctx.underAgreement
    ? ctx.rnd.pick([
        "the ceasefire agreement signed in Geneva",
        "the permanent ceasefire agreement",
      ])
    : ctx.rnd.pick(["the truce", "the ceasefire of 12 January"]);
}

/** How each party's liaison office names the other side. */
function nameOf(speaker: PartyCode, target: PartyCode, ctx: TextContext): string {
  if (speaker === "GNA" && target === "LNA") {
    return ctx.rnd.pick([
      "the aggressor forces",
      "the attacking militias",
      "the General Command militias",
    ]);
  }
  if (speaker === "LNA" && target === "GNA") {
    return ctx.rnd.pick([
      "the terrorist militias",
      "the Accord militias",
      "armed groups affiliated with the GNA",
      "the GNA militias and their foreign mercenaries",
    ]);
  }
  return neutralName(target);
}

function neutralName(p: PartyCode): string {
  return p === "GNA" ? "GNA forces" : "LNA forces";
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const SMALL_ARMS = [
  "small arms and medium weapons",
  "heavy machine guns",
  "14.5 mm anti-aircraft guns in ground fire",
];
const INDIRECT = [
  "mortar rounds",
  "122 mm Grad rockets",
  "heavy artillery",
  "indiscriminate rockets",
];

const VICTIM_ACTS: Partial<Record<CategoryCode, readonly string[]>> = {
  A1: [
    "{When}, {accused} opened fire on our positions in {place} ({site}) with {smallArms}.",
    "{Accused} attacked our forward positions on the {place} axis {when} using {smallArms}; the exchange lasted about {duration} minutes.",
  ],
  A2: [
    "{When}, {accused} launched an attack on our positions in {place} with armoured vehicles under cover of artillery fire. The attack was repelled.",
    "{Accused} attempted to advance towards {place} {when}, a clear offensive operation.",
  ],
  A3: [
    "{When}, {accused} shelled {site} in {place} with {indirect}.",
    "{Place} came under fire from {indirect} launched by {accused} {when}; shells landed on {site}.",
  ],
  A4: [
    "{When}, a drone operated by {accused} struck {site} in {place}.",
    "{Accused} carried out an air strike on {site} in {place} {when}.",
  ],
  A5: [
    "Mines and explosive devices left by {accused} were found at {site} in {place}; one of them exploded {when}.",
  ],
  A6: ["{When}, a sniper of {accused} fired on {site} in {place}."],
  A7: [
    "{When}, {accused} deliberately targeted civilians: {indirect} hit {site} in {place}.",
    "{Accused} shelled {site} in {place} {when}, far from any military position.",
  ],
  B1: [
    "{Accused} moved forward and set up new positions and earth berms near {place} {when}, in breach of the commitment not to advance.",
  ],
  B2: ["{Accused} brought artillery and rocket launchers to {site} near {place} {when}."],
  B3: [
    "{When}, {accused} reinforced their positions near {place} with a convoy of about {vehicles} vehicles, including foreign mercenaries.",
    "Large reinforcements of {accused} arrived in {place} {when}.",
  ],
  B4: ["{When}, {aircraft} landed at {place} carrying weapons and foreign fighters for {accused}."],
  B5: ["{When}, a shipment of weapons and ammunition for {accused} was unloaded at {place}."],
  B6: [
    "Foreign military trainers continue to train units of {accused} at {place}; this was seen again {when}, although training agreements are suspended.",
  ],
  C1: [
    "{When}, {accused} detained {detainees} civilians at a checkpoint near {place} because of where they come from, and took them to an unknown location.",
  ],
  C4: [
    "{Accused} closed the road to {place} {when} and turned back an ambulance and a humanitarian convoy.",
  ],
  C5: ["{Accused} looted and burned houses in {place} {when}."],
  C6: ["Families in {place} were forced out of their homes by {accused} {when}."],
};

const COUNTER_ACTS: Partial<Record<CategoryCode, readonly string[]>> = {
  A1: [
    "{When}, {accused} attacked our positions in {place} with {smallArms}; our units responded to the sources of fire.",
    "The claims of the other side are false: it was {accused} who opened fire on our positions near {place} {when}, and our forces only returned fire.",
  ],
  A2: [
    "{When}, {accused} tried to advance on our positions in {place}; our forces repelled the attack.",
  ],
  A4: [
    "{When}, a drone of {accused} tried to strike our positions near {place}; our air defences engaged it.",
  ],
};

function hoursAndMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} minutes`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function slots(ctx: TextContext, accused: string) {
  const r = ctx.rnd;
  const w = when(ctx);
  return {
    When: capitalise(w),
    when: w,
    accused,
    Accused: capitalise(accused),
    place: ctx.place,
    Place: capitalise(ctx.place),
    area: aroundBase(ctx) ? `the area around ${ctx.place}` : ctx.place,
    site: ctx.site,
    smallArms: r.pick(SMALL_ARMS),
    indirect: r.pick(INDIRECT),
    duration: Math.max(10, Math.round(durationMinutes(ctx) / 5) * 5),
    vehicles: r.int(3, 12) * 5,
    aircraft: r.pick([
      "a military cargo aircraft",
      "two military cargo aircraft",
      "three military cargo aircraft",
    ]),
    detainees: num(r.int(2, 6)),
  };
}

function casualties(ctx: TextContext, counter: boolean): string {
  const { killed, injured, civilians } = ctx.event.casualties;
  if (!ctx.event.category.startsWith("A")) return "";
  if (counter) return ctx.rnd.chance(0.5) ? "No casualties among our forces." : "";
  if (killed + injured === 0) return ctx.rnd.pick(["No casualties were reported.", ""]);
  const who = civilians ? "civilian" : "of our fighters";
  const noun = (n: number) => (civilians ? plural(n, "civilian") : `${num(n)} ${who}`);
  if (killed === 0)
    return `${capitalise(noun(injured))} ${injured === 1 ? "was" : "were"} injured.`;
  return `${capitalise(noun(killed))} ${killed === 1 ? "was" : "were"} killed and ${num(injured)} injured.`;
}

const OPENERS: Record<PartyCode, readonly string[]> = {
  GNA: [
    "Complaint of the GNA liaison office.",
    "The GNA liaison office reports a new violation of {agreement}.",
    "We report a serious breach of {agreement}.",
  ],
  LNA: [
    "Complaint of the General Command liaison office.",
    "The General Command reports a new violation of {agreement}.",
    "We inform the mission of a further breach of {agreement}.",
  ],
};

const CLOSERS: Record<PartyCode, readonly string[]> = {
  GNA: [
    "We hold the aggressor fully responsible and ask the mission to document this violation.",
    "We call on the mission to verify this breach and to name the party responsible.",
  ],
  LNA: [
    "The General Command holds the militias responsible for undermining {agreement} and reserves the right to respond.",
    "We ask the mission to document this breach and to inform the other side.",
  ],
};

/** Said only after fire was exchanged. */
const FIRE_CLOSER: Record<PartyCode, string> = {
  GNA: "Our forces reserve the right to respond to the sources of fire.",
  LNA: "Our units will respond to any further attack.",
};

function closer(ctx: TextContext, party: PartyCode, category: CategoryCode): string {
  const fire = ["A1", "A2", "A3", "A4", "A6", "A7"].includes(category);
  return ctx.rnd.pick(fire ? [...CLOSERS[party], FIRE_CLOSER[party]] : CLOSERS[party]);
}

function complaint(
  ctx: TextContext,
  party: PartyCode,
  alleges: PartyCode,
  counter: boolean,
): string {
  const r = ctx.rnd;
  const category = counter ? counterCategory(ctx.event.category) : ctx.event.category;
  const acts =
    (counter ? COUNTER_ACTS[category] : undefined) ?? VICTIM_ACTS[category] ?? VICTIM_ACTS.A1!;
  const s = { ...slots(ctx, nameOf(party, alleges, ctx)), agreement: agreement(ctx) };
  return [
    fill(r.pick(OPENERS[party]), s),
    fill(r.pick(acts), s),
    casualties(ctx, counter),
    fill(closer(ctx, party, category), s),
  ]
    .filter(Boolean)
    .join(" ");
}

function countsText(ctx: TextContext): string {
  const c = ctx.event.counts;
  const parts = [
    c.explosions ? plural(c.explosions, "explosion") : "",
    c.projectiles ? plural(c.projectiles, "projectile") + " in flight" : "",
    c.bursts ? plural(c.bursts, "burst") + " of heavy machine-gun fire" : "",
    c.shots ? plural(c.shots, "shot") : "",
  ].filter(Boolean);
  return parts.length > 1
    ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`
    : (parts[0] ?? "");
}

const MONITOR: Partial<Record<CategoryCode, readonly string[]>> = {
  A1: [
    "between {t1} and {t2} the team heard {counts} of small-arms fire {km} km {dir} of its position. The exchange could not be attributed.",
  ],
  A2: [
    "between {t1} and {t2} the team recorded {counts} and saw armoured vehicles moving {dir} of {place}; control of {site} appears to have changed.",
  ],
  A3: [
    "between {t1} and {t2} the team recorded {counts}, assessed as impacts of {weapon} on {site}; the fire was assessed as coming from the {dir}, {km} km away.",
    "the team recorded {counts} between {t1} and {t2}; impacts on {site}, origin assessed {dir}.",
  ],
  A4: [
    "at about {t1} the team heard {counts} and saw smoke rising over {site}; a UAV was heard overhead shortly before. Assessed as an air strike.",
  ],
  A5: [
    "site visit with an engineering team: a newly laid explosive device detonated in {site}; further devices were marked for clearance.",
  ],
  A6: ["{counts} heard from the {dir}; one round struck a vehicle near {site}."],
  A7: [
    "site visit to {site}: a crater about {crater} m wide and damage to two houses. Fragments consistent with {weapon}; fire assessed as coming from the {dir}.",
  ],
  A8: [
    "while the patrol was stationary near {site}, {counts} were fired in its direction from about {metres} m to the {dir}. No injuries; the patrol withdrew.",
  ],
  B1: [
    "new earth berms and trenches seen about {km} km forward of the positions recorded on the previous patrol, at {site}.",
  ],
  B2: [
    "{guns} artillery pieces and {mlrs} multiple rocket launchers seen at {site}, about {km} km from the line of contact.",
  ],
  B3: [
    "a convoy of about {vehicles} vehicles, including {armoured} armoured vehicles and trucks carrying personnel, seen moving towards {place}.",
  ],
  B4: [
    "{aircraft} landed at {place} between {t1} and {t2}; unloading was observed from a distance.",
  ],
  B5: [
    "containers assessed as military cargo were unloaded under guard at {place} between {t1} and {t2}.",
  ],
  B6: [
    "personnel in uniform without insignia, assessed as foreign instructors, were conducting weapons training with local units at {place}.",
  ],
  C1: [
    "residents told the team that {detainees} men were taken at a checkpoint near {place}; the team could not meet the detainees.",
  ],
  C4: [
    "the road to {place} is closed by an armed checkpoint; the team saw a humanitarian convoy turned back.",
  ],
  C5: ["the team saw {houses} burned houses and signs of looting at {site}."],
  C6: ["families seen leaving {place} with their belongings; residents cited fear of reprisals."],
  D1: [
    "the patrol was stopped at a checkpoint near {place} for {delay} and then denied passage; the commander cited {reason}.",
  ],
  D4: [
    "the request for a patrol to {place}, submitted {notice} hours in advance, received no answer; the patrol was cancelled.",
  ],
  F: [
    "the explosions at {site} at about {t1} were a controlled detonation of unexploded ordnance by engineering teams; the team had been notified in advance.",
  ],
};

function monitor(ctx: TextContext): string {
  const r = ctx.rnd;
  const e = ctx.event;
  const s = {
    ...slots(ctx, ""),
    t1: localTime(ctx.from).hhmm,
    t2: localTime(ctx.to).hhmm,
    counts: countsText(ctx),
    dir: COMPASS[compassPoint(e.originBearing)]!,
    km: r.pick(["1–2", "2–3", "3–5"]),
    weapon: r.pick(["mortar rounds", "artillery shells", "122 mm rockets"]),
    crater: r.pick(["0.8", "1.2", "1.5", "2"]),
    metres: r.int(3, 8) * 100,
    guns: r.int(3, 8),
    mlrs: r.int(2, 4),
    armoured: r.int(4, 12),
    houses: r.int(3, 9),
    delay: hoursAndMinutes(r.int(8, 40) * 5),
    reason: r.pick([
      '"orders from superiors"',
      '"lack of security guarantees"',
      "the need for prior written approval",
    ]),
    notice: r.pick([24, 48, 72]),
  };
  let body: string;
  if (e.truth === "unfounded") {
    body = fill(
      "site visit to {site} following a reported attack on {date}: no fresh craters, damage or fragments were found, and residents met did not report any shelling that night.",
      { ...s, date: date(e.from) },
    );
  } else {
    body = fill(r.pick(MONITOR[e.category] ?? MONITOR.A1!), s);
  }
  const kinetic = e.category.startsWith("A") && e.truth === "violation";
  const hurt = e.casualties.killed + e.casualties.injured > 0;
  const tail = kinetic
    ? hurt
      ? " Casualties reported by residents could not be confirmed."
      : " No casualties observed."
    : "";
  return `Monitoring team ${ctx.team}, ${ctx.place}: ${body}${tail}`;
}

const WITNESS: Partial<Record<CategoryCode, readonly string[]>> = {
  A1: ["Shooting and explosions all night around {site} in {place}. We could not leave the house."],
  A3: [
    "Heavy explosions near our house in {area} since {t1}. One shell fell in the next street. Please do something, the children are terrified.",
    "Shells falling on {site} in {place} right now.",
  ],
  A4: [
    "A big strike hit {site} in {place} at about {t1}; we heard a drone just before the explosion.",
  ],
  A5: [
    "A mine exploded in a house in {place} when a family came back. There are more devices in the area.",
  ],
  B1: ["Bulldozers and armed vehicles digging new positions near {place} since yesterday."],
  B2: ["Big guns and rocket launchers were brought near {place} today."],
  B3: ["Many armed vehicles passing near {place} tonight, going towards the front."],
  B4: ["Big planes landing at {place} at night again."],
  B5: ["Trucks unloading containers under heavy guard at {place} tonight."],
  B6: ["Foreign soldiers are training fighters at {place}; we see them every day."],
  C1: [
    "My brother was taken at a checkpoint near {place} on {date} and we do not know where he is.",
  ],
  C4: ["The road to {place} is closed and the ambulance could not pass."],
  C5: ["Our house in {place} was looted and burned after the fighting."],
  C6: ["We had to leave {place} with our children after armed men told us to go."],
  F: ["Big explosions near {place} this morning, we think it was shelling."],
};

function witness(ctx: TextContext): string {
  const c = ctx.event.category;
  const fallback: CategoryCode = !c.startsWith("A")
    ? "B3"
    : ["A2", "A6", "A7"].includes(c)
      ? "A3"
      : "A1";
  const key: CategoryCode = WITNESS[c] ? c : fallback;
  return fill(ctx.rnd.pick(WITNESS[key]!), {
    ...slots(ctx, ""),
    t1: localTime(ctx.from).hhmm,
    date: date(ctx.from),
  });
}

const HEADLINES: Partial<Record<CategoryCode, string>> = {
  A1: "clashes with medium weapons on the {place} front",
  A2: "an attack and an attempted advance on the {place} front",
  A3: "renewed shelling of {site} in {place}",
  A4: "a drone strike on {site} in {place}",
  A5: "a mine explosion in {place}",
  A6: "a sniper wounding a resident of {place}",
  A7: "shells falling on {site} in {place}",
  B1: "military movements and new positions near {place}",
  B2: "heavy weapons moved near {place}",
  B3: "military reinforcements arriving in {place}",
  B4: "military cargo aircraft landing at {place}",
  B5: "a weapons shipment unloaded at {place}",
  B6: "foreign-led military training continuing at {place}",
  C1: "civilians detained at a checkpoint near {place}",
  C4: "the road to {place} being closed",
  C5: "looting and burning of houses in {place}",
  C6: "families fleeing {place}",
  D1: "a monitors' patrol being stopped near {place}",
  F: "loud explosions near {place}",
};

function media(ctx: TextContext, leaning: PartyCode | null): string {
  const r = ctx.rnd;
  const category = ctx.event.category;
  const outlet =
    leaning === "GNA"
      ? r.pick(["A Tripoli-based television channel", "A news site close to the GNA"])
      : leaning === "LNA"
        ? r.pick([
            "A news site close to the General Command",
            "An eastern-based television channel",
          ])
        : r.pick(["A local news page on social media", "A Libyan news agency"]);
  const headline = fill(HEADLINES[category] ?? HEADLINES.A1!, slots(ctx, ""));
  const blame = leaning
    ? ` The outlet blamed ${neutralName(leaning === "GNA" ? "LNA" : "GNA")}.`
    : " No side was named.";
  const source = r.pick([
    "citing residents",
    "citing a military source",
    "citing a local official",
    "showing video from the scene",
  ]);
  return `${outlet} reported ${headline} on ${date(ctx.from)}, ${source}.${blame}`;
}

const OUT_OF_SCOPE: Record<OutOfScopeKind, string> = {
  robbery: "Armed men robbed a shop in {place} last night and took the owner's car.",
  celebratory_fire:
    "Heavy gunfire in {place} tonight. It was shooting in the air at a wedding, but bullets fell on roofs.",
  tribal_clash:
    "Local media reported clashes between two local armed groups in {site} of {place} after a dispute between families.",
  before_truce:
    "Shelling of our street in {place} on 20 December 2019 destroyed my car. I want it registered for compensation.",
  power_cut: "Electricity has been cut in {place} for three days and there is no water pressure.",
  terrorist_group:
    "Security forces announced an operation against a cell of a UN-listed terrorist group in {site} of {place}.",
};

function outOfScope(kind: OutOfScopeKind, ctx: TextContext): string {
  return fill(OUT_OF_SCOPE[kind], slots(ctx, ""));
}

export const englishPhrasebook: Phrasebook = { complaint, monitor, witness, media, outOfScope };
