/**
 * The report list as CSV. Every row is built from presentReport's output for the viewer, so the
 * file carries exactly what the JSON list gives that viewer; the mission's internal columns
 * (source grade, triage reason) are not even in the header for anyone else.
 */
import { csvDocument, isoInZone, type CsvValue } from "../../domain/csv.js";
import type { Report } from "../../domain/reports.js";
import { isCaseRole, type Actor } from "../../domain/roles.js";
import { CATEGORY_LABELS } from "../../domain/taxonomy.js";
import { presentReport } from "./reports.js";

export const REPORT_CSV_COLUMNS = [
  "tracking_id",
  "received_at_utc",
  "occurred_from_utc",
  "occurred_to_utc",
  "occurred_from_local",
  "occurred_to_local",
  "time_zone",
  "category",
  "category_label_en",
  "category_label_ar",
  "source_kind",
  "submitter_party",
  "alleged_party",
  "status",
  "place_as_given",
  "place_resolved_en",
  "place_resolved_ar",
  "location_source",
  "lat",
  "lon",
  "language",
  "description",
] as const;

export const REPORT_CSV_MISSION_COLUMNS = ["source_grade", "triage_reason"] as const;

function csvRow(report: Report, viewer: Actor, mission: boolean, timeZone: string): CsvValue[] {
  const r = presentReport(report, viewer);
  const local = (iso: string) => isoInZone(new Date(iso), timeZone);
  const resolved =
    r.locationResolution.status === "gazetteer" ? r.locationResolution.candidates[0] : undefined;
  const row: CsvValue[] = [
    r.trackingId,
    r.receivedAt,
    r.occurredFrom,
    r.occurredTo,
    local(r.occurredFrom),
    local(r.occurredTo),
    timeZone,
    r.category,
    CATEGORY_LABELS[r.category].en,
    CATEGORY_LABELS[r.category].ar,
    r.sourceKind,
    r.submitterParty,
    r.allegedParty,
    r.status,
    r.placeName,
    resolved?.name,
    resolved?.nameAr,
    r.locationResolution.status,
    r.location?.lat,
    r.location?.lon,
    r.language,
    r.description,
  ];
  if (mission && "sourceGrade" in r) row.push(r.sourceGrade, r.triageReason);
  return row;
}

export function presentReportsCsv(
  reports: readonly Report[],
  viewer: Actor,
  timeZone: string,
): string {
  const mission = isCaseRole(viewer);
  return csvDocument(
    mission ? [...REPORT_CSV_COLUMNS, ...REPORT_CSV_MISSION_COLUMNS] : REPORT_CSV_COLUMNS,
    reports.map((r) => csvRow(r, viewer, mission, timeZone)),
  );
}
