/** Every incident of the list a caller may see, for a file export (CSV): same scope, filters, sort. */
import { DomainError } from "../domain/errors.js";
import { EXPORT_ROW_CAP, type Incident } from "../domain/incidents.js";
import type { Actor } from "../domain/roles.js";
import type { VerificationLevel } from "../domain/taxonomy.js";
import { exportIncidentRows, rowToIncident, type IncidentFilter } from "../store/incidents-repo.js";
import { incidentScopeFor } from "./access.js";
import type { Deps } from "./deps.js";
import { withGeo } from "./geo-evaluations.js";

export interface IncidentExportRow {
  incident: Incident;
  /** The latest finding's level among those the caller may see; null when it sees none. */
  verificationLevel: VerificationLevel | null;
}

/** Evaluations are read in batches, so that a large export stays under the parameter limit. */
const GEO_BATCH = 5_000;

export function exportTooLarge(cap: number): DomainError {
  return new DomainError(
    "export_too_large",
    `More than ${cap.toLocaleString("en")} incidents match; narrow the filters (dates, category, state) and export again.`,
    { limit: cap },
  );
}

export async function exportIncidents(
  deps: Deps,
  actor: Actor,
  filter: Omit<IncidentFilter, "after" | "limit">,
  cap = EXPORT_ROW_CAP,
): Promise<IncidentExportRow[]> {
  const scope = incidentScopeFor(actor, deps.clock());
  const rows = await exportIncidentRows(deps.db, scope, { ...filter, limit: cap + 1 });
  if (rows.length > cap) throw exportTooLarge(cap);
  const out: IncidentExportRow[] = [];
  for (let start = 0; start < rows.length; start += GEO_BATCH) {
    const batch = rows.slice(start, start + GEO_BATCH);
    const incidents = await withGeo(deps.db, "incident", batch.map(rowToIncident));
    incidents.forEach((incident, n) =>
      out.push({
        incident,
        verificationLevel: batch[n]!.visible_verification_level as VerificationLevel | null,
      }),
    );
  }
  return out;
}
