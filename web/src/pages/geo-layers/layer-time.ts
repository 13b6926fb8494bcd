/**
 * A layer's versions in time: which one is valid now, and a day on which the map (which draws
 * each layer as at midday of a day, mission time) shows a given version.
 */
import type { GeoLayer, GeoLayerVersion } from "../../api/geo-types.js";
import { addDays } from "../map/time-window.js";
import { middayOf, missionDay } from "../map/use-layers.js";

type Validity = Pick<GeoLayerVersion, "validFrom" | "validTo">;

export function validAt(v: Validity, at: Date): boolean {
  const t = at.getTime();
  return new Date(v.validFrom).getTime() <= t && (!v.validTo || t < new Date(v.validTo).getTime());
}

/** Newest first. */
export function newestFirst(layer: GeoLayer): GeoLayerVersion[] {
  return [...layer.versions].sort((a, b) => b.version - a.version);
}

export function currentVersion(layer: GeoLayer, now = new Date()): GeoLayerVersion | null {
  return layer.versions.find((v) => validAt(v, now)) ?? null;
}

/** The first day at whose midday the version is valid (what the map draws), or null. */
export function dayOnMap(v: Validity): string | null {
  const first = missionDay(v.validFrom);
  for (const day of [first, addDays(first, 1)]) {
    const midday = middayOf(day);
    if (midday && validAt(v, new Date(midday))) return day;
  }
  return null;
}
