/**
 * Report products (domain.md §7, decision 0022): the daily report, the spot report on one
 * incident, the periodic report and the report to the mandating body. A product is generated
 * from the data as structured sections in both languages; the analysts add text per section,
 * kept apart from what is generated, so that regenerating refreshes the figures without losing a
 * word they wrote. Another person approves it (four eyes), the chief releases it: frozen, hashed,
 * to both parties at one instant, and to the public when its classification is public.
 *
 * Each section has an audience: "all" goes into every version, "parties" only into the version
 * the parties receive (incident-level detail: exact places and times). The public version is the
 * product without its parties-only sections, with the map's points on the public grid.
 */
import { DomainError } from "./errors.js";
import { hasRole, type Actor, type Role } from "./roles.js";
import type { CategoryCode, FindingOutcome } from "./taxonomy.js";

export const PRODUCT_KINDS = ["daily", "spot", "periodic", "mandate"] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const PRODUCT_STATES = ["draft", "in_review", "approved", "released"] as const;
export type ProductState = (typeof PRODUCT_STATES)[number];

export const PRODUCT_CLASSIFICATIONS = ["public", "parties"] as const;
export type ProductClassification = (typeof PRODUCT_CLASSIFICATIONS)[number];

/** Who generates and edits drafts, who approves (never the author), who releases. */
export const PRODUCT_AUTHORS: readonly Role[] = ["analyst", "chief"];
export const PRODUCT_APPROVERS: readonly Role[] = ["analyst", "reviewer", "chief"];
export const PRODUCT_RELEASERS: readonly Role[] = ["chief"];
/** The mission's roles that read products at every stage. */
export const PRODUCT_MISSION_READERS: readonly Role[] = ["analyst", "reviewer", "chief"];

export interface Bi {
  en: string;
  ar: string;
}

type SectionAudience = "all" | "parties";

interface PlaceRef {
  name: Bi;
  distanceKm: number;
  compass: Bi;
}

/** One recorded incident as a product lists it: no free text, no attribution, no source. */
export interface IncidentLine {
  id: string;
  reference: string;
  category: CategoryCode;
  occurredFrom: string;
  occurredTo: string;
  sector: string;
  place: PlaceRef | null;
  explosions: number;
  lat: number | null;
  lon: number | null;
}

export interface SectorRow {
  code: string;
  name: Bi;
  violations: number;
  explosions: number;
  previousViolations: number;
  previousExplosions: number;
}

export interface CbmRow {
  reference: string;
  title: Bi;
  status: string;
  observations: number;
  notes: Bi[];
}

export interface ComplaintRow {
  party: string;
  category: CategoryCode;
  complaints: number;
  outcomes: Partial<Record<FindingOutcome | "no_finding", number>>;
}

interface ScoreLine {
  key: string;
  total: number;
  due: number;
  met: number;
  late: number;
  disputed: number;
}

export interface Totals {
  violations: number;
  explosions: number;
  previousViolations: number;
  previousExplosions: number;
  incidents: number;
  restrictions: number;
  cbms: number;
}

/** A drawing already projected to the viewBox: the renderer only writes it out. */
export interface StaticMap {
  width: number;
  height: number;
  outline: string;
  sectors: { code: string; name: Bi; d: string; label: [number, number] }[];
  lines: string[];
  points: {
    ref: string;
    violation: boolean;
    /** Whether the public version draws it (then at `publicAt`, on the public grid). */
    isPublic: boolean;
    at: [number, number];
    publicAt: [number, number];
  }[];
}

export type Section =
  | { key: "summary"; audience: "all"; totals: Totals }
  | { key: "sectors"; audience: "all"; rows: SectorRow[] }
  | { key: "notable"; audience: "parties"; incidents: IncidentLine[] }
  | { key: "restrictions"; audience: "parties"; incidents: IncidentLine[] }
  | { key: "cbms"; audience: "all"; rows: CbmRow[] }
  | { key: "map"; audience: "all"; map: StaticMap }
  | { key: "annex"; audience: "parties"; incidents: IncidentLine[] }
  | {
      key: "incident";
      audience: SectionAudience;
      incident: IncidentLine;
      narrative: Bi | null;
    }
  | { key: "complaints"; audience: "all"; rows: ComplaintRow[] }
  | {
      key: "trend";
      audience: "all";
      days: { day: string; violations: number; incidents: number }[];
    }
  | { key: "scoreboard"; audience: "all"; byParty: ScoreLine[]; all: ScoreLine };

export type SectionKey = Section["key"];

/** What generation produces: the sections, and the facts the renderer needs beside them. */
export interface Generated {
  mission: Bi;
  timeZone: string;
  /** Party codes and names, for the tables. */
  parties: { code: string; name: Bi }[];
  sections: Section[];
}

/** The analysts' text per section in both languages, never touched by regeneration. */
export type AddedText = Partial<Record<SectionKey | "introduction", Bi>>;

export interface ReportProduct {
  id: string;
  reference: string;
  kind: ProductKind;
  classification: ProductClassification;
  state: ProductState;
  periodFrom: Date;
  periodTo: Date;
  incidentId: string | null;
  generated: Generated;
  generatedAt: Date;
  added: AddedText;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  submittedBy: string | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  releasedBy: string | null;
  releaseAt: Date | null;
  contentHash: string | null;
  files: {
    partiesHtml: string | null;
    partiesPdf: string | null;
    publicHtml: string | null;
    publicPdf: string | null;
  };
}

/** The sections each kind is made of, in order. */
export const SECTIONS_OF: Record<ProductKind, readonly SectionKey[]> = {
  daily: ["summary", "sectors", "notable", "restrictions", "cbms", "map", "annex"],
  spot: ["incident", "map"],
  periodic: ["summary", "sectors", "complaints", "trend", "scoreboard", "restrictions", "map"],
  mandate: ["summary", "sectors", "complaints", "trend", "scoreboard", "cbms", "map"],
};

export const TITLES: Record<ProductKind, Bi> = {
  daily: { en: "Daily report", ar: "التقرير اليومي" },
  spot: { en: "Spot report", ar: "تقرير فوري" },
  periodic: { en: "Periodic report", ar: "التقرير الدوري" },
  mandate: { en: "Report to the mandating body", ar: "تقرير إلى الجهة صاحبة الولاية" },
};

/** Sections that go into a version for `audience` (the public gets no parties-only section). */
export function sectionsFor(sections: readonly Section[], audience: "parties" | "public") {
  return audience === "parties" ? sections : sections.filter((s) => s.audience === "all");
}

/** The added text that goes with the sections of a version: a parties-only section's stays out. */
export function addedFor(
  added: AddedText,
  sections: readonly Section[],
  audience: "parties" | "public",
): AddedText {
  if (audience === "parties") return added;
  const kept = new Set<string>([
    "introduction",
    ...sectionsFor(sections, audience).map((s) => s.key),
  ]);
  return Object.fromEntries(Object.entries(added).filter(([k]) => kept.has(k))) as AddedText;
}

/** Added text for the keys a product of `kind` has; anything else is refused by name. */
export function checkAddedKeys(kind: ProductKind, added: AddedText): void {
  const allowed = new Set<string>(["introduction", ...SECTIONS_OF[kind]]);
  const wrong = Object.keys(added).filter((k) => !allowed.has(k));
  if (wrong.length > 0) {
    throw new DomainError(
      "validation_failed",
      `A ${kind} report has no section ${wrong.map((w) => `"${w}"`).join(", ")}; its sections are ${[...allowed].join(", ")}.`,
      { field: "added" },
    );
  }
}

type Move = "edit" | "submit" | "approve" | "return" | "release";

const FROM: Record<Move, ProductState> = {
  edit: "draft",
  submit: "draft",
  approve: "in_review",
  return: "in_review",
  release: "approved",
};

/**
 * Whether `actor` may make `move` on `product`; throws a DomainError saying why not. Four eyes:
 * the author never approves its own product.
 */
export function checkProductMove(
  actor: Actor,
  product: Pick<ReportProduct, "state" | "createdBy" | "reference">,
  move: Move,
): void {
  const roles =
    move === "approve" || move === "return"
      ? PRODUCT_APPROVERS
      : move === "release"
        ? PRODUCT_RELEASERS
        : PRODUCT_AUTHORS;
  if (!hasRole(actor, ...roles)) {
    throw new DomainError(
      "forbidden",
      `Only the ${roles.join(", ")} roles may ${move} a report product.`,
    );
  }
  if (product.state !== FROM[move]) {
    throw new DomainError(
      "product_state_conflict",
      `Report ${product.reference} is ${product.state.replace("_", " ")}; it must be ` +
        `${FROM[move].replace("_", " ")} to ${move} it.`,
      { state: product.state },
    );
  }
  if (
    (move === "approve" || move === "return") &&
    actor.kind === "user" &&
    actor.userId === product.createdBy
  ) {
    throw new DomainError(
      "product_four_eyes",
      `Report ${product.reference} was drafted by you; another analyst, a reviewer or the chief must review it.`,
    );
  }
}

export function nextState(move: Exclude<Move, "edit">): ProductState {
  return move === "submit"
    ? "in_review"
    : move === "approve"
      ? "approved"
      : move === "return"
        ? "draft"
        : "released";
}

/** Reference: DR-2020-01-15, SR-…, PR-…, MB-…, by kind and the last day of the period. */
export function productReference(kind: ProductKind, lastDay: string, n: number): string {
  const prefix = { daily: "DR", spot: "SR", periodic: "PR", mandate: "MB" }[kind];
  return `${prefix}-${lastDay}${n > 1 ? `-${n}` : ""}`;
}
