/**
 * How many records the caller may see: the same scope filters as lists and lookups, so a count
 * never reveals a record the caller could not open.
 */
import type { Actor } from "../domain/roles.js";
import { incidentScopeFilter } from "../store/incidents-repo.js";
import { scopeFilter } from "../store/reports-repo.js";
import { incidentScopeFor, reportScopeFor } from "./access.js";
import type { Deps } from "./deps.js";

export async function countReports(deps: Deps, actor: Actor): Promise<number> {
  const row = await deps.db
    .selectFrom("reports")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where(scopeFilter(reportScopeFor(actor, deps.clock())))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countIncidents(deps: Deps, actor: Actor): Promise<number> {
  const row = await deps.db
    .selectFrom("incidents")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where(incidentScopeFilter(incidentScopeFor(actor, deps.clock())))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
