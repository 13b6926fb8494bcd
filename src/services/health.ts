/**
 * Whether this process can serve: the database answers a trivial statement in time (readiness,
 * for a load balancer or orchestrator), and how deep the job queue is (for the metrics).
 */
import { DomainError } from "../domain/errors.js";
import { countPendingJobs } from "../store/jobs-repo.js";
import { selectOne } from "../store/health-repo.js";
import type { Deps } from "./deps.js";

/** Longer than this and the instance is taken out of rotation rather than kept waiting. */
const READY_TIMEOUT_MS = 2000;

/** Throws `not_ready` unless the database answers `SELECT 1` within `timeoutMs`. */
export async function checkReady(deps: Pick<Deps, "db">, timeoutMs = READY_TIMEOUT_MS) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([selectOne(deps.db).then(() => "ok" as const), timeout]);
    if (outcome === "timeout") throw notReady(`did not answer within ${timeoutMs} ms`);
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw notReady("could not be reached");
  } finally {
    clearTimeout(timer);
  }
}

function notReady(why: string): DomainError {
  return new DomainError("not_ready", `Not ready: the database ${why}.`);
}

/** Jobs queued or running. */
export function pendingJobCount(deps: Pick<Deps, "db">): Promise<number> {
  return countPendingJobs(deps.db);
}
