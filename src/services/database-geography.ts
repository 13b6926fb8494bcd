/**
 * The mission geography served by a running process, all from the database: the districts and
 * the area of the mission, read at the first refresh and again after a change here (`initMission`
 * refreshes with `changed`), and the gazetteer's places (kept in memory, rebuilt when their
 * version changes: src/services/gazetteer-index.ts).
 */
import { prepareDistricts, type PreparedDistricts } from "../domain/geo/districts.js";
import type { BBox } from "../domain/geo/geojson.js";
import type { MissionGeography } from "../domain/geo/mission-geography.js";
import { missionArea } from "../domain/mission.js";
import type { Db } from "./deps.js";
import { missionState } from "./mission.js";
import { databaseGazetteer } from "./gazetteer-index.js";

/** Anywhere on Earth: the area while no mission is set up. */
const WHOLE_EARTH: BBox = [-180, -90, 180, 90];

export function databaseGeography(db: Db): MissionGeography {
  const places = databaseGazetteer(db);
  let districts: PreparedDistricts = prepareDistricts([]);
  let area: BBox = WHOLE_EARTH;
  let read = false;
  return {
    gazetteer: places.gazetteer,
    districts: () => districts,
    area: () => area,
    async refresh(opts = {}) {
      if (opts.changed || !read) {
        const state = await missionState({ db });
        districts = prepareDistricts(state.districts);
        area = state.mission ? missionArea(state.mission.bbox) : WHOLE_EARTH;
        read = true;
      }
      await places.refresh(opts);
    },
  };
}
