/**
 * Read-only mode, an emergency switch for administrators: while it is on, the API refuses every
 * write except logging in and out, ending sessions, and switching the mode off. Kept in
 * system_settings, an audited table, so the switch itself is in the chain.
 */
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { actorLabel } from "../domain/roles.js";
import { requireRole } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Db, type Deps } from "./deps.js";
import { announceChange } from "../store/change-feed.js";
import { findSetting, putSetting } from "../store/settings-repo.js";
import { cacheWindow } from "./session-cache.js";

const SETTING = "read_only";

export interface ReadOnlyState {
  enabled: boolean;
  reason: string | null;
  since: string | null;
  by: string | null;
}

const OFF: ReadOnlyState = { enabled: false, reason: null, since: null, by: null };

/**
 * How long a process trusts the state it read. A switch takes effect at once in the process that
 * made it (the cache is cleared) and in every server told by NOTIFY (decision 0025); a notice lost
 * while a listener reconnects is made up for within the cache window (CFM_CACHE_MS, 1 s by default).
 * Reading it on every write cost one query per report.
 */
const cached = new WeakMap<Db, { state: ReadOnlyState; readAt: number }>();

/** Read-only mode was switched in another process: read it again. */
export function readOnlyChangedElsewhere(db: Db): void {
  cached.delete(db);
}

/** Read on write requests, trusted for the cache window (see above). */
export async function readOnlyState(db: Db): Promise<ReadOnlyState> {
  const hit = cached.get(db);
  if (hit && performance.now() - hit.readAt <= cacheWindow()) return hit.state;
  const state = await readStored(db);
  cached.set(db, { state, readAt: performance.now() });
  return state;
}

async function readStored(db: Db): Promise<ReadOnlyState> {
  const row = await findSetting(db, SETTING);
  const v = row?.value as { enabled?: unknown; reason?: unknown } | undefined;
  if (!row || v?.enabled !== true) return OFF;
  return {
    enabled: true,
    reason: typeof v.reason === "string" ? v.reason : null,
    since: row.updated_at.toISOString(),
    by: row.updated_by,
  };
}

export async function setReadOnly(
  deps: Deps,
  actor: Actor,
  input: { enabled: boolean; reason: string },
): Promise<ReadOnlyState> {
  if (actor.kind !== "system") requireRole(actor, ["admin"], "switch read-only mode");
  const reason = input.reason.trim();
  if (!reason) throw new DomainError("validation_failed", "Give a reason.");
  const now = deps.clock();
  const by = actorLabel(actor);
  cached.delete(deps.db);
  await inTransaction(deps, async (tx) => {
    const value = JSON.stringify({ enabled: input.enabled, reason });
    await putSetting(tx, SETTING, { value, at: now, by });
    await appendAudit(tx, {
      actor,
      action: input.enabled ? "admin.read_only_on" : "admin.read_only_off",
      subject: `setting:${SETTING}`,
      at: now,
      rows: [{ table: "system_settings", id: SETTING }],
      details: { reason },
    });
  });
  cached.delete(deps.db);
  await announceChange(deps.db, "read_only").catch(() => {});
  return input.enabled ? { enabled: true, reason, since: now.toISOString(), by } : OFF;
}
