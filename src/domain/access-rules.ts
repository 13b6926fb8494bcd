/**
 * Per-record access attributes (domain.md §6): classification, concerned parties, embargo; who
 * may read confidential-source fields; the audience a release goes to; public coarsening.
 * Pure: the SQL that applies these rules to lists, lookups and counts is in the repositories'
 * scope filters, and the whole matrix is written out in docs/decisions/0007.
 */
import { DomainError } from "./errors.js";
import type { Actor, Role } from "./roles.js";
import type { SourceKind } from "./taxonomy.js";

export const CLASSIFICATIONS = [
  "public",
  "parties",
  "mandating_body",
  "internal",
  "confidential_source",
] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Classifications that let a record leave the mission to the parties it concerns. */
export const PARTY_VISIBLE: readonly Classification[] = ["public", "parties"];

/** The mission roles that may read source identities and witness names (each read is audited). */
export const SOURCE_ROLES: readonly Role[] = ["analyst", "reviewer", "chief"];

export function readsSources(actor: Actor): boolean {
  return actor.kind === "user" && SOURCE_ROLES.includes(actor.role);
}

/** The confidential-source fields of a report, in the order they are named when redacted. */
export const SOURCE_FIELDS = ["sourceIdentity", "witnesses"] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

export interface AccessAttributes {
  classification: Classification;
  concernedParties: string[];
  embargoUntil: Date | null;
}

/**
 * A report's attributes at intake. A party complaint goes to its own party (and the mission);
 * everything else stays inside the mission. The submitter may narrow this; only the mission may
 * widen a report to the public or the mandating body.
 */
export function reportAccessAtIntake(
  actor: Actor,
  sourceKind: SourceKind,
  submitterParty: string | null,
  requested: { classification?: Classification; embargoUntil?: Date },
): AccessAttributes {
  const fallback: Classification = sourceKind === "party_complaint" ? "parties" : "internal";
  const classification = requested.classification ?? fallback;
  const mission = actor.kind === "system" || (actor.kind === "user" && isMissionRole(actor.role));
  if (!mission && (classification === "public" || classification === "mandating_body")) {
    throw new DomainError(
      "classification_not_allowed",
      `Only the mission may classify a report "${classification}"; choose parties, internal or confidential_source.`,
      { classification, allowed: ["parties", "internal", "confidential_source"] },
    );
  }
  return {
    classification,
    concernedParties: submitterParty ? [submitterParty] : [],
    embargoUntil: requested.embargoUntil ?? null,
  };
}

function isMissionRole(role: Role): boolean {
  return role === "intake" || SOURCE_ROLES.includes(role);
}

export type ReleaseAudience = "parties" | "mandating_body" | "public";

/**
 * Whom a release made by entering `to` goes to, given the classification of the finding
 * released and of its incident; null when the classification forbids any release.
 */
export function releaseAudience(
  to: "published" | "restricted_release",
  incident: Classification,
  finding: Classification,
): ReleaseAudience | null {
  const narrowest = RANK[incident] > RANK[finding] ? incident : finding;
  if (narrowest === "internal" || narrowest === "confidential_source") return null;
  if (narrowest === "mandating_body") return "mandating_body";
  return to === "published" && narrowest === "public" ? "public" : "parties";
}

const RANK: Record<Classification, number> = {
  public: 0,
  parties: 1,
  mandating_body: 2,
  internal: 3,
  confidential_source: 4,
};

/** The release instant: never before the request, nor before an embargo on what is released. */
export function releaseInstant(requested: Date, embargoes: (Date | null)[]): Date {
  let t = requested.getTime();
  for (const e of embargoes) if (e && e.getTime() > t) t = e.getTime();
  return new Date(t);
}

/** Coordinates for the public: the centre of the 0.1° cell the point lies in. */
export const PUBLIC_GRID_DEGREES = 0.1;

export function coarsen(p: { lat: number; lon: number }): { lat: number; lon: number } {
  const snap = (v: number) =>
    Number(((Math.floor(v / PUBLIC_GRID_DEGREES) + 0.5) * PUBLIC_GRID_DEGREES).toFixed(2));
  return { lat: snap(p.lat), lon: snap(p.lon) };
}
