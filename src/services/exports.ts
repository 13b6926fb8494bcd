/** What the list exports (CSV) share: the row cap's error, and evaluations read in batches. */
import { DomainError } from "../domain/errors.js";
import type { SubjectGeo } from "../domain/geo/evaluation-record.js";
import type { Db } from "./deps.js";
import { withGeo } from "./geo-evaluations.js";

export function exportTooLarge(what: string, cap: number): DomainError {
  return new DomainError(
    "export_too_large",
    `More than ${cap.toLocaleString("en")} ${what} match; narrow the filters (dates, category, state) and export again.`,
    { limit: cap },
  );
}

/** Evaluations are read in batches, so that a large export stays under the parameter limit. */
const GEO_BATCH = 5_000;

export async function withGeoInBatches<
  T extends { id: string; occurredFrom: Date; location?: { lat: number; lon: number } | null },
>(db: Db, kind: "report" | "incident", items: T[]): Promise<(T & { geo: SubjectGeo })[]> {
  const out: (T & { geo: SubjectGeo })[] = [];
  for (let start = 0; start < items.length; start += GEO_BATCH) {
    out.push(...(await withGeo(db, kind, items.slice(start, start + GEO_BATCH))));
  }
  return out;
}
