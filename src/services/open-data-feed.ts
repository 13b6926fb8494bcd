/**
 * The changes-and-deletions feed of open data (decision 0021): every time what the public may see
 * changes — an incident published, its public release superseded, or no longer public (withdrawn,
 * reclassified, embargoed) — an entry with a sequence number and a time. A consumer keeps the
 * last cursor and asks for what came after it; applying the entries in order (put the record,
 * or delete it) leaves it holding exactly the current export.
 */
import { DomainError } from "../domain/errors.js";
import type { OpenDataRecord } from "../domain/open-data/public-record.js";
import type { ReleaseContent } from "../domain/release-content.js";
import { auditHeadSeq } from "../store/audit-repo.js";
import { changesAfter, syncOpenDataChanges } from "../store/open-data-repo.js";
import { publicIncidentScope } from "./access.js";
import { inTransaction, type Db, type Deps } from "./deps.js";
import { missionTimeZone } from "./mission.js";
import { recordOfRelease } from "./open-data-export.js";

type ChangeKind = "created" | "updated" | "withdrawn";

interface OpenDataChange {
  seq: number;
  change: ChangeKind;
  /** When the feed noticed the change. */
  at: Date;
  /** The incident's id: the record's identity. */
  id: string;
  /**
   * The record as published by this change; null when withdrawn, and when a later change has
   * superseded it (a later entry in the feed carries what is public now).
   */
  record: OpenDataRecord | null;
}

export interface OpenDataChangePage {
  changes: OpenDataChange[];
  /** Give this as `since` next time; the same cursor when nothing came. */
  nextCursor: string;
}

/**
 * What the public may see changes with every audited write (a release, a reclassification) and
 * with time alone (a release instant or an embargo passing). The comparison reads every
 * published incident — seconds at a million — so it is the job loop's work, never a public
 * request's: an unauthenticated reader could otherwise make the server do it at will. The loop
 * offers it every tick on every node; it runs when the audit head moved or a minute passed, no
 * sooner after the last than ten times that one took (at least a second), and on one node at a
 * time (the others find the feed locked and leave it).
 */
const RESYNC_AFTER_MS = 60_000;
const MIN_GAP_MS = 1_000;
const GAP_PER_DURATION = 10;
const lastSync = new WeakMap<Db, { seq: number; at: number; endedAt: number; took: number }>();

/**
 * Compares what is public now with what the feed last said and writes the differences as
 * entries. False when another process was doing it (its entries will be there).
 */
export async function syncOpenDataFeed(deps: Deps): Promise<boolean> {
  const now = deps.clock();
  const seq = await auditHeadSeq(deps.db);
  const started = performance.now();
  let synced = true;
  try {
    await inTransaction(deps, (tx) => syncOpenDataChanges(tx, publicIncidentScope(now), now));
  } catch (err) {
    if (!isLockNotAvailable(err)) throw err;
    synced = false;
  }
  const endedAt = performance.now();
  lastSync.set(deps.db, { seq, at: now.getTime(), endedAt, took: endedAt - started });
  return synced;
}

/** The job loop's offer: syncs when the feed may be behind and the last sync is far enough back. */
export async function keepOpenDataFeed(deps: Deps): Promise<boolean> {
  const last = lastSync.get(deps.db);
  if (last) {
    const gap = Math.max(MIN_GAP_MS, GAP_PER_DURATION * last.took);
    if (performance.now() - last.endedAt < gap) return false;
    const stale = Math.abs(deps.clock().getTime() - last.at) >= RESYNC_AFTER_MS;
    if (!stale && (await auditHeadSeq(deps.db)) === last.seq) return false;
  }
  return syncOpenDataFeed(deps);
}

/** PostgreSQL's lock_not_available: the feed's table is locked by another process's sync. */
function isLockNotAvailable(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "55P03";
}

function seqOf(cursor: string | undefined): number {
  if (cursor === undefined || cursor === "") return 0;
  if (!/^\d{1,15}$/.test(cursor)) {
    throw new DomainError(
      "validation_failed",
      "The cursor is not one this feed gave: pass the nextCursor of the previous page, or leave it out to start from the beginning.",
      { field: "since" },
    );
  }
  return Number(cursor);
}

/**
 * The changes after `since` (from the beginning when absent), in order, as the job loop last
 * wrote them (a second or so behind at a mission's scale). No login needed.
 */
export async function openDataChanges(
  deps: Deps,
  since: string | undefined,
  limit: number,
): Promise<OpenDataChangePage> {
  const after = seqOf(since);
  await deps.geography.refresh();
  const timeZone = await missionTimeZone(deps);
  const rows = await changesAfter(deps.db, after, limit);
  const changes = rows.map((r) => ({
    seq: Number(r.seq),
    change: r.change as ChangeKind,
    at: r.at,
    id: r.incident_id,
    record:
      r.change !== "withdrawn" && r.release_id && r.content
        ? recordOfRelease(deps, r.release_id, r.content as ReleaseContent, timeZone)
        : null,
  }));
  return { changes, nextCursor: String(changes.at(-1)?.seq ?? after) };
}
