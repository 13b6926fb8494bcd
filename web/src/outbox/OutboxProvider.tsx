/**
 * Keeps the logged-in user's outbox moving on every page: sends queued reports when the browser
 * says the link is back, on a timer while anything waits, and when the user logs in.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { post } from "../api/client.js";
import type { Report, ReportDraft } from "../api/types.js";
import { newIdempotencyKey, OutboxStore, type OutboxItem } from "./outbox-store.js";
import { flushOutbox, sendItem, type SendOutcome, type Sender } from "./outbox-sync.js";

const RETRY_EVERY_MS = 20_000;

interface OutboxApi {
  items: OutboxItem[];
  sending: ReadonlySet<string>;
  /** Reports from the queue the server acknowledged during this visit, newest first. */
  delivered: Report[];
  /** Queues the report (durably, first), then tries to send it at once. */
  submit(draft: ReportDraft, replacesKey?: string): Promise<SendOutcome>;
  flush(): Promise<void>;
  discard(key: string): void;
}

const OutboxContext = createContext<OutboxApi | null>(null);

// The answer is the report, or the public form's receipt for a visitor not logged in; the outbox
// sends only for a logged-in user (an ended session is retried after logging in again).
const sendReport: Sender = (item) =>
  post("/reports", item.draft, { headers: { "idempotency-key": item.key } }) as Promise<Report>;

/** One tab at a time sends; another tab that finds the lock taken simply skips this round. */
async function exclusively(run: () => Promise<void>): Promise<void> {
  if (!("locks" in navigator) || !navigator.locks) return run();
  await navigator.locks.request("cfm-outbox", { ifAvailable: true }, async (lock) => {
    if (lock) await run();
  });
}

export function OutboxProvider({ username, children }: { username: string; children: ReactNode }) {
  const store = useMemo(() => new OutboxStore(localStorage, username), [username]);
  const [items, setItems] = useState<OutboxItem[]>(() => store.list());
  const [sending, setSending] = useState<ReadonlySet<string>>(new Set());
  const [delivered, setDelivered] = useState<Report[]>([]);
  const busy = useRef(false);
  const inFlight = useRef(new Set<string>());

  const refresh = useCallback(() => setItems(store.list()), [store]);
  useEffect(refresh, [refresh]);

  const markSending = (key: string, on: boolean) =>
    setSending((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const tracked: Sender = useCallback(async (item) => {
    inFlight.current.add(item.key);
    markSending(item.key, true);
    try {
      return await sendReport(item);
    } finally {
      inFlight.current.delete(item.key);
      markSending(item.key, false);
    }
  }, []);

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await exclusively(async () => {
        const outcomes = await flushOutbox(
          store,
          tracked,
          () => new Date(),
          (key) => inFlight.current.has(key),
        );
        const sent = outcomes.flatMap((o) => (o.kind === "sent" ? [o.report] : []));
        if (sent.length) setDelivered((d) => [...sent.reverse(), ...d].slice(0, 10));
      });
    } finally {
      busy.current = false;
      refresh();
    }
  }, [store, tracked, refresh]);

  const submit = useCallback(
    async (draft: ReportDraft, replacesKey?: string) => {
      const item: OutboxItem = {
        key: newIdempotencyKey(),
        draft,
        savedAt: new Date().toISOString(),
        attempts: 0,
        lastAttemptAt: null,
        rejection: null,
      };
      store.add(item, replacesKey);
      refresh();
      const outcome = await sendItem(store, item, tracked, () => new Date());
      refresh();
      return outcome;
    },
    [store, tracked, refresh],
  );

  const discard = useCallback(
    (key: string) => {
      store.remove(key);
      refresh();
    },
    [store, refresh],
  );

  // Another tab changed the queue.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => e.key === store.storageKey && refresh();
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [store, refresh]);

  // The link is back; and once at log-in.
  useEffect(() => {
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    void flush();
    return () => window.removeEventListener("online", onOnline);
  }, [flush]);

  const waiting = items.some((i) => i.rejection === null);
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void flush(), RETRY_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, flush]);

  const value = useMemo(
    () => ({ items, sending, delivered, submit, flush, discard }),
    [items, sending, delivered, submit, flush, discard],
  );
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

export function useOutbox(): OutboxApi {
  const ctx = useContext(OutboxContext);
  if (!ctx) throw new Error("useOutbox outside OutboxProvider");
  return ctx;
}
