import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../api/client.js";
import type { Report, ReportDraft } from "../api/types.js";
import {
  newIdempotencyKey,
  OutboxStore,
  type KeyValueStore,
  type OutboxItem,
} from "./outbox-store.js";
import { flushOutbox, sendItem, type Sender } from "./outbox-sync.js";

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

const draft: ReportDraft = {
  sourceKind: "monitor",
  occurredFrom: "2020-01-14T19:00:00.000Z",
  occurredTo: "2020-01-14T21:30:00.000Z",
  placeName: "عين زارة",
  category: "A3",
  description: "سقوط قذائف هاون",
  language: "ar",
};

function item(key: string, savedAt = "2020-01-15T08:00:00.000Z"): OutboxItem {
  return { key, draft, savedAt, attempts: 0, lastAttemptAt: null, rejection: null };
}

const now = () => new Date("2020-01-15T09:00:00.000Z");
const report = (key: string) => ({ id: key, trackingId: `R-${key}` }) as unknown as Report;

describe("outbox", () => {
  it("keeps each user's queue apart", () => {
    const kv = memory();
    new OutboxStore(kv, "monitor").add(item("a"));
    expect(new OutboxStore(kv, "intake").list()).toEqual([]);
    expect(new OutboxStore(kv, "monitor").list().map((i) => i.key)).toEqual(["a"]);
  });

  it("removes a report once the server acknowledges it, sending its Idempotency-Key", async () => {
    const store = new OutboxStore(memory(), "monitor");
    store.add(item("k1"));
    const keys: string[] = [];
    const send: Sender = async (i) => (keys.push(i.key), report(i.key));
    const outcomes = await flushOutbox(store, send, now);
    expect(outcomes.map((o) => o.kind)).toEqual(["sent"]);
    expect(keys).toEqual(["k1"]);
    expect(store.list()).toEqual([]);
  });

  it("keeps a report queued, with the same key, when the link is down", async () => {
    const store = new OutboxStore(memory(), "monitor");
    store.add(item("k1"));
    store.add(item("k2", "2020-01-15T08:05:00.000Z"));
    let calls = 0;
    const send: Sender = async () => {
      calls++;
      throw new NetworkError();
    };
    const outcomes = await flushOutbox(store, send, now);
    expect(outcomes.map((o) => o.kind)).toEqual(["queued"]);
    expect(calls).toBe(1); // the second would meet the same dropped link
    expect(store.list().map((i) => [i.key, i.attempts, i.rejection])).toEqual([
      ["k1", 1, null],
      ["k2", 0, null],
    ]);
  });

  it("keeps a refused report with the server's message and stops retrying it", async () => {
    const store = new OutboxStore(memory(), "monitor");
    store.add(item("k1"));
    const refuse: Sender = async () => {
      throw new ApiError(
        400,
        "impossible_time",
        "The event cannot end after the report was received.",
      );
    };
    const [outcome] = await flushOutbox(store, refuse, now);
    expect(outcome?.kind).toBe("rejected");
    expect(store.get("k1")?.rejection).toMatchObject({ status: 400, code: "impossible_time" });
    let calls = 0;
    await flushOutbox(store, async (i) => (calls++, report(i.key)), now);
    expect(calls).toBe(0);
  });

  it("retries after a server failure, an ended session or a rate limit", async () => {
    for (const status of [500, 503, 401, 429]) {
      const store = new OutboxStore(memory(), "monitor");
      store.add(item("k"));
      const outcome = await sendItem(
        store,
        item("k"),
        async () => {
          throw new ApiError(status, "x", "x");
        },
        now,
      );
      expect(outcome.kind).toBe("queued");
      expect(store.get("k")?.rejection).toBeNull();
    }
  });

  it("replaces a corrected report under a new key", () => {
    const store = new OutboxStore(memory(), "monitor");
    store.add({ ...item("old"), rejection: { status: 400, code: "x", message: "x" } });
    store.add(item("new"), "old");
    expect(store.list().map((i) => i.key)).toEqual(["new"]);
  });

  it("makes keys the server accepts", () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
