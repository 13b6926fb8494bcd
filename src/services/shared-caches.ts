/**
 * What a server keeps in memory and another server on the same PostgreSQL can change: sessions
 * (the 1 s session cache), the mission with its districts, area and places, and read-only mode.
 * Each process listens for the others' notices and forgets what changed (decision 0025).
 */
import { listenForChanges, type ChangeListener, type ChangeTopic } from "../store/change-feed.js";
import type { Deps } from "./deps.js";
import { missionChangedElsewhere } from "./mission.js";
import { readOnlyChangedElsewhere } from "./read-only.js";
import { forgetCachedSessions } from "./session-cache.js";

export type { ChangeListener };

/** Forgets what `topic` names; "all" after a reconnection, when a notice may have been missed. */
async function forgetChanged(deps: Pick<Deps, "db" | "geography">, topic: ChangeTopic | "all") {
  if (topic === "sessions" || topic === "all") forgetCachedSessions();
  if (topic === "read_only" || topic === "all") readOnlyChangedElsewhere(deps.db);
  if (topic === "mission" || topic === "all") await missionChangedElsewhere(deps);
}

/** Follows the other servers' changes on a connection of its own to `databaseUrl`. */
export function followChangesElsewhere(
  deps: Pick<Deps, "db" | "geography">,
  databaseUrl: string,
  log: (message: string) => void,
): ChangeListener {
  return listenForChanges({
    url: databaseUrl,
    onChange: (topic) =>
      void forgetChanged(deps, topic).catch((err: unknown) =>
        log(`reading ${topic} again after a change elsewhere: ${String(err)}`),
      ),
    onError: (err) => log(`change listener: ${err.message}; reconnecting`),
  });
}
