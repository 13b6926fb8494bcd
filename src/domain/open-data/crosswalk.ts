/**
 * The platform ↔ ACLED / UCDP GED crosswalk (domain.md §4, §5.6, §10.3): column sets, the
 * precision codes (stored on the UCDP scale, derived for ACLED), and the categories.
 */
import type { CategoryCode } from "../taxonomy.js";

/** ACLED's columns since the change of 20 March 2023, in their order. */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

/** ACLED's columns before 2023 (accepted on import, written by `acled-legacy`). */
export const ACLED_LEGACY_COLUMNS = [
  "data_id",
  "iso",
  "event_id_cnty",
  "event_id_no_cnty",
  "event_date",
  "year",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "timestamp",
  "iso3",
] as const;

/** UCDP GED's 49 columns (v20.1 onward). */
export const UCDP_COLUMNS = [
  "id",
  "relid",
  "year",
  "active_year",
  "code_status",
  "type_of_violence",
  "conflict_dset_id",
  "conflict_new_id",
  "conflict_name",
  "dyad_dset_id",
  "dyad_new_id",
  "dyad_name",
  "side_a_dset_id",
  "side_a_new_id",
  "side_a",
  "side_b_dset_id",
  "side_b_new_id",
  "side_b",
  "number_of_sources",
  "source_article",
  "source_office",
  "source_date",
  "source_headline",
  "source_original",
  "where_prec",
  "where_coordinates",
  "where_description",
  "adm_1",
  "adm_2",
  "latitude",
  "longitude",
  "geom_wkt",
  "priogrid_gid",
  "country",
  "country_id",
  "region",
  "event_clarity",
  "date_prec",
  "date_start",
  "date_end",
  "deaths_a",
  "deaths_b",
  "deaths_civilians",
  "deaths_unknown",
  "best",
  "high",
  "low",
  "gwnoa",
  "gwnob",
] as const;

/** The layouts an imported file may have; told apart by its header. */
export const IMPORT_LAYOUTS = ["acled", "acled-legacy", "ucdp"] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];

/** ACLED geo_precision (1–3) from UCDP where_prec (1–7), §5.6. */
export function acledGeoPrecision(wherePrec: number): number {
  return wherePrec <= 1 ? 1 : wherePrec <= 3 ? 2 : 3;
}

/** ACLED time_precision (1–3) from UCDP date_prec (1–5); a year (5) is written as a month (3). */
export function acledTimePrecision(datePrec: number): number {
  return datePrec <= 1 ? 1 : datePrec <= 3 ? 2 : 3;
}

/** UCDP where_prec kept for an ACLED geo_precision: 3 (a region's centroid) is an ADM1's (4). */
export function whereFromAcled(geoPrecision: number): number {
  return geoPrecision === 3 ? 4 : geoPrecision;
}

/** UCDP date_prec kept for an ACLED time_precision: 2 is a week (3), 3 a month (4). */
export function dateFromAcled(timePrecision: number): number {
  return timePrecision === 3 ? 4 : timePrecision === 2 ? 3 : 1;
}

/** The UCDP date_prec of a span of days: one day exact, a week, a month, else a year. */
export function datePrecisionOfSpan(days: number): number {
  return days <= 1 ? 1 : days <= 7 ? 3 : days <= 31 ? 4 : 5;
}

interface AcledType {
  eventType: string;
  subEventType: string;
}

const BATTLE: AcledType = { eventType: "Battles", subEventType: "Armed clash" };
const REMOTE = "Explosions/Remote violence";
const VAC = "Violence against civilians";
const SD = "Strategic developments";
const sd = (subEventType: string): AcledType => ({ eventType: SD, subEventType });

/** Each category's ACLED event type and sub-type (domain.md §4). */
export const ACLED_TYPE_OF: Record<CategoryCode, AcledType> = {
  A1: BATTLE,
  A2: BATTLE,
  A3: { eventType: REMOTE, subEventType: "Shelling/artillery/missile attack" },
  A4: { eventType: REMOTE, subEventType: "Air/drone strike" },
  A5: { eventType: REMOTE, subEventType: "Remote explosive/landmine/IED" },
  A6: BATTLE,
  A7: { eventType: VAC, subEventType: "Attack" },
  A8: BATTLE,
  B1: sd("Change to group/activity"),
  B2: sd("Change to group/activity"),
  B3: sd("Change to group/activity"),
  B4: sd("Other"),
  B5: sd("Other"),
  B6: sd("Other"),
  C1: { eventType: VAC, subEventType: "Abduction/forced disappearance" },
  C2: { eventType: VAC, subEventType: "Sexual violence" },
  C3: sd("Change to group/activity"),
  C4: sd("Other"),
  C5: sd("Looting/property destruction"),
  C6: sd("Other"),
  D1: sd("Other"),
  D2: sd("Other"),
  D3: sd("Other"),
  D4: sd("Other"),
  E1: sd("Other"),
  E2: sd("Other"),
  E3: sd("Other"),
  E4: sd("Other"),
  F: sd("Other"),
};

/** ACLED's disorder type of an event type (current column set). */
export function disorderTypeOf(eventType: string): string {
  const t = eventType.toLowerCase();
  if (t === "protests" || t === "riots") return "Demonstrations";
  if (t === SD.toLowerCase()) return "Strategic developments";
  return "Political violence";
}

/** UCDP type_of_violence: one-sided (3) for violence against civilians, else state-based (1). */
export function violenceTypeOf(category: CategoryCode): number {
  return ACLED_TYPE_OF[category].eventType === VAC ? 3 : 1;
}

/**
 * The category a candidate report from an ACLED event is filed under: the sub-type's inverse of
 * the crosswalk where it is one-to-one, else F (logged) for intake to correct.
 */
export function categoryFromAcled(eventType: string, subEventType: string): CategoryCode {
  const sub = subEventType.trim().toLowerCase();
  const byType: Record<string, CategoryCode> = {
    "armed clash": "A1",
    "government regains territory": "A2",
    "non-state actor overtakes territory": "A2",
    "shelling/artillery/missile attack": "A3",
    "air/drone strike": "A4",
    "remote explosive/landmine/ied": "A5",
    grenade: "A3",
    attack: "A7",
    "abduction/forced disappearance": "C1",
    "sexual violence": "C2",
    "looting/property destruction": "C5",
    "change to group/activity": "B1",
  };
  const code = byType[sub];
  if (code) return code;
  return eventType.trim().toLowerCase() === "battles" ? "A1" : "F";
}

/** The category of a candidate report from a UCDP event: one-sided violence is A7, else A1. */
export function categoryFromUcdp(typeOfViolence: string): CategoryCode {
  return typeOfViolence.trim() === "3" ? "A7" : "A1";
}
