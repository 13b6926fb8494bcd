/**
 * How many records the caller may see: the same scope filters as lists and lookups, so a count
 * never reveals a record the caller could not open.
 */
import type { Actor } from "../domain/roles.js";
import { countIncidentsIn } from "../store/incidents-repo.js";
import { countReportsIn } from "../store/reports-repo.js";
import { incidentScopeFor, reportScopeFor } from "./access.js";
import type { Deps } from "./deps.js";

export async function countReports(deps: Deps, actor: Actor): Promise<number> {
  return countReportsIn(deps.db, reportScopeFor(actor, deps.clock()));
}

export async function countIncidents(deps: Deps, actor: Actor): Promise<number> {
  return countIncidentsIn(deps.db, incidentScopeFor(actor, deps.clock()));
}
