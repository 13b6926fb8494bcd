/**
 * The gazetteer kept in memory, built from the `places` table. Searching needs indexes that take
 * about a second to build, so a process builds them once and rebuilds them only when the places
 * changed: every change raises a version number in the database (a trigger), and `refresh()`
 * compares it with the one the index was built from, one cheap read — at most once a second, since
 * intake and search refresh before every request and that read would otherwise double their round
 * trips. A change made in this process refreshes at once after its commit (`changed: true`); one
 * made by another server is seen within a second. (LISTEN/NOTIFY would save the read but needs a connection of its own, which PGlite's
 * single connection cannot spare, and a notice lost while reconnecting would go unnoticed.)
 */
import { buildGazetteer, type Gazetteer } from "../domain/geo/gazetteer.js";
import type { MissionGeography } from "../domain/geo/mission-geography.js";
import type { Db } from "../store/database.js";
import { activePlaces, gazetteerVersion } from "../store/places-repo.js";

interface LiveGazetteer {
  /** The index as last built; empty until the first refresh. */
  gazetteer(): Gazetteer;
  /**
   * Rebuilds the index when the places changed since it was built. Never call it inside a
   * transaction: it reads through the database, whose single embedded connection the
   * transaction holds.
   */
  refresh(opts?: { changed?: boolean }): Promise<void>;
}

/** How long a version read stands for the places as stored (other servers' changes). */
const VERSION_MAX_AGE_MS = 1000;

export function databaseGazetteer(
  db: Db,
  // Tests move time by hand.
  now: () => number = Date.now,
): LiveGazetteer {
  let built: { version: number; gazetteer: Gazetteer } = {
    version: -1,
    gazetteer: buildGazetteer([]),
  };
  let checkedAt = -Infinity;
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;

  async function check(): Promise<void> {
    checkedAt = now();
    if ((await gazetteerVersion(db)) === built.version) return;
    const { version, places } = await activePlaces(db);
    built = { version, gazetteer: buildGazetteer(places) };
  }

  function refresh(opts: { changed?: boolean } = {}): Promise<void> {
    if (!opts.changed && now() - checkedAt < VERSION_MAX_AGE_MS)
      return running ?? Promise.resolve();
    if (!running) {
      running = check().finally(() => {
        running = null;
      });
      return running;
    }
    // A check already under way may have read the version before the caller's change committed:
    // the caller waits for one that starts after it asked (shared by everyone waiting).
    next ??= running.then(
      () => {
        next = null;
        return refresh({ changed: true });
      },
      () => {
        next = null;
        return refresh({ changed: true });
      },
    );
    return next;
  }

  return { gazetteer: () => built.gazetteer, refresh };
}

/**
 * A geography whose gazetteer is the database's, its districts and area `base`'s. The gazetteer
 * is read at the first refresh (a process that never looks a place up never builds it).
 */
export function withDatabaseGazetteer(
  base: Pick<MissionGeography, "districts" | "area">,
  db: Db,
  now?: () => number,
): MissionGeography {
  const live = databaseGazetteer(db, now);
  return {
    gazetteer: live.gazetteer,
    districts: () => base.districts(),
    area: () => base.area(),
    refresh: live.refresh,
  };
}
