/** Report rules that need no I/O: who may file which kind, and which times are possible. */
import type { Classification, SourceField } from "./access-rules.js";
import { DomainError } from "./errors.js";
import type { LocationResolution } from "./place-resolution.js";
import type { SubjectGeo } from "./geo/evaluation-record.js";
import type { Actor, Role } from "./roles.js";
import type { CategoryCode, Language, SourceKind } from "./taxonomy.js";

export const REPORT_STATUSES = [
  "received",
  "in_incident",
  "merged",
  "out_of_scope",
  "superseded",
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_COUNT_KINDS = [
  "explosions",
  "projectiles",
  "bursts",
  "shots",
  "flares",
] as const;
export type ReportCounts = Partial<Record<(typeof REPORT_COUNT_KINDS)[number], number>>;

export interface ReportInput {
  sourceKind: SourceKind;
  occurredFrom: Date;
  occurredTo: Date;
  datePrecision?: number;
  location?: { lat: number; lon: number };
  wherePrecision?: number;
  placeName?: string;
  category: CategoryCode;
  description: string;
  language: Language;
  counts?: ReportCounts;
  allegedParty?: string;
  /** Intake registering a party's complaint received by phone or letter. */
  onBehalfOfParty?: string;
  sourceGrade?: string;
  /** Who may read it (decision 0007); defaults by source kind. */
  classification?: Classification;
  /** Parties see it only after this instant. */
  embargoUntil?: Date;
  /** Confidential: who the source is. Read by analysts, reviewers and the chief only. */
  sourceIdentity?: string;
  /** Confidential: names of witnesses. */
  witnesses?: string[];
}

/** An amendment: a whole new version, but see `amendedSources` for its source fields. */
export interface AmendmentInput extends ReportInput {
  /** Source fields to drop instead of carrying them over from the version amended. */
  clearSources?: SourceField[];
}

/**
 * The confidential source fields of an amendment, field by field: one the filer names replaces
 * the old; one left out is kept from the version amended (the filer may not read it, so leaving
 * it out cannot mean "remove it"); one in `clearSources` is dropped. Naming a field and clearing
 * it at once is refused.
 */
export function amendedSources(
  old: { sourceIdentity: string | null; witnesses: string[] } | undefined,
  input: Pick<AmendmentInput, "sourceIdentity" | "witnesses" | "clearSources">,
): { sourceIdentity?: string; witnesses: string[] } {
  const clear = new Set(input.clearSources ?? []);
  const named = {
    sourceIdentity: Boolean(input.sourceIdentity),
    witnesses: Boolean(input.witnesses?.length),
  };
  for (const field of clear) {
    if (named[field]) {
      throw new DomainError(
        "validation_failed",
        "A source field cannot be both given and removed in the same amendment.",
        { field: "clearSources" },
      );
    }
  }
  const identity = clear.has("sourceIdentity")
    ? undefined
    : input.sourceIdentity || old?.sourceIdentity || undefined;
  const witnesses = clear.has("witnesses")
    ? []
    : named.witnesses
      ? input.witnesses!
      : (old?.witnesses ?? []);
  return { ...(identity ? { sourceIdentity: identity } : {}), witnesses };
}

export interface Report extends Omit<
  ReportInput,
  "onBehalfOfParty" | "classification" | "embargoUntil" | "sourceIdentity" | "witnesses"
> {
  classification: Classification;
  concernedParties: string[];
  embargoUntil: Date | null;
  id: string;
  trackingId: string;
  version: number;
  supersedesId: string | null;
  submittedBy: string | null;
  submitterParty: string | null;
  receivedAt: Date;
  status: ReportStatus;
  incidentId: string | null;
  triageReason: string | null;
  isDemo: boolean;
  /** Where the coordinates come from; a place name may have been located (decision 0005). */
  locationResolution: LocationResolution;
  /** The stored geo evaluation, when loaded (decision 0004). */
  geo?: SubjectGeo;
}

/**
 * Who may amend a report, that is file a new version of it: whoever submitted it, a liaison of
 * the party that complained, intake and the chief. (Reading it is decided first, by the scope.)
 */
export function isAmenderOf(
  actor: Actor,
  r: Pick<Report, "submittedBy" | "submitterParty">,
): boolean {
  if (actor.kind !== "user") return false;
  return (
    r.submittedBy === actor.userId ||
    (actor.role === "liaison" && r.submitterParty !== null && r.submitterParty === actor.party) ||
    actor.role === "intake" ||
    actor.role === "chief"
  );
}

/** The server takes an amendment of this version from this actor: only the latest is amended. */
export function mayAmendReport(
  actor: Actor,
  r: Pick<Report, "submittedBy" | "submitterParty" | "status">,
): boolean {
  return r.status !== "superseded" && isAmenderOf(actor, r);
}

const SOURCE_KINDS_BY_ROLE: Partial<Record<Role, readonly SourceKind[]>> = {
  liaison: ["party_complaint"],
  monitor: ["monitor"],
  intake: ["party_complaint", "monitor", "public", "media", "sensor"],
  chief: ["party_complaint", "monitor", "public", "media", "sensor"],
  analyst: ["media", "sensor"],
};

export function allowedSourceKinds(actor: Actor): readonly SourceKind[] {
  if (actor.kind === "public") return ["public"];
  if (actor.kind === "system") return ["party_complaint", "monitor", "public", "media", "sensor"];
  return SOURCE_KINDS_BY_ROLE[actor.role] ?? [];
}

/** The party a report is filed for: a liaison's own party, or the party intake names. */
export function submitterPartyFor(actor: Actor, input: ReportInput): string | null {
  if (actor.kind === "user" && actor.role === "liaison") return actor.party;
  if (input.sourceKind === "party_complaint") {
    if (!input.onBehalfOfParty) {
      throw new DomainError(
        "validation_failed",
        "A party complaint registered by the mission must name the complaining party (onBehalfOfParty).",
        { field: "onBehalfOfParty" },
      );
    }
    return input.onBehalfOfParty;
  }
  return null;
}

const EARLIEST = Date.UTC(1900, 0, 1);
/** Clocks on field laptops drift: a few minutes in the future is tolerated. */
const CLOCK_SKEW_MS = 5 * 60_000;

export function checkReportTimes(
  input: Pick<ReportInput, "occurredFrom" | "occurredTo">,
  receivedAt: Date,
): void {
  const from = input.occurredFrom.getTime();
  const to = input.occurredTo.getTime();
  if (from < EARLIEST || to < EARLIEST) {
    throw new DomainError("impossible_time", "An event time before 1900 is not possible.", {
      field: "occurredFrom",
    });
  }
  if (from > to) {
    throw new DomainError("impossible_time", "occurredFrom must not be after occurredTo.", {
      field: "occurredFrom",
    });
  }
  if (to > receivedAt.getTime() + CLOCK_SKEW_MS) {
    throw new DomainError(
      "impossible_time",
      "The event cannot end after the report was received; check the date and the time zone.",
      { field: "occurredTo", receivedAt: receivedAt.toISOString() },
    );
  }
}
