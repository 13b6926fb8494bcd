/**
 * Counting requests for the rate limits in the database, so that every server process on it
 * counts the same client together (decision 0025); one statement per limited request.
 */
import { countHit, forgetEndedWindows, type WindowCount } from "../store/rate-limit-repo.js";
import type { Deps } from "./deps.js";

/** Every this many counts, the counters of windows ended an hour ago are deleted. */
const SWEEP_EVERY = 1000;
let counted = 0;

export async function countRequest(
  deps: Pick<Deps, "db" | "clock">,
  key: string,
  windowMs: number,
): Promise<WindowCount> {
  const count = await countHit(deps.db, key, windowMs);
  if (++counted % SWEEP_EVERY === 0) {
    // Best effort: a counter left over is only a row; the next sweep takes it.
    await forgetEndedWindows(deps.db, new Date(deps.clock().getTime() - 3_600_000)).catch(() => 0);
  }
  return count;
}
