/**
 * Appending to the audit chain inside the caller's transaction, and verifying it. Each entry
 * records the hash of every row it changed, as to_jsonb() gives it after the change (read back,
 * or taken from the RETURNING of the write).
 */
import { sql } from "kysely";
import {
  canonicalJson,
  GENESIS_HASH,
  hashData,
  hashEntry,
  sha256Hex,
  verifyChain,
  type AuditEntry,
  type Json,
} from "../domain/audit-chain.js";
import { AUDIT_SLICE_FORMAT, type AuditSlice, type ChainPoint } from "../domain/audit-slice.js";
import { actorLabel, type Actor } from "../domain/roles.js";
import type { Db, Tx } from "./database.js";
import type { AuditedTable } from "./schema.js";

export const PRIMARY_KEY: Record<AuditedTable, string> = {
  users: "id",
  parties: "code",
  agreements: "id",
  provisions: "id",
  provision_versions: "id",
  delegations: "party_code",
  reports: "id",
  incidents: "id",
  findings: "id",
  evidence_items: "id",
  custody_entries: "id",
  system_settings: "id",
  geo_layers: "id",
  geo_layer_versions: "id",
  report_sources: "report_id",
  releases: "id",
  reply_windows: "id",
  replies: "id",
  tasks: "id",
  teams: "code",
  mission: "code",
  districts: "code",
  sectors: "code",
  places: "id",
  enforcement_steps: "id",
  notification_settings: "user_id",
  webhook_endpoints: "id",
  commission_meetings: "id",
  commission_agenda_items: "id",
  commission_attendance: "id",
  commission_decisions: "id",
  commission_signatures: "id",
  commission_action_items: "id",
  commission_notes: "id",
  commitment_anchors: "code",
  commitments: "id",
  commitment_observations: "id",
  commitment_breaches: "id",
  signing_keys: "id",
  product_signatures: "id",
  report_products: "id",
};

export interface AuditInput {
  actor: Actor;
  action: string;
  /** What the entry is about, e.g. "incident:<id>". */
  subject: string;
  at: Date;
  /**
   * Rows this change wrote; their hashes are recorded. `jsonb` is the row exactly as the
   * database's to_jsonb() gave it after the change (e.g. from RETURNING), which saves reading it
   * back; without it the row is read.
   */
  rows?: { table: AuditedTable; id: string; jsonb?: unknown }[];
  /** Further facts worth keeping (the note of a transition, the reason of a triage). */
  details?: Record<string, unknown>;
}

async function rowHash(db: Db | Tx, table: AuditedTable, id: string): Promise<string> {
  const { rows } = await sql<{ j: unknown }>`SELECT to_jsonb(t) AS j FROM ${sql.table(table)} t
    WHERE ${sql.ref(`t.${PRIMARY_KEY[table]}`)} = ${id}`.execute(db);
  if (!rows[0]) throw new Error(`audited row ${table}:${id} not found`);
  return sha256Hex(canonicalJson(rows[0].j));
}

export type Head = { seq: number; hash: string };

/** The sequence number of the newest entry (0 for none): it moves with every audited write. */
export async function auditHeadSeq(db: Db): Promise<number> {
  const { rows } = await sql<{ seq: number }>`SELECT seq FROM audit_head WHERE id = 1`.execute(db);
  return rows[0]?.seq ?? 0;
}

/**
 * The head this process wrote last. It is usually still the head, and writing on that guess saves
 * reading the head first; the write is guarded on the head, so a wrong guess writes nothing.
 */
let guessedHead: Head | null = null;

export async function appendAudit(tx: Tx, input: AuditInput): Promise<number> {
  const [seq] = await appendAuditMany(tx, [input]);
  return seq!;
}

type NewEntry = { at: string; actor: string; action: string; subject: string; data: Json };

/** Appends the entries in order, in one statement; returns their sequence numbers. */
export async function appendAuditMany(tx: Tx, inputs: AuditInput[]): Promise<number[]> {
  if (inputs.length === 0) return [];
  const entries: NewEntry[] = [];
  for (const input of inputs) entries.push(await newEntry(tx, input));
  let written = guessedHead && (await writeEntries(tx, guessedHead, entries));
  if (!written) {
    // Locking the head orders all audited transactions into one chain.
    const head = await tx
      .selectFrom("audit_head")
      .select(["seq", "hash"])
      .where("id", "=", 1)
      .forUpdate()
      .executeTakeFirstOrThrow();
    written = await writeEntries(tx, head, entries);
    if (!written) throw new Error("the audit head moved while it was locked");
  }
  guessedHead = written;
  return entries.map((_, i) => written.seq - entries.length + 1 + i);
}

async function newEntry(db: Db | Tx, input: AuditInput): Promise<NewEntry> {
  const rows = [];
  for (const r of input.rows ?? []) {
    const hash =
      r.jsonb === undefined ? await rowHash(db, r.table, r.id) : sha256Hex(canonicalJson(r.jsonb));
    rows.push({ table: r.table, id: r.id, rowHash: hash });
  }
  return {
    at: input.at.toISOString(),
    actor: actorLabel(input.actor),
    action: input.action,
    subject: input.subject,
    data: JSON.parse(canonicalJson({ details: input.details ?? {}, rows })) as Json,
  };
}

/** An entry as stored in audit_entries. */
export type ChainedEntry = NewEntry & {
  seq: number;
  data_hash: string;
  prev_hash: string;
  hash: string;
};

/** The entries chained after `prev`, and the head they make. */
function chain(prev: Head, entries: NewEntry[]): { chained: ChainedEntry[]; head: Head } {
  let head = prev;
  const chained = entries.map((e) => {
    const fields = { ...e, seq: head.seq + 1, dataHash: hashData(e.data), prevHash: head.hash };
    const hash = hashEntry(fields);
    head = { seq: fields.seq, hash };
    return { ...e, seq: fields.seq, data_hash: fields.dataHash, prev_hash: fields.prevHash, hash };
  });
  return { chained, head };
}

/**
 * Inserts the entries after `prev` and moves the head to the last, in one statement, only if
 * `prev` is still the head; updating the head row locks it until the transaction ends. Returns
 * the new head, or null when `prev` was not the head.
 */
async function writeEntries(tx: Tx, prev: Head, entries: NewEntry[]): Promise<Head | null> {
  const { chained, head } = chain(prev, entries);
  const { rows } = await sql<{ seq: number }>`WITH head AS (
      UPDATE audit_head SET seq = ${head.seq}, hash = ${head.hash}
      WHERE id = 1 AND seq = ${prev.seq} AND hash = ${prev.hash}
      RETURNING seq)
    INSERT INTO audit_entries (seq, at, actor, action, subject, data, data_hash, prev_hash, hash)
    SELECT e.seq, e.at, e.actor, e.action, e.subject, e.data, e.data_hash, e.prev_hash, e.hash
    FROM jsonb_to_recordset(${JSON.stringify(chained)}::jsonb) AS e(seq bigint, at text,
      actor text, action text, subject text, data jsonb, data_hash text, prev_hash text,
      hash text), head
    RETURNING seq`.execute(tx);
  return rows.length === entries.length ? head : null;
}

/**
 * A write and its audit entry in one statement, outside any transaction (decision 0008): `write`
 * is given the entry, chained on the head this process wrote last, and that head; it must write
 * its rows and the entry together or not at all, move the head only from `prev`, and answer
 * whether it wrote. The rows' hashes come from `jsonb` computed before the write, so `write` must
 * also refuse to store a row that differs from it. Null when nothing was written (the head
 * moved, a row differed, or this process has no head to guess yet): the caller then writes in a
 * transaction.
 */
export async function appendAuditAlone(
  db: Db,
  input: AuditInput & { rows: { table: AuditedTable; id: string; jsonb: unknown }[] },
  write: (entry: ChainedEntry, prev: Head) => Promise<boolean>,
): Promise<number | null> {
  const prev = guessedHead;
  if (!prev) return null;
  const {
    chained: [entry],
    head,
  } = chain(prev, [await newEntry(db, input)]);
  if (!(await write(entry!, prev))) return null;
  guessedHead = head;
  return entry!.seq;
}

/** An entry as a row of audit_entries. */
export type EntryRow = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  data: unknown;
  data_hash: string;
  prev_hash: string;
  hash: string;
};

export function toEntry(r: EntryRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    subject: r.subject,
    data: r.data as Json,
    dataHash: r.data_hash,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Which entries of the log to list, and in which order. */
export interface AuditListOptions {
  /** Entries after this sequence number (paging oldest first). */
  afterSeq?: number;
  /** Entries before this sequence number (paging newest first). */
  beforeSeq?: number;
  subject?: string;
  /** Who: "user:<username>", "public", "system:<name>". */
  actor?: string;
  /** What: an action ("incident.transition"), or a group of them ("incident"). */
  action?: string;
  /** Entries about any of these subjects. */
  subjects?: string[];
  /** Entries written at or after this instant. */
  from?: Date;
  /** Entries written before this instant. */
  to?: Date;
  /** Oldest first (the default) or newest first. */
  order?: "asc" | "desc";
  limit: number;
}

export async function listAudit(db: Db, opts: AuditListOptions): Promise<AuditEntry[]> {
  let q = db
    .selectFrom("audit_entries")
    .selectAll()
    .orderBy("seq", opts.order ?? "asc")
    .limit(opts.limit);
  if (opts.afterSeq !== undefined) q = q.where("seq", ">", opts.afterSeq);
  if (opts.beforeSeq !== undefined) q = q.where("seq", "<", opts.beforeSeq);
  if (opts.subject) q = q.where("subject", "=", opts.subject);
  if (opts.subjects) q = q.where("subject", "in", opts.subjects);
  if (opts.actor) q = q.where("actor", "=", opts.actor);
  if (opts.action) {
    const action = opts.action;
    q = action.includes(".")
      ? q.where("action", "=", action)
      : q.where((w) => w.or([w("action", "=", action), w("action", "like", `${action}.%`)]));
  }
  // `at` is stored as text (ISO 8601 in UTC, as toISOString() writes it), which sorts as time.
  if (opts.from) q = q.where("at", ">=", opts.from.toISOString());
  if (opts.to) q = q.where("at", "<", opts.to.toISOString());
  return ((await q.execute()) as EntryRow[]).map(toEntry);
}

/** An entry as its readers see it: with the subject's reference or username, where it has one. */
export type AuditEntryView = AuditEntry & { subjectLabel: string | null };

/** The kinds of subject that have a name a reader knows them by, and where it is kept. */
const LABELS = {
  incident: { table: "incidents", column: "reference" },
  report: { table: "reports", column: "tracking_id" },
  task: { table: "tasks", column: "reference" },
  user: { table: "users", column: "username" },
} as const;

/**
 * The subject ("incident:<id>", …) a reference, a report's tracking number, a task's reference or
 * a username names; null when none does.
 */
export async function subjectNamed(db: Db, name: string): Promise<string | null> {
  for (const [kind, { table, column }] of Object.entries(LABELS)) {
    const { rows } = await sql<{ id: string }>`SELECT id::text AS id FROM ${sql.table(table)}
      WHERE ${sql.ref(column)} = ${name} LIMIT 1`.execute(db);
    if (rows[0]) return `${kind}:${rows[0].id}`;
  }
  return null;
}

const LABEL_BATCH = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each entry with its subject's name (reference, tracking number, username) where it has one. */
export async function subjectLabels(db: Db, entries: AuditEntry[]): Promise<AuditEntryView[]> {
  const labels = new Map<string, string>();
  for (const [kind, { table, column }] of Object.entries(LABELS)) {
    const ids = [
      ...new Set(
        entries
          .map((e) => e.subject.split(":"))
          .filter(([k, id]) => k === kind && id && UUID.test(id))
          .map(([, id]) => id!),
      ),
    ];
    // In batches: an export of many entries stays under the database's parameter limit.
    for (let start = 0; start < ids.length; start += LABEL_BATCH) {
      const batch = ids.slice(start, start + LABEL_BATCH);
      const { rows } = await sql<{ id: string; label: string }>`SELECT id::text AS id,
        ${sql.ref(column)} AS label FROM ${sql.table(table)} WHERE id IN (${sql.join(batch)})`.execute(
        db,
      );
      for (const r of rows) labels.set(`${kind}:${r.id}`, r.label);
    }
  }
  return entries.map((e) => ({ ...e, subjectLabel: labels.get(e.subject) ?? null }));
}

/**
 * Every entry written in [from, to), as a run of the chain with no gap (from the first such entry
 * to the last, whatever their times), with the entry before it and the head: what an auditor
 * needs to check the run offline (domain/audit-slice.ts). Null when more than `cap` entries.
 */
export async function auditSlice(
  db: Db,
  range: { from?: Date; to?: Date },
  cap: number,
): Promise<Omit<AuditSlice, "exportedAt"> | null> {
  let bounds = db
    .selectFrom("audit_entries")
    .select((eb) => [eb.fn.min("seq").as("first"), eb.fn.max("seq").as("last")]);
  if (range.from) bounds = bounds.where("at", ">=", range.from.toISOString());
  if (range.to) bounds = bounds.where("at", "<", range.to.toISOString());
  const { first, last } = await bounds.executeTakeFirstOrThrow();
  const head = await db
    .selectFrom("audit_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .executeTakeFirstOrThrow();
  const headPoint: ChainPoint = { seq: Number(head.seq), hash: head.hash };
  const described = {
    format: AUDIT_SLICE_FORMAT,
    range: { from: range.from?.toISOString() ?? null, to: range.to?.toISOString() ?? null },
    head: headPoint,
  } as const;
  if (first === null || last === null) {
    return { ...described, before: headPoint, entries: [] };
  }
  const [from, to] = [Number(first), Number(last)];
  if (to - from + 1 > cap) return null;
  const rows = (await db
    .selectFrom("audit_entries")
    .selectAll()
    .where("seq", ">=", from - 1)
    .where("seq", "<=", to)
    .orderBy("seq")
    .execute()) as EntryRow[];
  const entries = rows.map(toEntry);
  const before: ChainPoint =
    entries[0]?.seq === from - 1
      ? { seq: from - 1, hash: entries.shift()!.hash }
      : { seq: 0, hash: GENESIS_HASH };
  return { ...described, before, entries };
}

/**
 * Whether the chain from its first entry up to `seq` still links and hashes, and the hash the
 * entry at `seq` has now (null when there is no such entry): what a signed checkpoint is
 * compared with.
 */
export async function chainUpTo(
  db: Db,
  seq: number,
  pageSize = 2000,
): Promise<{ hash: string | null; problem: { seq: number; reason: string } | null }> {
  let prev: string | undefined;
  let nextSeq = 1;
  while (nextSeq <= seq) {
    const page = (await db
      .selectFrom("audit_entries")
      .selectAll()
      .where("seq", ">=", nextSeq)
      .where("seq", "<=", seq)
      .orderBy("seq")
      .limit(pageSize)
      .execute()) as EntryRow[];
    if (page.length === 0) break;
    const res = verifyChain(page.map(toEntry), prev, nextSeq);
    if (res.break) return { hash: null, problem: { seq: res.break.seq, reason: res.break.reason } };
    prev = res.lastHash;
    nextSeq = res.nextSeq;
  }
  return { hash: nextSeq === seq + 1 ? (prev ?? null) : null, problem: null };
}
