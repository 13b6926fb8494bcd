/**
 * What the demo's report texts are written from. The phrasebooks (./texts-en.ts, ./texts-ar.ts)
 * fill templates with natural variation; each source speaks in its own register: a party's
 * liaison office blames the other side in its own vocabulary, a monitor counts and hedges, the
 * public speaks in the first person, media report what others claim. No text names a real person.
 */
import type { DemoEvent } from "./events.js";
import type { PartyCode } from "./parties.js";
import type { Random } from "./prng.js";

export interface TextContext {
  event: DemoEvent;
  rnd: Random;
  /** The time window this report gives (each source sees the event a little differently). */
  from: Date;
  to: Date;
  /** Place and site names in the report's language. */
  place: string;
  site: string;
  /** Once the 23 October 2020 agreement is signed, parties cite it instead of the truce. */
  underAgreement: boolean;
  /** The monitoring team's call sign. */
  team: string;
}

export type OutOfScopeKind =
  | "robbery"
  | "celebratory_fire"
  | "tribal_clash"
  | "before_truce"
  | "power_cut"
  | "terrorist_group";

export interface Phrasebook {
  complaint(ctx: TextContext, party: PartyCode, alleges: PartyCode, counter: boolean): string;
  monitor(ctx: TextContext): string;
  witness(ctx: TextContext): string;
  media(ctx: TextContext, leaning: PartyCode | null): string;
  outOfScope(kind: OutOfScopeKind, ctx: TextContext): string;
}

const LIBYA_OFFSET_MS = 2 * 3_600_000;

/** Libya keeps UTC+2 all year (Africa/Tripoli, no daylight saving). */
export function localTime(d: Date): { day: number; month: number; hhmm: string; hour: number } {
  const l = new Date(d.getTime() + LIBYA_OFFSET_MS);
  const hh = String(l.getUTCHours()).padStart(2, "0");
  const mm = String(l.getUTCMinutes()).padStart(2, "0");
  return {
    day: l.getUTCDate(),
    month: l.getUTCMonth() + 1,
    hhmm: `${hh}:${mm}`,
    hour: l.getUTCHours(),
  };
}

const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** "14 Jan 2020", in Libya time; written out so it does not depend on the ICU data of Node. */
export function shortDate(d: Date): string {
  const t = localTime(d);
  return `${t.day} ${MONTHS_EN[t.month - 1]} ${new Date(d.getTime() + LIBYA_OFFSET_MS).getUTCFullYear()}`;
}

/** An airport or a base: people live around it, not in it. */
export function aroundBase(ctx: TextContext): boolean {
  return ctx.event.place.tags.some((t) => t === "airfield" || t === "base");
}

/** Fills `{name}` slots; a missing slot is a bug in a template, so it throws. */
export function fill(template: string, slots: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = slots[k];
    if (v === undefined) throw new Error(`template slot {${k}} has no value`);
    return String(v);
  });
}

export function durationMinutes(ctx: TextContext): number {
  return Math.round((ctx.to.getTime() - ctx.from.getTime()) / 60_000);
}

/** Compass point (0–7, 0 = north) of a bearing in degrees. */
export function compassPoint(bearing: number): number {
  return Math.round((((bearing % 360) + 360) % 360) / 45) % 8;
}
