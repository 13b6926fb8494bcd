/**
 * The mission geography served by a running process: the districts and the area of the mission
 * in the database, read at start and again after `initMission`. Until the gazetteer is a table
 * of its own, the places come from the gazetteer files of the profile the mission was created
 * from (missions/<profile>/).
 */
import { join } from "node:path";
import { prepareDistricts, type PreparedDistricts } from "../domain/geo/districts.js";
import { buildGazetteer, type Gazetteer } from "../domain/geo/gazetteer.js";
import type { BBox } from "../domain/geo/geojson.js";
import type { MissionGeography } from "../domain/geo/mission-geography.js";
import { missionArea } from "../domain/mission.js";
import type { Db } from "./deps.js";
import { missionState } from "./mission.js";
import { loadProfile, MISSIONS_DIR, readGazetteerFiles } from "./mission-profile.js";

/** Anywhere on Earth: the area while no mission is set up. */
const WHOLE_EARTH: BBox = [-180, -90, 180, 90];

export function databaseGeography(db: Db, missionsDir = MISSIONS_DIR): MissionGeography {
  let districts: PreparedDistricts = prepareDistricts([]);
  let area: BBox = WHOLE_EARTH;
  let profile: string | null = null;
  let gazetteer: Gazetteer | null = null;
  return {
    gazetteer() {
      if (!gazetteer) {
        if (!profile) gazetteer = buildGazetteer([]);
        else {
          const folder = join(missionsDir, profile);
          gazetteer = buildGazetteer(readGazetteerFiles(folder, loadProfile(folder).gazetteer));
        }
      }
      return gazetteer;
    },
    districts: () => districts,
    area: () => area,
    async reload() {
      const state = await missionState({ db });
      districts = prepareDistricts(state.districts);
      area = state.mission ? missionArea(state.mission.bbox) : WHOLE_EARTH;
      if (profile !== (state.mission?.profile ?? null)) gazetteer = null;
      profile = state.mission?.profile ?? null;
    },
  };
}
