/**
 * The demo's reports, generated deterministically from the events: who files each one, when it
 * arrives, in which language, with which location precision and in whose words. Pure: the same
 * seed gives the same list, byte for byte.
 */
import type { ReportInput } from "../domain/reports.js";
import type { CategoryCode, Language } from "../domain/taxonomy.js";
import { counterCategory, generateEvents, type DemoEvent, type SourceSpec } from "./events.js";
import { jitter, placeByKey, type DemoPlace } from "./places.js";
import { createRandom, type Random } from "./prng.js";
import { arabicPhrasebook } from "./texts-ar.js";
import { englishPhrasebook } from "./texts-en.js";
import type { OutOfScopeKind, Phrasebook, TextContext } from "./texts.js";

/** Usernames of the demo users (./seed.ts), or the public form (no login). */
type DemoFiler = "liaison-gna" | "liaison-lna" | "monitor" | "intake" | "analyst" | "public";

export interface DemoReport {
  key: string;
  /** The event it describes; null for a report outside the mandate. */
  eventKey: string | null;
  source: SourceSpec["kind"];
  filer: DemoFiler;
  input: ReportInput;
  receivedAt: Date;
  /** Why intake closes it as out of scope, when it does. */
  outOfScope?: string;
}

export interface DemoScenario {
  events: DemoEvent[];
  reports: DemoReport[];
}

/** The party that complains in this report, if it is a party complaint. */
export function complainantOf(r: DemoReport): "GNA" | "LNA" | null {
  if (r.source !== "complaint") return null;
  if (r.input.onBehalfOfParty === "GNA" || r.filer === "liaison-gna") return "GNA";
  return "LNA";
}

/** The truce's entry into force, as a number: any fixed value would do. */
export const DEMO_SEED = 20200112;

const PHRASEBOOKS: Record<Language, Phrasebook> = { en: englishPhrasebook, ar: arabicPhrasebook };
const AGREEMENT_SIGNED = Date.parse("2020-10-23T09:00:00Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function roundTo(ms: number, minutes: number, up: boolean): Date {
  const step = minutes * MINUTE;
  return new Date((up ? Math.ceil(ms / step) : Math.floor(ms / step)) * step);
}

/** Share of each source kind written in Arabic: the public mostly writes Arabic, monitors English. */
const ARABIC_SHARE: Record<SourceSpec["kind"], number> = {
  complaint: 0.5,
  monitor: 0.2,
  public: 0.8,
  media: 0.5,
};

interface Draft {
  filer: DemoFiler;
  from: Date;
  to: Date;
  receivedAt: Date;
  datePrecision: number;
  location?: { lat: number; lon: number };
  wherePrecision: number;
  category: CategoryCode;
  extra: Partial<ReportInput>;
}

function complaintDraft(
  e: DemoEvent,
  s: Extract<SourceSpec, { kind: "complaint" }>,
  r: Random,
): Draft {
  const long = e.to.getTime() - e.from.getTime() > 20 * HOUR;
  const located = r.chance(0.8);
  // People round the times they give; the complaint arrives after the end they give.
  const to = roundTo(e.to.getTime() + r.int(0, 30) * MINUTE, 5, true);
  return {
    filer: s.viaIntake ? "intake" : s.party === "GNA" ? "liaison-gna" : "liaison-lna",
    from: roundTo(e.from.getTime() - r.int(0, 30) * MINUTE, 5, false),
    to,
    receivedAt: new Date(to.getTime() + (s.counter ? r.int(60, 720) : r.int(10, 480)) * MINUTE),
    datePrecision: long ? 2 : 1,
    location: located ? jitter(e.point, r.int(200, 900), r.between(0, 2 * Math.PI)) : undefined,
    wherePrecision: 2,
    category: s.counter ? counterCategory(e.category) : e.category,
    extra: {
      allegedParty: s.alleges,
      ...(s.viaIntake ? { onBehalfOfParty: s.party, sourceGrade: "C3" } : {}),
    },
  };
}

function monitorDraft(e: DemoEvent, r: Random): Draft {
  let from = e.from.getTime();
  let to = e.to.getTime();
  if (e.truth === "unfounded") {
    // The team visits the site the next morning.
    from = roundTo(from + 24 * HOUR, 24 * 60, false).getTime() + r.int(6, 9) * HOUR;
    to = from + r.int(45, 90) * MINUTE;
  } else {
    const trim = Math.min(10, Math.floor((to - from) / MINUTE / 4));
    from += r.int(0, trim) * MINUTE;
    to -= r.int(0, trim) * MINUTE;
  }
  return {
    filer: "monitor",
    from: new Date(from),
    to: new Date(to),
    receivedAt: new Date(to + r.int(60, 480) * MINUTE),
    datePrecision: 1,
    location: jitter(e.point, r.int(30, 250), r.between(0, 2 * Math.PI)),
    // A monitor's own GPS reading is exact, unless the scenario's place point is only approximate.
    wherePrecision: e.place.provenance === "K" ? 2 : 1,
    category: e.category,
    extra: { counts: e.counts },
  };
}

function publicDraft(e: DemoEvent, s: Extract<SourceSpec, { kind: "public" }>, r: Random): Draft {
  const from = roundTo(e.from.getTime() - r.int(0, 20) * MINUTE, 15, false);
  const to = roundTo(e.to.getTime() + r.int(0, 20) * MINUTE, 15, true);
  return {
    filer: s.viaIntake ? "intake" : "public",
    from,
    to,
    receivedAt: new Date(to.getTime() + r.int(10, 180) * MINUTE),
    datePrecision: 1,
    location: r.chance(0.5)
      ? jitter(e.point, r.int(100, 600), r.between(0, 2 * Math.PI))
      : undefined,
    wherePrecision: 2,
    // Residents take a controlled detonation for shelling.
    category: e.category === "F" ? "A3" : e.category,
    extra: s.viaIntake ? { sourceGrade: "F3" } : {},
  };
}

function mediaDraft(e: DemoEvent, s: Extract<SourceSpec, { kind: "media" }>, r: Random): Draft {
  return {
    filer: s.byAnalyst ? "analyst" : "intake",
    from: e.from,
    to: e.to,
    receivedAt: new Date(e.to.getTime() + r.int(180, 1200) * MINUTE),
    datePrecision: e.to.getTime() - e.from.getTime() > 20 * HOUR ? 2 : 1,
    location: r.chance(0.4) ? { lat: e.place.lat, lon: e.place.lon } : undefined,
    wherePrecision: 2,
    category: e.category,
    extra: {
      ...(s.leaning ? { allegedParty: s.leaning === "GNA" ? "LNA" : "GNA" } : {}),
      sourceGrade: r.pick(["C3", "D3", "C4"]),
    },
  };
}

function describe(e: DemoEvent, s: SourceSpec, ctx: TextContext, book: Phrasebook): string {
  switch (s.kind) {
    case "complaint":
      return book.complaint(ctx, s.party, s.alleges, s.counter);
    case "monitor":
      return book.monitor(ctx);
    case "public":
      return book.witness(ctx);
    case "media":
      return book.media(ctx, s.leaning);
  }
}

function teamFor(e: DemoEvent, r: Random): string {
  return `T-${e.place.front === "tripoli" ? r.int(1, 3) : r.int(4, 6)}`;
}

function reportsOf(e: DemoEvent, r: Random): Omit<DemoReport, "key">[] {
  return e.sources.map((s) => {
    const d =
      s.kind === "complaint"
        ? complaintDraft(e, s, r)
        : s.kind === "monitor"
          ? monitorDraft(e, r)
          : s.kind === "public"
            ? publicDraft(e, s, r)
            : mediaDraft(e, s, r);
    const language: Language = r.chance(ARABIC_SHARE[s.kind]) ? "ar" : "en";
    const place = language === "ar" ? e.place.ar : e.place.en;
    const ctx: TextContext = {
      event: e,
      rnd: r,
      from: d.from,
      to: d.to,
      place,
      site: e.site[language],
      underAgreement: e.from.getTime() >= AGREEMENT_SIGNED,
      team: teamFor(e, r),
    };
    return {
      eventKey: e.key,
      source: s.kind,
      filer: d.filer,
      receivedAt: d.receivedAt,
      input: {
        sourceKind: s.kind === "complaint" ? "party_complaint" : s.kind,
        occurredFrom: d.from,
        occurredTo: d.to,
        datePrecision: d.datePrecision,
        ...(d.location ? { location: d.location } : {}),
        wherePrecision: d.wherePrecision,
        placeName: place,
        category: d.category,
        description: describe(e, s, ctx, PHRASEBOOKS[language]),
        language,
        ...d.extra,
      },
    };
  });
}

interface OutOfScopeSpec {
  kind: OutOfScopeKind;
  place: string;
  from: string;
  hours: number;
  receivedAfterHours: number;
  filer: DemoFiler;
  source: "public" | "media";
  category: CategoryCode;
  language: Language;
  reason: string;
}

/** Reports intake receives that are not for the mechanism, each closed with its reason. */
const OUT_OF_SCOPE: readonly OutOfScopeSpec[] = [
  {
    kind: "before_truce",
    place: "ain-zara",
    from: "2019-12-20T17:00:00Z",
    hours: 1,
    receivedAfterHours: 27 * 24,
    filer: "public",
    source: "public",
    category: "A3",
    language: "ar",
    reason: "The event predates the truce's entry into force (12 January 2020 00:00 local).",
  },
  {
    kind: "robbery",
    place: "tripoli",
    from: "2020-02-27T18:30:00Z",
    hours: 1,
    receivedAfterHours: 14,
    filer: "public",
    source: "public",
    category: "F",
    language: "ar",
    reason: "Criminal violence outside the ceasefire mandate; passed to the police liaison.",
  },
  {
    kind: "power_cut",
    place: "tajura",
    from: "2020-05-07T06:00:00Z",
    hours: 72,
    receivedAfterHours: 2,
    filer: "public",
    source: "public",
    category: "C4",
    language: "ar",
    reason: "Not a ceasefire matter (utility outage); passed to the humanitarian liaison.",
  },
  {
    kind: "celebratory_fire",
    place: "misrata",
    from: "2020-08-14T19:30:00Z",
    hours: 1,
    receivedAfterHours: 3,
    filer: "intake",
    source: "public",
    category: "F",
    language: "en",
    reason: "Celebratory fire; logged, not a ceasefire violation.",
  },
  {
    kind: "tribal_clash",
    place: "sabha",
    from: "2020-09-05T15:00:00Z",
    hours: 3,
    receivedAfterHours: 9,
    filer: "intake",
    source: "media",
    category: "A1",
    language: "ar",
    reason:
      "Clash between local groups that are not parties to the agreement, outside the area of the mechanism.",
  },
  {
    kind: "terrorist_group",
    place: "sabha",
    from: "2020-11-18T04:00:00Z",
    hours: 4,
    receivedAfterHours: 10,
    filer: "analyst",
    source: "media",
    category: "A1",
    language: "en",
    reason:
      "Action against a UN-designated terrorist group, which the 23 October 2020 agreement excludes (term 1).",
  },
];

function outOfScopeReports(r: Random): Omit<DemoReport, "key">[] {
  return OUT_OF_SCOPE.map((o) => {
    const place: DemoPlace = placeByKey(o.place);
    const from = new Date(o.from);
    const to = new Date(from.getTime() + o.hours * HOUR);
    const event = {
      place,
      site: place.sites[0]!,
      casualties: { killed: 0, injured: 0, civilians: false },
    } as DemoEvent;
    const ctx: TextContext = {
      event,
      rnd: r,
      from,
      to,
      place: o.language === "ar" ? place.ar : place.en,
      site: place.sites[0]![o.language],
      underAgreement: from.getTime() >= AGREEMENT_SIGNED,
      team: "",
    };
    return {
      eventKey: null,
      source: o.source,
      filer: o.filer,
      receivedAt: new Date(to.getTime() + o.receivedAfterHours * HOUR),
      outOfScope: o.reason,
      input: {
        sourceKind: o.source,
        occurredFrom: from,
        occurredTo: to,
        datePrecision: o.hours > 20 ? 2 : 1,
        wherePrecision: 2,
        placeName: ctx.place,
        category: o.category,
        description: PHRASEBOOKS[o.language].outOfScope(o.kind, ctx),
        language: o.language,
        ...(o.filer === "public" ? {} : { sourceGrade: o.source === "media" ? "C3" : "F3" }),
      },
    };
  });
}

/** The whole scenario: events, and every report about them in order of receipt. */
export function generateScenario(seed = DEMO_SEED): DemoScenario {
  const r = createRandom(seed);
  const events = generateEvents(r);
  const reports = [...events.flatMap((e) => reportsOf(e, r)), ...outOfScopeReports(r)]
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
    .map((rep, i) => ({ ...rep, key: `R${String(i + 1).padStart(3, "0")}` }));
  return { events, reports };
}
