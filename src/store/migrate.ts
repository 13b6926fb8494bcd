/**
 * Plain SQL migrations with timestamped names, applied in name order, each in its own
 * transaction and recorded in schema_migrations.
 *
 * A migration that changes the columns of an audited table changes the hash of every row in it
 * (decision 0001). Its first line then names those tables — `-- cfm:rehash reports, incidents` —
 * and the runner re-records, in one `migration.rehash` audit entry in the same transaction, the
 * rows that were intact before the migration. A row that had already been altered outside the
 * application is not re-recorded, so `cfm audit verify` keeps reporting it.
 *
 * A migration that makes a table audited names it on its first line — `-- cfm:adopt places` —
 * and the runner records every row the table holds after the migration, in one
 * `migration.adopt` entry: before it, the application kept no hash of them to check against.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql, type Kysely } from "kysely";
import { canonicalJson, sha256Hex } from "../domain/audit-chain.js";
import { appendAudit, PRIMARY_KEY } from "./audit-repo.js";
import { AUDITED_TABLES, type AuditedTable, type DB } from "./schema.js";

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{8}T\d{6}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), "utf8") }));
}

/** Migrations in `dir` not yet applied to the database (all of them on an empty database). */
export async function pendingMigrations(db: Kysely<DB>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const names = listMigrations(dir).map((m) => m.name);
  const table = await sql<{
    t: string | null;
  }>`SELECT to_regclass('schema_migrations')::text AS t`.execute(db);
  if (!table.rows[0]?.t) return names;
  const done = new Set(
    (await db.selectFrom("schema_migrations").select("name").execute()).map((r) => r.name),
  );
  return names.filter((n) => !done.has(n));
}

/**
 * Applies the pending migrations in name order; with `only`, just those of them it names (a
 * restore rebuilds the schema a backup was taken with, then applies the rest).
 */
export async function migrate(
  db: Kysely<DB>,
  dir = MIGRATIONS_DIR,
  only?: readonly string[],
): Promise<string[]> {
  const wanted = only ? new Set(only) : null;
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    if (wanted && !wanted.has(m.name)) continue;
    const ran = await db.transaction().execute(async (tx) => {
      // A migration over a large database may take minutes (e.g. 20261210T010000_search_text
      // over a million rows): the server's statement timeout is for requests, not for it.
      await sql`SET LOCAL statement_timeout = 0`.execute(tx);
      // Two servers starting together on one PostgreSQL must not apply a migration twice.
      await sql`SELECT pg_advisory_xact_lock(7261906)`.execute(tx);
      const done = await tx
        .selectFrom("schema_migrations")
        .select("name")
        .where("name", "=", m.name)
        .executeTakeFirst();
      if (done) return false;
      const rehash = rehashTables(m);
      const intact = rehash.length ? await intactRows(tx, rehash) : [];
      await sql.raw(m.sql).execute(tx);
      const adopt = adoptTables(m);
      const rows = adopt.length ? await currentRows(tx, adopt) : [];
      if (rows.length) {
        await appendAudit(tx, {
          actor: { kind: "system", name: "migrate" },
          action: "migration.adopt",
          subject: `migration:${m.name}`,
          at: new Date(),
          rows,
          details: { migration: m.name, tables: adopt, rows: rows.length },
        });
      }
      if (intact.length) {
        const rows = await currentRows(
          tx,
          rehash,
          new Set(intact.map((r) => `${r.table}:${r.id}`)),
        );
        await appendAudit(tx, {
          actor: { kind: "system", name: "migrate" },
          action: "migration.rehash",
          subject: `migration:${m.name}`,
          at: new Date(),
          rows,
          details: { migration: m.name, tables: rehash, rows: rows.length },
        });
      }
      await tx.insertInto("schema_migrations").values({ name: m.name }).execute();
      return true;
    });
    if (ran) applied.push(m.name);
  }
  return applied;
}

/** The audited tables a migration's `-- cfm:rehash a, b` first line names. */
export function rehashTables(m: { name: string; sql: string }): AuditedTable[] {
  return directiveTables(m, "rehash");
}

/** The tables a migration's `-- cfm:adopt a, b` first line makes audited. */
export function adoptTables(m: { name: string; sql: string }): AuditedTable[] {
  return directiveTables(m, "adopt");
}

function directiveTables(m: { name: string; sql: string }, verb: string): AuditedTable[] {
  const first = m.sql.split("\n", 1)[0] ?? "";
  const match = new RegExp(`^--\\s*cfm:${verb}\\s+(.+)$`).exec(first.trim());
  if (!match) return [];
  const names = match[1]!.split(",").map((t) => t.trim());
  for (const t of names) {
    if (!(AUDITED_TABLES as readonly string[]).includes(t))
      throw new Error(`migration ${m.name}: "${t}" in cfm:${verb} is not an audited table`);
  }
  return names as AuditedTable[];
}

/** Rows of these tables whose current hash is the one their last audit entry recorded. */
async function intactRows(
  tx: Kysely<DB>,
  tables: AuditedTable[],
): Promise<{ table: AuditedTable; id: string }[]> {
  const { rows: recorded } = await sql<{ t: string; id: string; h: string }>`
    SELECT DISTINCT ON (r->>'table', r->>'id') r->>'table' AS t, r->>'id' AS id, r->>'rowHash' AS h
    FROM audit_entries e, jsonb_array_elements(e.data->'rows') r
    WHERE r->>'table' = ANY(${tables}::text[])
    ORDER BY r->>'table', r->>'id', e.seq DESC`.execute(tx);
  const last = new Map(recorded.map((r) => [`${r.t}:${r.id}`, r.h]));
  const rows = await currentRows(tx, tables);
  return rows.filter((r) => last.get(`${r.table}:${r.id}`) === sha256Hex(canonicalJson(r.jsonb)));
}

/** Every row of these tables (or only the wanted ones) as to_jsonb() gives it. */
async function currentRows(
  tx: Kysely<DB>,
  tables: AuditedTable[],
  wanted?: Set<string>,
): Promise<{ table: AuditedTable; id: string; jsonb: unknown }[]> {
  const out: { table: AuditedTable; id: string; jsonb: unknown }[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ id: string; j: unknown }>`SELECT
      ${sql.ref(`t.${PRIMARY_KEY[table]}`)}::text AS id, to_jsonb(t) AS j
      FROM ${sql.table(table)} t`.execute(tx);
    for (const row of rows) {
      if (!wanted || wanted.has(`${table}:${row.id}`))
        out.push({ table, id: row.id, jsonb: row.j });
    }
  }
  return out;
}
