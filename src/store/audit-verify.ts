/**
 * Verifying the audit log in bounded memory (issue 15, decision 0026), in one snapshot: the
 * chain is read through a cursor in batches; the rows are checked by merging two ordered
 * streams — the hash each row's last entry recorded (the database picks it) and the rows
 * themselves — so memory holds a batch, not the log or the tables.
 *
 * From the start, every entry and every audited row is checked. From the checkpoint (where the
 * last successful run ended, `audit_verified`), the checkpoint's own entry is checked unchanged,
 * then the entries after it, and the rows those entries recorded.
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
  type ChainField,
} from "../domain/audit-chain.js";
import { PRIMARY_KEY, toEntry, type EntryRow } from "./audit-repo.js";
import { cursorRows, openSnapshot } from "./cursor.js";
import type { Db, Tx } from "./database.js";
import { AUDITED_TABLES, type AuditedTable } from "./schema.js";

/**
 * Where verification found the log broken: an entry's field (its place in the sequence, its link,
 * its details, its own hash), the head (entries removed at the end), or an audited row that no
 * longer matches the entry that recorded it (`row` names it).
 */
type AuditProblemField = ChainField | "head" | "row";

interface AuditProblem {
  /** The first audit entry that no longer holds. */
  seq: number | null;
  field: AuditProblemField;
  /** The audited row, for a problem with a row. */
  row: { table: string; id: string } | null;
  reason: string;
}

export interface VerifyResult {
  ok: boolean;
  /** Entries checked by this run. */
  entries: number;
  rowsChecked: number;
  problem: AuditProblem | null;
  /** The first entry this run checked (1 from the start; after the checkpoint otherwise). */
  fromSeq: number;
  /** The newest entry, as the snapshot saw it. */
  headSeq: number;
  /** Whether this run checked the whole chain and every audited row. */
  full: boolean;
}

export interface VerifyOptions {
  /** "start" (the default): the whole chain and every row; "checkpoint": from the last run's end. */
  from?: "start" | "checkpoint";
  /** After a successful run, record where it ended, for the next run from the checkpoint. */
  record?: boolean;
  /** Entries per batch read. */
  batch?: number;
}

/** Verifies the log; inside the caller's transaction when given one, else in a snapshot. */
export async function verifyAudit(db: Db | Tx, opts: VerifyOptions = {}): Promise<VerifyResult> {
  let result: VerifyResult;
  let head: { seq: number; hash: string } | null;
  if (db.isTransaction) [result, head] = await verifyIn(db as Tx, opts);
  else {
    const snap = await openSnapshot(db as Db);
    try {
      [result, head] = await verifyIn(snap.tx, opts);
    } finally {
      await snap.end();
    }
  }
  if (result.ok && opts.record && head) await recordVerified(db, head, result.full);
  return result;
}

async function verifyIn(
  tx: Tx,
  opts: VerifyOptions,
): Promise<[VerifyResult, { seq: number; hash: string } | null]> {
  const full = (opts.from ?? "start") === "start";
  let fromSeq = 1;
  let prev = GENESIS_HASH;
  const base = { entries: 0, rowsChecked: 0, fromSeq, headSeq: 0, full };
  const fail = (seq: number | null, field: AuditProblemField, reason: string) =>
    [{ ...base, ok: false, problem: { seq, field, row: null, reason } }, null] as [
      VerifyResult,
      null,
    ];
  if (!full) {
    const cp = await tx.selectFrom("audit_verified").select(["seq", "hash"]).executeTakeFirst();
    if (cp && Number(cp.seq) > 0) {
      const seq = Number(cp.seq);
      const row = (await tx
        .selectFrom("audit_entries")
        .selectAll()
        .where("seq", "=", seq)
        .executeTakeFirst()) as EntryRow | undefined;
      const entry = row && toEntry(row);
      if (!entry || !entryHolds(entry) || entry.hash !== cp.hash)
        return fail(
          seq,
          "hash",
          `entry ${seq}, where the last verification ended, has changed or gone since: run cfm audit verify --full`,
        );
      fromSeq = seq + 1;
      prev = cp.hash;
    }
  }
  base.fromSeq = fromSeq;
  let nextSeq = fromSeq;
  const batchSize = opts.batch ?? 2_000;
  let batch: AuditEntry[] = [];
  const check = () => {
    const res = verifyChain(batch, prev, nextSeq);
    base.entries += batch.length;
    batch = [];
    prev = res.lastHash;
    nextSeq = res.nextSeq;
    return res.break;
  };
  const entries = cursorRows(
    tx,
    sql<EntryRow>`SELECT * FROM audit_entries WHERE seq >= ${fromSeq} ORDER BY seq`,
    batchSize,
  );
  for await (const row of entries) {
    batch.push(toEntry(row));
    if (batch.length >= batchSize) {
      const broken = check();
      if (broken) return fail(broken.seq, broken.field, broken.reason);
    }
  }
  const broken = check();
  if (broken) return fail(broken.seq, broken.field, broken.reason);

  const head = await tx.selectFrom("audit_head").select(["seq", "hash"]).executeTakeFirst();
  const lastSeq = nextSeq - 1;
  base.headSeq = lastSeq;
  if (!head || Number(head.seq) !== lastSeq || head.hash !== prev) {
    return fail(
      nextSeq,
      "head",
      `the chain ends at entry ${lastSeq} but its head says ${head?.seq}: entries were removed`,
    );
  }
  const rows = full ? await checkEveryRow(tx) : await checkRowsRecordedFrom(tx, fromSeq);
  return [
    { ...base, ok: rows.problem === null, rowsChecked: rows.checked, problem: rows.problem },
    { seq: lastSeq, hash: prev },
  ];
}

function entryHolds(e: AuditEntry): boolean {
  return hashData(e.data) === e.dataHash && hashEntry(e) === e.hash;
}

async function recordVerified(db: Db | Tx, head: { seq: number; hash: string }, full: boolean) {
  const now = new Date();
  await db
    .insertInto("audit_verified")
    .values({ id: 1, seq: head.seq, hash: head.hash, verified_at: now, full_at: full ? now : null })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet((eb) => ({
        seq: eb.ref("excluded.seq"),
        hash: eb.ref("excluded.hash"),
        verified_at: eb.ref("excluded.verified_at"),
        full_at: full ? eb.ref("excluded.full_at") : eb.ref("audit_verified.full_at"),
      })),
    )
    .execute();
}

type Recorded = { t: string; id: string; seq: number; h: string };

/** The hash each row's last entry (from `fromSeq` on) recorded, ordered by table and id (bytes). */
function recordedRows(tx: Tx, fromSeq: number) {
  return cursorRows(
    tx,
    sql<Recorded>`SELECT DISTINCT ON ((r->>'table') COLLATE "C", (r->>'id') COLLATE "C")
        r->>'table' AS t, r->>'id' AS id, e.seq, r->>'rowHash' AS h
      FROM audit_entries e, jsonb_array_elements(e.data->'rows') r
      WHERE e.seq >= ${fromSeq}
      ORDER BY (r->>'table') COLLATE "C", (r->>'id') COLLATE "C", e.seq DESC`,
  );
}

/** A problem list that keeps the first one: the lowest entry, a row without an entry last. */
class Problems {
  problem: AuditProblem | null = null;
  checked = 0;
  note(p: AuditProblem) {
    if (!this.problem || (p.seq ?? Infinity) < (this.problem.seq ?? Infinity)) this.problem = p;
  }
  deleted(r: Recorded) {
    this.note({
      seq: r.seq,
      field: "row",
      row: { table: r.t, id: r.id },
      reason: `row ${r.t}:${r.id} recorded by entry ${r.seq} was deleted`,
    });
  }
  compare(table: string, id: string, jsonb: unknown, rec: Recorded | undefined) {
    this.checked += 1;
    const key = `${table}:${id}`;
    const row = { table, id };
    if (!rec) {
      this.note({
        seq: null,
        field: "row",
        row,
        reason: `row ${key} has no audit entry: it was written outside the application`,
      });
    } else if (sha256Hex(canonicalJson(jsonb)) !== rec.h) {
      this.note({
        seq: rec.seq,
        field: "row",
        row,
        reason: `row ${key} was changed after audit entry ${rec.seq} recorded it`,
      });
    }
  }
}

const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** An async iterator one can look ahead in. */
class Ahead<T> {
  private current: IteratorResult<T> | null = null;
  constructor(private readonly it: AsyncIterator<T>) {}
  async peek(): Promise<T | undefined> {
    this.current ??= await this.it.next();
    return this.current.done ? undefined : this.current.value;
  }
  async take(): Promise<void> {
    await this.peek();
    this.current = null;
  }
}

/** Every audited row against its last recorded hash; every recorded row still there. */
async function checkEveryRow(tx: Tx): Promise<Problems> {
  const out = new Problems();
  const rec = new Ahead(recordedRows(tx, 1));
  const tables = [...AUDITED_TABLES].sort(bytes);
  for (const table of tables) {
    for (let r = await rec.peek(); r && bytes(r.t, table) < 0; r = await rec.peek()) {
      out.deleted(r);
      await rec.take();
    }
    const key = sql.ref(`t.${PRIMARY_KEY[table]}`);
    const rows = cursorRows(
      tx,
      sql<{ id: string; j: unknown }>`SELECT ${key}::text AS id, to_jsonb(t) AS j
        FROM ${sql.table(table)} t ORDER BY (${key}::text) COLLATE "C"`,
    );
    for await (const row of rows) {
      let r = await rec.peek();
      while (r && r.t === table && bytes(r.id, row.id) < 0) {
        out.deleted(r);
        await rec.take();
        r = await rec.peek();
      }
      const match = r && r.t === table && r.id === row.id ? r : undefined;
      out.compare(table, row.id, row.j, match);
      if (match) await rec.take();
    }
    for (let r = await rec.peek(); r && r.t === table; r = await rec.peek()) {
      out.deleted(r);
      await rec.take();
    }
  }
  for (let r = await rec.peek(); r; r = await rec.peek()) {
    out.deleted(r);
    await rec.take();
  }
  return out;
}

const LOOKUP_BATCH = 1_000;

/** The rows the entries from `fromSeq` on recorded, against the rows as they are. */
async function checkRowsRecordedFrom(tx: Tx, fromSeq: number): Promise<Problems> {
  const out = new Problems();
  let group: Recorded[] = [];
  const flush = async () => {
    if (!group.length) return;
    const table = group[0]!.t;
    if (!(AUDITED_TABLES as readonly string[]).includes(table)) {
      for (const r of group) out.deleted(r);
    } else {
      const pk = PRIMARY_KEY[table as AuditedTable];
      const { rows } = await sql<{
        id: string;
        j: unknown;
      }>`SELECT ${sql.ref(`t.${pk}`)}::text AS id,
        to_jsonb(t) AS j FROM ${sql.table(table)} t
        WHERE ${sql.ref(`t.${pk}`)} IN (SELECT ${sql.ref(pk)} FROM jsonb_populate_recordset(
          NULL::${sql.table(table)}, ${JSON.stringify(group.map((r) => ({ [pk]: r.id })))}::jsonb))`.execute(
        tx,
      );
      const found = new Map(rows.map((r) => [r.id, r.j]));
      for (const r of group) {
        if (!found.has(r.id)) out.deleted(r);
        else out.compare(table, r.id, found.get(r.id), r);
      }
    }
    group = [];
  };
  for await (const r of recordedRows(tx, fromSeq)) {
    if (group.length && (group[0]!.t !== r.t || group.length >= LOOKUP_BATCH)) await flush();
    group.push(r);
  }
  await flush();
  return out;
}
