/** What of a gazetteer place leaves the server: reference data, the same for every keeper. */
import { authoritativeNameOf } from "../../domain/geo/gazetteer.js";
import type { PlaceRecord } from "../../services/gazetteer-admin.js";
import type { PlaceRecordOut } from "../schemas/gazetteer-responses.js";

export function presentPlaceRecord(
  p: PlaceRecord & { mergedFrom?: string | null },
): PlaceRecordOut {
  return {
    id: p.id,
    name: p.name,
    nameAr: p.nameAr,
    authoritativeName: authoritativeNameOf(p),
    variants: p.variants,
    lat: p.lat,
    lon: p.lon,
    kind: p.kind,
    population: p.population,
    approximate: p.approximate,
    district: p.districtId ?? null,
    sources: p.sources,
    sourceIds: p.sourceIds,
    mergedFrom: p.mergedFrom ?? null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
