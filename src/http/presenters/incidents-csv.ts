/**
 * The incident list as CSV. Every row is built from presentIncident's output for the viewer, so
 * the file carries exactly what the JSON list gives that viewer, plus the verification level of
 * the latest finding the viewer may see (the export's query decides which: findingVisibleTo).
 * A title the server made up is composed in the requested language, by the web app's rule
 * (src/domain/incident-title.ts); a typed title is given as typed.
 */
import { csvDocument, isoInZone, type CsvValue } from "../../domain/csv.js";
import { incidentTitle } from "../../domain/incident-title.js";
import type { InterfaceLanguage } from "../../domain/interface-language.js";
import type { Actor } from "../../domain/roles.js";
import { CATEGORY_LABELS } from "../../domain/taxonomy.js";
import type { IncidentExportRow } from "../../services/incident-export.js";
import { presentIncident } from "./incidents.js";

export const INCIDENT_CSV_COLUMNS = [
  "reference",
  "title",
  "category",
  "category_label_en",
  "category_label_ar",
  "state",
  "occurred_from_utc",
  "occurred_to_utc",
  "occurred_from_local",
  "occurred_to_local",
  "time_zone",
  "lat",
  "lon",
  "place_en",
  "place_ar",
  "concerned_parties",
  "verification_level",
  "updated_at_utc",
] as const;

function csvRow(
  row: IncidentExportRow,
  viewer: Actor,
  lang: InterfaceLanguage,
  timeZone: string,
): CsvValue[] {
  const i = presentIncident(row.incident, viewer);
  const place = i.geo?.description ?? null;
  const local = (iso: string) => isoInZone(new Date(iso), timeZone);
  return [
    i.reference,
    incidentTitle(i, lang, timeZone),
    i.category,
    CATEGORY_LABELS[i.category].en,
    CATEGORY_LABELS[i.category].ar,
    i.state,
    i.occurredFrom,
    i.occurredTo,
    local(i.occurredFrom),
    local(i.occurredTo),
    timeZone,
    i.location?.lat,
    i.location?.lon,
    place?.en,
    place?.ar,
    i.concernedParties.join(" "),
    row.verificationLevel,
    i.updatedAt,
  ];
}

export function presentIncidentsCsv(
  rows: readonly IncidentExportRow[],
  viewer: Actor,
  lang: InterfaceLanguage,
  timeZone: string,
): string {
  return csvDocument(
    INCIDENT_CSV_COLUMNS,
    rows.map((r) => csvRow(r, viewer, lang, timeZone)),
  );
}
