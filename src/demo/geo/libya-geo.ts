/**
 * The Libya geography the repository ships (built by `build-gazetteer.ts` into `libya/`):
 * the gazetteer, the districts, the outline and the mission area used to catch swapped axes.
 * Read once and kept; served to the services as `libyaGeography` (`CFM_GEOGRAPHY=libya`).
 */
import { readFileSync } from "node:fs";
import {
  prepareDistricts,
  type District,
  type PreparedDistricts,
} from "../../domain/geo/districts.js";
import { buildGazetteer, type Gazetteer } from "../../domain/geo/gazetteer.js";
import type { BBox } from "../../domain/geo/geojson.js";
import type { MissionGeography } from "../../domain/geo/mission-geography.js";
import type { BuiltLibyaGeo } from "./libya-sources.js";

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./libya/${name}`, import.meta.url), "utf8")) as T;

let gazetteer: Gazetteer | null = null;
let districts: PreparedDistricts | null = null;
let area: BBox | null = null;

export function libyaGazetteerData(): BuiltLibyaGeo["gazetteer"] {
  return read("gazetteer.json");
}

export function libyaDistrictData(): BuiltLibyaGeo["districts"] {
  return read("districts.json");
}

export function libyaOutlineData(): BuiltLibyaGeo["outline"] {
  return read("outline.json");
}

export function libyaGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer(libyaGazetteerData().places);
  return gazetteer;
}

export function libyaDistricts(): PreparedDistricts {
  districts ??= prepareDistricts(libyaDistrictData().districts as District[]);
  return districts;
}

// Libya's territorial sea and the offshore platforms reach about 0.5° beyond the land outline.
const AREA_MARGIN_DEG = 0.5;

/** Libya's outline box with a margin: what `validateGeometry` calls the mission area. */
export function libyaMissionArea(): BBox {
  if (area) return area;
  const [minLon, minLat, maxLon, maxLat] = libyaOutlineData().bbox;
  area = [
    minLon - AREA_MARGIN_DEG,
    minLat - AREA_MARGIN_DEG,
    maxLon + AREA_MARGIN_DEG,
    maxLat + AREA_MARGIN_DEG,
  ];
  return area;
}

/** The shipped Libya data behind the mission-geography port. */
export const libyaGeography: MissionGeography = {
  gazetteer: libyaGazetteer,
  districts: libyaDistricts,
  area: libyaMissionArea,
  // The shipped files do not change while the process runs.
  refresh: () => Promise.resolve(),
};
