/**
 * What open data says of one published incident: built from its public release's frozen
 * snapshot only (public narrative, coordinates on the public grid), plus the place and district
 * of the coarsened point — so an export never holds more than the public release did, and the
 * same release always gives the same record (the changes feed relies on it).
 */
import { PUBLIC_GRID_DEGREES } from "../access-rules.js";
import type { ReleaseContent } from "../release-content.js";
import type { CategoryCode } from "../taxonomy.js";
import { dayInZone, daysBetween, type CalendarDay } from "../zoned-days.js";
import { datePrecisionOfSpan } from "./crosswalk.js";

export interface OpenDataRecord {
  /** The incident's id: the record's identity in the changes feed. */
  id: string;
  /** The incident's reference: the event id in the ACLED and UCDP files. */
  reference: string;
  releaseId: string;
  category: CategoryCode;
  /** The first and last day of the event in the mission's time zone. */
  dateStart: CalendarDay;
  dateEnd: CalendarDay;
  /** UCDP date_prec (1 exact day … 5 a year). */
  datePrecision: number;
  occurredFrom: string;
  occurredTo: string;
  /** As published: on the public grid. */
  lat: number | null;
  lon: number | null;
  /** UCDP where_prec of the published point; null without one. */
  wherePrecision: number | null;
  /** The gazetteer place nearest the published point, and the district it lies in. */
  place: string | null;
  placeAr: string | null;
  admin1: string | null;
  admin1Ar: string | null;
  concernedParties: string[];
  attributedParty: string | null;
  outcome: string;
  verificationLevel: string;
  attributionLevel: string;
  notes: string;
  notesAr: string | null;
  /** The public release's instant: when this version of the record became public. */
  updatedAt: string;
}

export interface PlaceNaming {
  place: { name: string; nameAr: string | null } | null;
  district: { name: string; nameAr: string | null } | null;
}

/**
 * UCDP where_prec of a point published on the grid: a cell of 0.1° (about 11 km) is "a limited
 * area around a location" (2); a coarser grid would be a district's (3).
 */
function wherePrecisionOfGrid(gridDegrees: number | undefined): number {
  if (gridDegrees === undefined) return 1;
  return gridDegrees <= PUBLIC_GRID_DEGREES ? 2 : 3;
}

export function openDataRecord(
  releaseId: string,
  content: ReleaseContent,
  timeZone: string,
  naming: PlaceNaming,
): OpenDataRecord {
  const i = content.incident;
  const f = content.finding;
  const dateStart = dayInZone(new Date(i.occurredFrom), timeZone);
  const dateEnd = dayInZone(new Date(i.occurredTo), timeZone);
  return {
    id: i.id,
    reference: i.reference,
    releaseId,
    category: i.category as CategoryCode,
    dateStart,
    dateEnd,
    datePrecision: datePrecisionOfSpan(daysBetween(dateStart, dateEnd) + 1),
    occurredFrom: i.occurredFrom,
    occurredTo: i.occurredTo,
    lat: i.location?.lat ?? null,
    lon: i.location?.lon ?? null,
    wherePrecision: i.location ? wherePrecisionOfGrid(i.coarsened?.gridDegrees) : null,
    place: naming.place?.name ?? null,
    placeAr: naming.place?.nameAr ?? null,
    admin1: naming.district?.name ?? null,
    admin1Ar: naming.district?.nameAr ?? null,
    concernedParties: i.concernedParties,
    attributedParty: f.attributedParty,
    outcome: f.outcome,
    verificationLevel: f.verificationLevel,
    attributionLevel: f.attributionLevel,
    notes: f.publicNarrative,
    notesAr: f.publicNarrativeAr ?? null,
    updatedAt: content.releaseAt,
  };
}
