/**
 * Who may read what. Every read path asks here; queries are narrowed in SQL, so lists, counts and
 * lookups agree, and a record outside the scope is answered as if it did not exist.
 */
import { DomainError } from "../domain/errors.js";
import { CASE_ROLES, type Actor } from "../domain/roles.js";

export type ReportScope =
  { kind: "all" } | { kind: "submittedBy"; userId: string } | { kind: "party"; party: string };

export type IncidentScope =
  | { kind: "all" }
  | { kind: "withReportsBy"; userId: string }
  /** Parties see incidents once released, and the incidents their own complaints went into. */
  | { kind: "releasedOrOwnParty"; party: string }
  | { kind: "released" };

export function requireUser(actor: Actor): asserts actor is Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw new DomainError("unauthenticated", "Log in to do this.");
}

export function reportScopeFor(actor: Actor): ReportScope {
  requireUser(actor);
  if (CASE_ROLES.includes(actor.role)) return { kind: "all" };
  if (actor.role === "monitor") return { kind: "submittedBy", userId: actor.userId };
  if (actor.role === "liaison" && actor.party) return { kind: "party", party: actor.party };
  throw new DomainError("forbidden", `The ${actor.role} role does not read reports.`);
}

export function incidentScopeFor(actor: Actor): IncidentScope {
  requireUser(actor);
  if (CASE_ROLES.includes(actor.role)) return { kind: "all" };
  if (actor.role === "monitor") return { kind: "withReportsBy", userId: actor.userId };
  if (actor.role === "liaison" && actor.party)
    return { kind: "releasedOrOwnParty", party: actor.party };
  if (actor.role === "commission") return { kind: "released" };
  throw new DomainError("forbidden", `The ${actor.role} role does not read incidents.`);
}

export function requireRole(actor: Actor, roles: readonly string[], doing: string): void {
  requireUser(actor);
  if (!roles.includes(actor.role)) {
    throw new DomainError("forbidden", `The ${actor.role} role may not ${doing}.`, { roles });
  }
}
