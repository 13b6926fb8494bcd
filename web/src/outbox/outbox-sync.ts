/**
 * Sending the outbox. What the answer means decides what happens to the item: acknowledged →
 * removed; refused (4xx) → kept, with the server's message, for the user to fix or discard; not
 * delivered (no connection, a 5xx, an ended session, a rate limit) → kept queued and retried.
 */
import { ApiError, NetworkError } from "../api/client.js";
import type { Report } from "../api/types.js";
import type { OutboxItem, OutboxStore } from "./outbox-store.js";

export type SendOutcome =
  | { kind: "sent"; item: OutboxItem; report: Report }
  | { kind: "rejected"; item: OutboxItem; error: ApiError }
  | { kind: "queued"; item: OutboxItem; error: unknown };

export type Sender = (item: OutboxItem) => Promise<Report>;

/** Answers that say "try again later" rather than "this report is wrong". */
const RETRY_STATUSES = new Set([401, 408, 425, 429]);

function isRetryable(err: unknown): boolean {
  if (err instanceof NetworkError) return true;
  if (err instanceof ApiError) return err.status >= 500 || RETRY_STATUSES.has(err.status);
  return true;
}

export async function sendItem(
  store: OutboxStore,
  item: OutboxItem,
  send: Sender,
  now: () => Date,
): Promise<SendOutcome> {
  const attemptAt = now().toISOString();
  try {
    const report = await send(item);
    store.remove(item.key);
    return { kind: "sent", item, report };
  } catch (err) {
    const bump = (i: OutboxItem): OutboxItem => ({
      ...i,
      attempts: i.attempts + 1,
      lastAttemptAt: attemptAt,
    });
    if (!isRetryable(err) && err instanceof ApiError) {
      const rejection = {
        status: err.status,
        code: err.code,
        message: err.message,
        ...(err.details !== undefined ? { details: err.details } : {}),
      };
      store.update(item.key, (i) => ({ ...bump(i), rejection }));
      return { kind: "rejected", item: { ...bump(item), rejection }, error: err };
    }
    store.update(item.key, bump);
    return { kind: "queued", item: bump(item), error: err };
  }
}

/**
 * Sends every queued (not refused) item, oldest first. Stops at the first item that could not
 * be delivered: the others would meet the same dropped link.
 */
export async function flushOutbox(
  store: OutboxStore,
  send: Sender,
  now: () => Date,
  inFlight: (key: string) => boolean = () => false,
): Promise<SendOutcome[]> {
  const outcomes: SendOutcome[] = [];
  const queued = store
    .list()
    .filter((i) => i.rejection === null && !inFlight(i.key))
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  for (const item of queued) {
    // another tab may have sent or discarded it meanwhile
    const current = store.get(item.key);
    if (!current || current.rejection) continue;
    const outcome = await sendItem(store, current, send, now);
    outcomes.push(outcome);
    if (outcome.kind === "queued") break;
  }
  return outcomes;
}
