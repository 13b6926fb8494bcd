/** Every report of the list a caller may see, for a file export (CSV): same scope and filters. */
import { EXPORT_ROW_CAP } from "../domain/csv.js";
import type { Report } from "../domain/reports.js";
import type { Actor } from "../domain/roles.js";
import { listReports, rowToReport, type ReportFilter } from "../store/reports-repo.js";
import { reportScopeFor } from "./access.js";
import type { Deps } from "./deps.js";
import { missionTimeZone, requireSector } from "./mission.js";
import { exportTooLarge, withGeoInBatches } from "./exports.js";

export async function exportReports(
  deps: Deps,
  actor: Actor,
  filter: Omit<ReportFilter, "before" | "limit">,
  cap = EXPORT_ROW_CAP,
): Promise<{ reports: Report[]; timeZone: string }> {
  const scope = reportScopeFor(actor, deps.clock());
  await requireSector(deps, filter.sector);
  const rows = await listReports(deps.db, scope, { ...filter, limit: cap + 1 });
  if (rows.length > cap) throw exportTooLarge("reports", cap);
  return {
    reports: await withGeoInBatches(deps.db, "report", rows.map(rowToReport)),
    // Local times in the file are the mission's.
    timeZone: await missionTimeZone(deps),
  };
}
