/**
 * The mission's geography: the gazetteer and districts points are described with, and the
 * mission area that geometry must lie in (which is also how swapped [lat, lon] pairs are
 * recognised). Today this is the Libya data the repository ships; a mission elsewhere swaps it
 * here, in one place.
 */
import type { PreparedDistricts } from "../domain/geo/districts.js";
import type { Gazetteer } from "../domain/geo/gazetteer.js";
import type { BBox } from "../domain/geo/geojson.js";
import { libyaDistricts, libyaGazetteer, libyaMissionArea } from "../demo/geo/libya-geo.js";

export interface MissionGeography {
  gazetteer: Gazetteer;
  districts: PreparedDistricts;
  area: BBox;
}

let geography: MissionGeography | null = null;

/** Loaded on first use (about a second for the gazetteer's indexes) and kept. */
export function missionGeography(): MissionGeography {
  geography ??= {
    gazetteer: libyaGazetteer(),
    districts: libyaDistricts(),
    area: libyaMissionArea(),
  };
  return geography;
}
