/**
 * Group commit for intake. Reports arriving while a transaction is committing wait for it, then
 * go in together in the next transaction: one BEGIN/COMMIT (and one write of the log to disk) for
 * many reports, and, where the kind of work allows, one statement for many rows; each report
 * still gets its own audit entry. Work arriving when nothing is running starts at once, so a lone
 * client waits for nobody.
 *
 * Work must be safe to run again: when a batch fails, its transaction rolls back and every item of
 * it runs again alone, in a transaction of its own, so a bad report fails alone and the others are
 * stored. Nothing is acknowledged before its transaction committed.
 *
 * Written here because the database libraries in use offer no group commit; it is small.
 */
import type { Db, Deps, Tx } from "./deps.js";

/** A kind of work that may be grouped: done alone, or (optionally) many items at once. */
export interface BatchKind<I, R> {
  name: string;
  /**
   * Optionally, an item that arrived alone, written without a transaction of its own: the kind
   * commits it atomically itself (one statement), or writes nothing and answers null, and the
   * item then goes through `one`.
   */
  alone?(db: Db, item: I): Promise<R | null>;
  one(tx: Tx, item: I): Promise<R>;
  /** Many items in one transaction; results in the order of the items. */
  many?(tx: Tx, items: I[]): Promise<R[]>;
}

interface Waiting<I, R> {
  item: I;
  resolve: (value: R) => void;
  reject: (err: unknown) => void;
}

interface Queue<I, R> {
  waiting: Waiting<I, R>[];
  running: boolean;
}

/** The most items one transaction takes. */
const MAX_BATCH = 64;

const queues = new WeakMap<Db, Map<string, Queue<unknown, unknown>>>();

export function inGroupTransaction<I, R>(deps: Deps, kind: BatchKind<I, R>, item: I): Promise<R> {
  let byKind = queues.get(deps.db);
  if (!byKind) queues.set(deps.db, (byKind = new Map()));
  let q = byKind.get(kind.name) as Queue<I, R> | undefined;
  if (!q) {
    q = { waiting: [], running: false };
    byKind.set(kind.name, q as Queue<unknown, unknown>);
  }
  const queue = q;
  return new Promise<R>((resolve, reject) => {
    queue.waiting.push({ item, resolve, reject });
    if (!queue.running) {
      queue.running = true;
      // One turn of the event loop first, so that requests already read from the network join.
      setImmediate(() => void drain(deps.db, kind, queue));
    }
  });
}

async function drain<I, R>(db: Db, kind: BatchKind<I, R>, q: Queue<I, R>): Promise<void> {
  q.running = true;
  try {
    while (q.waiting.length > 0) await runBatch(db, kind, q.waiting.splice(0, MAX_BATCH));
  } finally {
    q.running = false;
  }
}

async function runBatch<I, R>(
  db: Db,
  kind: BatchKind<I, R>,
  batch: Waiting<I, R>[],
): Promise<void> {
  if (batch.length > 1) {
    try {
      const items = batch.map((w) => w.item);
      const results = await db.transaction().execute(async (tx) => {
        if (kind.many) return kind.many(tx, items);
        const out: R[] = [];
        for (const item of items) out.push(await kind.one(tx, item));
        return out;
      });
      batch.forEach((w, i) => w.resolve(results[i]!));
      return;
    } catch {
      // One item failed and took the others with it: each runs again alone.
    }
  }
  for (const w of batch) {
    try {
      const alone = batch.length === 1 && kind.alone ? await kind.alone(db, w.item) : null;
      if (alone !== null) {
        w.resolve(alone);
        continue;
      }
      w.resolve(await db.transaction().execute((tx) => kind.one(tx, w.item)));
    } catch (err) {
      w.reject(err);
    }
  }
}
