/**
 * Telling every server process on one PostgreSQL that something it may keep in memory changed
 * (decision 0025): `NOTIFY` on one channel, the payload naming what changed, and one dedicated
 * connection per process that `LISTEN`s — not a pool connection, which the pool may hand out or
 * close. A notification sent inside a transaction is delivered when (and only if) it commits.
 */
import { sql } from "kysely";
import pg from "pg";
import type { Db, Tx } from "./database.js";

const CHANNEL = "cfm_changes";

/** What changed: sessions (and what an actor is made of), the mission and its geography, read-only mode. */
export type ChangeTopic = "sessions" | "mission" | "read_only";
const TOPICS: ReadonlySet<string> = new Set<ChangeTopic>(["sessions", "mission", "read_only"]);

/** Tells every listening process (this one included) that `topic` changed. */
export async function announceChange(db: Db | Tx, topic: ChangeTopic): Promise<void> {
  await sql`SELECT pg_notify(${CHANNEL}, ${topic})`.execute(db);
}

export interface ChangeListener {
  /** Resolves once the first LISTEN is in place. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Listens on a connection of its own. When the connection breaks (a restart, a terminated
 * backend), it reconnects with growing pauses (0.25 s doubling to 5 s) and then reports `"all"`:
 * a change may have been missed meanwhile, so whatever is kept must be read again.
 */
export function listenForChanges(opts: {
  url: string;
  onChange: (topic: ChangeTopic | "all") => void;
  onError?: (err: Error) => void;
  applicationName?: string;
}): ChangeListener {
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let pause = 250;
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  const connect = async (first: boolean) => {
    if (closed) return;
    const c = new pg.Client({
      connectionString: opts.url,
      application_name: opts.applicationName ?? "ceasefire-monitor listener",
    });
    client = c;
    let broken = false;
    const retry = (err: Error) => {
      if (broken) return;
      broken = true;
      if (!closed) opts.onError?.(err);
      void c.end().catch(() => {});
      if (closed) return;
      timer = setTimeout(() => void connect(false), pause);
      pause = Math.min(pause * 2, 5_000);
    };
    c.on("error", retry);
    c.on("end", () => retry(new Error("the change listener's connection ended")));
    c.on("notification", (n) => {
      if (n.channel === CHANNEL && n.payload && TOPICS.has(n.payload))
        opts.onChange(n.payload as ChangeTopic);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      retry(err as Error);
      return;
    }
    pause = 250;
    if (!first) opts.onChange("all");
    resolveReady();
  };
  void connect(true);
  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
