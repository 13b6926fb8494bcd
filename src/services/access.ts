/**
 * Who may read what. Every read path asks here; queries are narrowed in SQL (scopeFilter,
 * incidentScopeFilter, evidenceScopeFilter, releaseScopeFilter), so lists, counts and lookups
 * agree, and a record outside the scope is answered as if it did not exist.
 *
 * The rules (decision 0007): analysts, reviewers and the chief see every record; intake every
 * record but those classified confidential_source (unless it filed them); a monitor what it filed
 * and the incidents holding it; a party liaison what it filed, records classified public or
 * parties that concern its party once their embargo has passed, incidents holding its party's
 * complaints, incidents in the right of reply that concern its party, and what was released to it
 * (release instant passed); a joint-commission member what was released to the parties; the
 * public what was published.
 *
 * Scopes that depend on time carry `now`: pass the service clock (deps.clock()), so that an
 * embargo or a release instant is judged by the same clock everywhere.
 */
import { SOURCE_ROLES } from "../domain/access-rules.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import type { IncidentScope, ReportScope } from "../domain/scopes.js";

export type { IncidentScope, ReportScope };

export function requireUser(actor: Actor): asserts actor is Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw new DomainError("unauthenticated", "Log in to do this.");
}

export function reportScopeFor(actor: Actor, now: Date = new Date()): ReportScope {
  requireUser(actor);
  if (SOURCE_ROLES.includes(actor.role)) return { kind: "all", ...areaOf(actor) };
  if (actor.role === "intake") return { kind: "intake", userId: actor.userId };
  if (actor.role === "monitor") return { kind: "submittedBy", userId: actor.userId };
  if (actor.role === "liaison" && actor.party)
    return { kind: "party", party: actor.party, userId: actor.userId, now };
  throw new DomainError("forbidden", `The ${actor.role} role does not read reports.`);
}

export function incidentScopeFor(actor: Actor, now: Date = new Date()): IncidentScope {
  requireUser(actor);
  if (SOURCE_ROLES.includes(actor.role)) return { kind: "all", ...areaOf(actor) };
  if (actor.role === "intake") return { kind: "intake" };
  if (actor.role === "monitor")
    return { kind: "withReportsBy", userId: actor.userId, now, ...areaOf(actor) };
  if (actor.role === "liaison" && actor.party)
    return { kind: "releasedOrOwnParty", party: actor.party, now };
  if (actor.role === "commission") return { kind: "released", now };
  throw new DomainError("forbidden", `The ${actor.role} role does not read incidents.`);
}

/**
 * A team marked need-to-know "area only" narrows its members to its sectors: an analyst reads
 * only reports and incidents located there, a monitor only the incidents there holding its
 * reports (its own reports stay its own).
 */
function areaOf(actor: Actor): { area?: readonly string[] } {
  return actor.kind === "user" && actor.area ? { area: actor.area } : {};
}

/** The scope of the public (no login) read path. */
export function publicIncidentScope(now: Date): IncidentScope {
  return { kind: "public", now };
}

/** Scopes of the mission's case roles: they see case content and act on cases. */
export function isMissionScope(scope: IncidentScope): boolean {
  return scope.kind === "all" || scope.kind === "intake";
}

/** The report scope that goes with an incident scope, or null when the viewer reads no reports. */
export function reportScopeOrNull(actor: Actor, now: Date): ReportScope | null {
  if (actor.kind !== "user") return null;
  try {
    return reportScopeFor(actor, now);
  } catch {
    return null;
  }
}

export function requireRole(actor: Actor, roles: readonly string[], doing: string): void {
  requireUser(actor);
  if (!roles.includes(actor.role)) {
    throw new DomainError("forbidden", `The ${actor.role} role may not ${doing}.`, { roles });
  }
}
