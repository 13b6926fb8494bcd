/**
 * Context events on the map: other datasets' events (ACLED, UCDP GED) imported by the analysts,
 * shown as a layer of their own beside the mission's records. The mission's case roles only
 * (decision 0021): the parties do not learn which outside sources the mission reads, and the
 * datasets' terms do not let the mission pass their rows on.
 */
import type { ContextEvent } from "../domain/open-data/import-rows.js";
import { CONTEXT_EVENT_READERS, type Actor } from "../domain/roles.js";
import { contextEventsIn, rowToContextEvent } from "../store/open-data-repo.js";
import { requireRole } from "./access.js";
import type { Deps } from "./deps.js";

/** The most events one map request returns. */
const CONTEXT_MAP_LIMIT = 5000;

export async function contextEventsForMap(
  deps: Deps,
  actor: Actor,
  f: { bbox?: [number, number, number, number]; from?: string; to?: string },
): Promise<{ events: ContextEvent[]; truncated: boolean }> {
  requireRole(actor, CONTEXT_EVENT_READERS, "read context events");
  const rows = await contextEventsIn(deps.db, { ...f, limit: CONTEXT_MAP_LIMIT + 1 });
  return {
    events: rows.slice(0, CONTEXT_MAP_LIMIT).map(rowToContextEvent),
    truncated: rows.length > CONTEXT_MAP_LIMIT,
  };
}
