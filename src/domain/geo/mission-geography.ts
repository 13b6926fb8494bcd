/**
 * The port through which a mission's geography reaches the use cases: its gazetteer, its
 * administrative districts and its area. Which geography a process serves is configuration
 * (the mission in the database, created from a profile in missions/), so no country is named in
 * the services (style.md, principle 15).
 */
import type { PreparedDistricts } from "./districts.js";
import type { Gazetteer } from "./gazetteer.js";
import type { BBox } from "./geojson.js";

/**
 * Functions, not values: a gazetteer's indexes take about a second to build, so an adapter builds
 * each part on first use and keeps it, and a process (or test) that never looks a place up never
 * pays for it.
 */
export interface MissionGeography {
  /** The places reports are described with, named in Arabic and Latin script. */
  gazetteer(): Gazetteer;
  /** The first-level administrative districts a place or point is reported in. */
  districts(): PreparedDistricts;
  /**
   * The box geometry must lie in; a point outside it whose swapped pair lies inside is
   * recognised as given [lat, lon] instead of [lon, lat].
   */
  area(): BBox;
  /**
   * Brings what is kept in memory up to date with where it is stored (the mission's districts and
   * the gazetteer's places live in the database and may change while the process runs). Use cases
   * that read a part call it first, outside any transaction; an adapter over stored data looks at
   * most about once a second whether anything changed (a change by another server shows within
   * that). After a change made in this process, `{ changed: true }` reads again at once. A
   * geography that cannot change does nothing.
   */
  refresh(opts?: { changed?: boolean }): Promise<void>;
}
