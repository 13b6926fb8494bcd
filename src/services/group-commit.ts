/**
 * Group commit for intake. Reports arriving while a transaction is committing wait for it, then
 * go in together in the next transaction: one BEGIN/COMMIT (and one write of the log to disk) for
 * many reports, each still with its own audit entry. A report arriving when nothing is running
 * starts at once, so a lone client waits for nobody.
 *
 * A unit must be safe to run again: when any unit of a batch fails, the whole transaction rolls
 * back and every unit of it runs again in a transaction of its own, so a bad report fails alone
 * and the others are stored. Nothing is acknowledged before its transaction committed.
 *
 * Written here because the database libraries in use offer no group commit; it is small.
 */
import type { Db, Deps, Tx } from "./deps.js";

interface Unit {
  run: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Queue {
  waiting: Unit[];
  running: boolean;
}

/** The most units one transaction takes. */
export const MAX_BATCH = 64;

const queues = new WeakMap<Db, Queue>();

export function inGroupTransaction<T>(deps: Deps, run: (tx: Tx) => Promise<T>): Promise<T> {
  let queue = queues.get(deps.db);
  if (!queue) {
    queue = { waiting: [], running: false };
    queues.set(deps.db, queue);
  }
  const q = queue;
  return new Promise<T>((resolve, reject) => {
    q.waiting.push({ run, resolve: resolve as (v: unknown) => void, reject });
    if (!q.running) void drain(deps.db, q);
  });
}

async function drain(db: Db, q: Queue): Promise<void> {
  q.running = true;
  try {
    while (q.waiting.length > 0) {
      const batch = q.waiting.splice(0, MAX_BATCH);
      await runBatch(db, batch);
    }
  } finally {
    q.running = false;
  }
}

async function runBatch(db: Db, batch: Unit[]): Promise<void> {
  if (batch.length > 1) {
    try {
      const results = await db.transaction().execute(async (tx) => {
        const out: unknown[] = [];
        for (const u of batch) out.push(await u.run(tx));
        return out;
      });
      batch.forEach((u, i) => u.resolve(results[i]));
      return;
    } catch {
      // One unit failed and took the others with it: each runs again alone.
    }
  }
  for (const u of batch) {
    try {
      u.resolve(await db.transaction().execute((tx) => u.run(tx)));
    } catch (err) {
      u.reject(err);
    }
  }
}
