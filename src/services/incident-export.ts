/** Every incident of the list a caller may see, for a file export (CSV): same scope, filters, sort. */
import { EXPORT_ROW_CAP } from "../domain/csv.js";
import type { Incident } from "../domain/incidents.js";
import type { Actor } from "../domain/roles.js";
import type { VerificationLevel } from "../domain/taxonomy.js";
import { exportIncidentRows, rowToIncident, type IncidentFilter } from "../store/incidents-repo.js";
import { incidentScopeFor } from "./access.js";
import type { Deps } from "./deps.js";
import { missionTimeZone, requireSector } from "./mission.js";
import { exportTooLarge, withGeoInBatches } from "./exports.js";

export interface IncidentExportRow {
  incident: Incident;
  /** The latest finding's level among those the caller may see; null when it sees none. */
  verificationLevel: VerificationLevel | null;
}

export async function exportIncidents(
  deps: Deps,
  actor: Actor,
  filter: Omit<IncidentFilter, "after" | "limit">,
  cap = EXPORT_ROW_CAP,
): Promise<{ rows: IncidentExportRow[]; timeZone: string }> {
  const scope = incidentScopeFor(actor, deps.clock());
  await requireSector(deps, filter.sector);
  const rows = await exportIncidentRows(deps.db, scope, { ...filter, limit: cap + 1 });
  if (rows.length > cap) throw exportTooLarge("incidents", cap);
  const incidents = await withGeoInBatches(deps.db, "incident", rows.map(rowToIncident));
  return {
    rows: incidents.map((incident, n) => ({
      incident,
      verificationLevel: rows[n]!.visible_verification_level as VerificationLevel | null,
    })),
    // Local times and titles in the file are the mission's.
    timeZone: await missionTimeZone(deps),
  };
}
