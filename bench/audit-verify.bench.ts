/**
 * `cfm audit verify` over a long chain: entries per second and the process's peak memory while
 * verifying, at a tenth of the entries and at all of them (memory should not grow with the
 * length), against a plain `SELECT count(*)` over the same table in the same run; and a run from
 * the checkpoint after a thousand more entries.
 *
 * Entries are made here with the domain's own hash function (a valid chain) and inserted with SQL
 * in batches; each names no audited row, so the figures are the chain's (the row check reads the
 * tables, whose size is another benchmark's matter). BENCH_AUDIT_ENTRIES sizes the run (default
 * 200000; 1000000 for the million, 10000000 on PostgreSQL for its ten million). PGlite
 * always (up to BENCH_AUDIT_PGLITE_MAX entries, default 1000000); PostgreSQL too when
 * BENCH_DATABASE_URL is set.
 */
import { sql } from "kysely";
import { GENESIS_HASH, hashData, hashEntry } from "../src/domain/audit-chain.js";
import { verifyAudit } from "../src/services/audit.js";
import type { Db } from "../src/services/deps.js";
import type { Engine } from "../src/store/database.js";
import { absolute, relativeTo, type ResultRow } from "./report.js";
import { openScratch, positiveInt } from "./scratch.js";

const ENTRIES = positiveInt("BENCH_AUDIT_ENTRIES", 200_000);
const PGLITE_MAX = positiveInt("BENCH_AUDIT_PGLITE_MAX", 1_000_000);
const BATCH = 5_000;

export async function run(): Promise<ResultRow[]> {
  const rows = await measure("pglite", Math.min(ENTRIES, PGLITE_MAX));
  if (process.env.BENCH_DATABASE_URL) rows.push(...(await measure("postgres", ENTRIES)));
  return rows;
}

async function measure(engine: Engine, total: number): Promise<ResultRow[]> {
  const scratch = await openScratch(engine, { prefix: "audit" });
  const db = scratch.deps.db;
  try {
    if (engine === "pglite") await sql`ALTER SYSTEM SET max_wal_size = '64MB'`.execute(db);
    const chain = new ChainMaker(await head(db));
    const tenth = Math.max(1, Math.floor(total / 10));
    await chain.insert(db, tenth - chain.seq);
    const small = await measureAt(db, engine);
    const t0 = performance.now();
    await chain.insert(db, total - chain.seq);
    console.error(
      `   ${engine}: ${total} entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const large = await measureAt(db, engine);
    // From the checkpoint the full run recorded, after a thousand more entries.
    await chain.insert(db, 1_000);
    const incremental = await timed(() => verifyAudit(db, { from: "checkpoint", record: true }));
    if (!incremental.result.ok || incremental.result.entries !== 1_000)
      throw new Error(
        `the run from the checkpoint did not hold: ${JSON.stringify(incremental.result)}`,
      );
    const n = (x: number) => `${x.toLocaleString("en")} entries`;
    const at = (x: number) => `${engine}, ${n(x)}`;
    return [
      ...relativeTo({ figure: `count(*), ${at(total)}`, value: large.count, unit: "ms" }, [
        { figure: `verify --full, ${at(total)}`, value: large.verify.ms, unit: "ms" },
        {
          figure: `verify from the checkpoint, 1,000 new of ${n(total)} (${engine})`,
          value: incremental.ms,
          unit: "ms",
        },
      ]),
      ...relativeTo(
        {
          figure: `peak RSS growth while verifying, ${at(small.entries)}`,
          value: small.rss,
          unit: "MB",
        },
        [
          {
            figure: `peak RSS growth while verifying, ${at(total)}`,
            value: large.rss,
            // Memory independent of length: a ratio near 1 for a chain ten times longer.
            unit: "MB",
          },
        ],
      ),
      ...absolute([
        {
          figure: `verify --full throughput, ${at(total)}`,
          value: (large.entries / large.verify.ms) * 1000,
          unit: "entries/s",
        },
        { figure: `peak RSS while verifying, ${at(total)}`, value: large.peakRss, unit: "MB" },
      ]),
    ];
  } finally {
    await scratch.close();
  }
}

async function measureAt(db: Db, engine: Engine) {
  const count = await timed(async () => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_entries`.execute(
      db,
    );
    return rows[0]!.n;
  });
  global.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const verify = await timed(() => verifyAudit(db, { record: true }));
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  if (!verify.result.ok)
    throw new Error(`the chain did not verify: ${verify.result.problem?.reason}`);
  const mb = (b: number) => b / 1024 / 1024;
  console.error(
    `   ${engine}: ${count.result} entries: count ${count.ms.toFixed(0)} ms, verify ${verify.ms.toFixed(0)} ms, RSS +${mb(peak - before).toFixed(0)} MB`,
  );
  return {
    entries: count.result,
    count: count.ms,
    verify,
    rss: mb(peak - before),
    peakRss: mb(peak),
  };
}

async function head(db: Db): Promise<{ seq: number; hash: string }> {
  const h = await db.selectFrom("audit_head").select(["seq", "hash"]).executeTakeFirst();
  return h ? { seq: Number(h.seq), hash: h.hash } : { seq: 0, hash: GENESIS_HASH };
}

/** Makes valid entries after the head and inserts them with SQL, a batch per statement. */
class ChainMaker {
  seq: number;
  private hash: string;
  constructor(start: { seq: number; hash: string }) {
    this.seq = start.seq;
    this.hash = start.hash || GENESIS_HASH;
  }

  async insert(db: Db, count: number): Promise<void> {
    for (let done = 0; done < count; done += BATCH) {
      const batch: Record<string, unknown>[] = [];
      for (let i = 0; i < Math.min(BATCH, count - done); i++) {
        const seq = this.seq + 1;
        const data = { details: { bench: seq }, rows: [] };
        const fields = {
          seq,
          at: new Date(Date.UTC(2020, 0, 1) + seq * 1000).toISOString(),
          actor: "system:bench",
          action: "bench.entry",
          subject: `bench:${seq % 1000}`,
          dataHash: hashData(data),
          prevHash: this.hash,
        };
        const hash = hashEntry(fields);
        batch.push({
          ...fields,
          data,
          data_hash: fields.dataHash,
          prev_hash: fields.prevHash,
          hash,
        });
        this.seq = seq;
        this.hash = hash;
      }
      await db.transaction().execute(async (tx) => {
        await sql`INSERT INTO audit_entries (seq, at, actor, action, subject, data, data_hash, prev_hash, hash)
          SELECT e.seq, e.at, e.actor, e.action, e.subject, e.data, e.data_hash, e.prev_hash, e.hash
          FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS e(seq bigint, at text,
            actor text, action text, subject text, data jsonb, data_hash text, prev_hash text,
            hash text)`.execute(tx);
        await sql`UPDATE audit_head SET seq = ${this.seq}, hash = ${this.hash} WHERE id = 1`.execute(
          tx,
        );
      });
    }
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}
