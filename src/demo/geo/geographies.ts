/**
 * The geographies this build ships, by the name `CFM_GEOGRAPHY` gives. A name is chosen by
 * configuration, and the services receive the geography through `deps.geography`, never by
 * importing a country's module.
 */
import type { MissionGeography } from "../../domain/geo/mission-geography.js";
import { libyaGeography } from "./libya-geo.js";

const GEOGRAPHIES: Readonly<Record<string, MissionGeography>> = { libya: libyaGeography };

/** Served when `CFM_GEOGRAPHY` is unset: the geography of the shipped demo scenario. */
export const DEFAULT_GEOGRAPHY = "libya";

export const GEOGRAPHY_NAMES: readonly string[] = Object.keys(GEOGRAPHIES);

/** The shipped geography of this name; configuration has checked that it is one. */
export function shippedGeography(name: string): MissionGeography {
  const geography = Object.hasOwn(GEOGRAPHIES, name) ? GEOGRAPHIES[name] : undefined;
  if (!geography) {
    throw new Error(`No geography "${name}" is shipped; known: ${GEOGRAPHY_NAMES.join(", ")}`);
  }
  return geography;
}
