/**
 * The outbox: reports typed in this browser that the server has not yet acknowledged. Each item
 * keeps the Idempotency-Key made when it was queued, so that however many times it is retried
 * (a dropped answer, a reload, two tabs) the server stores it once. Kept in localStorage, per
 * user: a queued report is only ever sent under the identity of the person who typed it.
 */
import type { ReportDraft } from "../api/types.js";

interface Rejection {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

export interface OutboxItem {
  /** The Idempotency-Key, made once when the report is queued. */
  key: string;
  draft: ReportDraft;
  savedAt: string;
  attempts: number;
  lastAttemptAt: string | null;
  /** Set when the server refused the report (a 4xx): it waits for the user to fix or discard it. */
  rejection: Rejection | null;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = "cfm.outbox.v1:";

function storageKeyFor(username: string): string {
  return PREFIX + username;
}

export class OutboxStore {
  constructor(
    private readonly kv: KeyValueStore,
    readonly username: string,
  ) {}

  get storageKey(): string {
    return storageKeyFor(this.username);
  }

  list(): OutboxItem[] {
    const raw = this.kv.getItem(this.storageKey);
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isItem) : [];
    } catch {
      return [];
    }
  }

  get(key: string): OutboxItem | undefined {
    return this.list().find((i) => i.key === key);
  }

  add(item: OutboxItem, replacesKey?: string): void {
    const rest = this.list().filter((i) => i.key !== replacesKey && i.key !== item.key);
    this.write([...rest, item]);
  }

  /** Re-reads before writing, so a change made meanwhile in another tab is not lost. */
  update(key: string, change: (item: OutboxItem) => OutboxItem): void {
    this.write(this.list().map((i) => (i.key === key ? change(i) : i)));
  }

  remove(key: string): void {
    this.write(this.list().filter((i) => i.key !== key));
  }

  private write(items: OutboxItem[]): void {
    this.kv.setItem(this.storageKey, JSON.stringify(items));
  }
}

function isItem(x: unknown): x is OutboxItem {
  const i = x as OutboxItem;
  return typeof i?.key === "string" && typeof i.draft === "object" && i.draft !== null;
}

/** An Idempotency-Key: 128 random bits. Works on plain HTTP too (randomUUID needs HTTPS). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
