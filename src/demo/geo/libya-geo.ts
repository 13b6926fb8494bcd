/**
 * The Libya geography of the shipped `libya-2020` profile (missions/libya-2020/, built by
 * `build-gazetteer.ts`), read from its files: for the demo scenario's tools and the tests, which
 * are written against Libya's places. A running server reads the mission from its database.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PreparedDistricts } from "../../domain/geo/districts.js";
import type { Gazetteer, Place } from "../../domain/geo/gazetteer.js";
import type { BBox } from "../../domain/geo/geojson.js";
import type { MissionGeography } from "../../domain/geo/mission-geography.js";
import { MISSIONS_DIR, profileGeography } from "../../services/mission-profile.js";

/** The folder of the profile the demo scenario runs on. */
export const LIBYA_PROFILE_DIR = join(MISSIONS_DIR, "libya-2020");

export const libyaGeography: MissionGeography = profileGeography(LIBYA_PROFILE_DIR);

export function libyaGazetteerData(): { attribution: string[]; places: Place[] } {
  return JSON.parse(readFileSync(join(LIBYA_PROFILE_DIR, "gazetteer.json"), "utf8")) as {
    attribution: string[];
    places: Place[];
  };
}

export function libyaGazetteer(): Gazetteer {
  return libyaGeography.gazetteer();
}

export function libyaDistricts(): PreparedDistricts {
  return libyaGeography.districts();
}

/** Libya's outline box with a margin: what `validateGeometry` calls the mission area. */
export function libyaMissionArea(): BBox {
  return libyaGeography.area();
}
