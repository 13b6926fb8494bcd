/**
 * What a backup reads and a restore writes, table by table, without knowing any table: the
 * catalogue says which tables, columns, keys and sequences there are. Rows travel as the
 * database's own `to_jsonb(row)::text` and come back through `jsonb_populate_recordset`, so every
 * value (timestamps, numerics, arrays, bytea) returns exactly as it was on either engine.
 */
import { sql } from "kysely";
import { cursorRows } from "./cursor.js";

export { openSnapshot } from "./cursor.js";
import type { Db, Tx } from "./database.js";

/**
 * The migrations' own record: a restore rebuilds it by running them. Unlogged tables (the rate
 * limits' counters of the last minutes) are not the mission's content either: PostgreSQL empties
 * them after a crash, and a counter must not make two copies of one mission differ.
 */
const NOT_BACKED_UP = new Set(["schema_migrations"]);

/**
 * Every column that names a file of the evidence store by its SHA-256 (the store keeps evidence
 * originals, imported open-data files and printed report products). A test holds this list to
 * the schema: a new `*sha256` column must be added here or to NOT_FILE_COLUMNS.
 */
export const FILE_COLUMNS = [
  { table: "evidence_items", column: "sha256" },
  { table: "data_imports", column: "file_sha256" },
  { table: "report_products", column: "parties_html_sha256" },
  { table: "report_products", column: "parties_pdf_sha256" },
  { table: "report_products", column: "public_html_sha256" },
  { table: "report_products", column: "public_pdf_sha256" },
] as const;
/** `*sha256` columns that hash something not kept in the store (a signed statement's bytes). */
export const NOT_FILE_COLUMNS = [{ table: "product_signatures", column: "sha256" }] as const;

export interface TableShape {
  name: string;
  /** Columns a restore writes: all but generated ones. */
  writable: string[];
  /** The order rows are read in: the primary key (text by byte, the same on every engine). */
  orderBy: string;
}

/** The tables a backup holds, in name order (byte order, the same on every engine). */
export async function backupTables(db: Db | Tx): Promise<TableShape[]> {
  const { rows: cols } = await sql<{ t: string; c: string; generated: boolean }>`
    SELECT c.relname AS t, a.attname AS c, a.attgenerated <> '' AS generated
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relpersistence <> 'u'
    ORDER BY c.relname COLLATE "C", a.attnum`.execute(db);
  const { rows: keys } = await sql<{ t: string; c: string; text: boolean }>`
    SELECT c.relname AS t, a.attname AS c, ty.typcategory = 'S' AS text
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
    JOIN pg_type ty ON ty.oid = a.atttypid
    WHERE i.indisprimary AND n.nspname = current_schema()
    ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)`.execute(db);
  const shapes = new Map<string, TableShape & { key: string[] }>();
  for (const col of cols) {
    if (NOT_BACKED_UP.has(col.t)) continue;
    const shape = shapes.get(col.t) ?? { name: col.t, writable: [], orderBy: "", key: [] };
    if (!col.generated) shape.writable.push(col.c);
    shapes.set(col.t, shape);
  }
  for (const k of keys) {
    shapes.get(k.t)?.key.push(`${quoteIdent(k.c)}${k.text ? ' COLLATE "C"' : ""}`);
  }
  return [...shapes.values()].map(({ key, ...shape }) => ({
    ...shape,
    // A table without a primary key is ordered by its rows' text: slower, as deterministic.
    orderBy: key.length ? key.join(", ") : 'to_jsonb(t)::text COLLATE "C"',
  }));
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A table's rows as the database's JSON text, in key order, read through a cursor in batches. */
export async function* tableRows(tx: Tx, table: TableShape): AsyncGenerator<string> {
  const rows = cursorRows(
    tx,
    sql<{ j: string }>`SELECT to_jsonb(t)::text AS j FROM ${sql.raw(quoteIdent(table.name))} t
      ORDER BY ${sql.raw(table.orderBy)}`,
  );
  for await (const r of rows) yield r.j;
}

/** The migrations applied, in order. */
export async function appliedMigrations(db: Db | Tx): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM schema_migrations
    ORDER BY name COLLATE "C"`.execute(db);
  return rows.map((r) => r.name);
}

/** Every sequence's position (a sequence never handed out a value has isCalled false). */
export async function sequenceValues(
  db: Db | Tx,
): Promise<{ name: string; lastValue: number; isCalled: boolean }[]> {
  const { rows } = await sql<{ name: string; last: number | null; start: number }>`
    SELECT sequencename AS name, last_value AS last, start_value AS start FROM pg_sequences
    WHERE schemaname = current_schema() ORDER BY sequencename COLLATE "C"`.execute(db);
  return rows.map((r) => ({
    name: r.name,
    lastValue: Number(r.last ?? r.start),
    isCalled: r.last !== null,
  }));
}

/** The SHA-256 of every file of the store the rows refer to. */
export async function referencedFiles(db: Db | Tx): Promise<string[]> {
  const selects = FILE_COLUMNS.map(
    (f) =>
      `SELECT ${quoteIdent(f.column)} AS sha FROM ${quoteIdent(f.table)} WHERE ${quoteIdent(f.column)} IS NOT NULL`,
  );
  const { rows } = await sql
    .raw<{ sha: string }>(
      `SELECT DISTINCT sha FROM (${selects.join(" UNION ALL ")}) f ORDER BY sha`,
    )
    .execute(db);
  return rows.map((r) => r.sha);
}

/**
 * Whether the database holds a mission's records: any user, audit entry or report. A database
 * with no schema yet, or only the migrations' own rows, holds none.
 */
export async function holdsRecords(db: Db | Tx): Promise<boolean> {
  const { rows } = await sql<{
    t: string | null;
  }>`SELECT to_regclass('audit_entries')::text AS t`.execute(db);
  if (!rows[0]?.t) return false;
  const { rows: found } = await sql<{ any: boolean }>`SELECT
    EXISTS (SELECT 1 FROM audit_entries) OR EXISTS (SELECT 1 FROM users)
      OR EXISTS (SELECT 1 FROM reports) AS any`.execute(db);
  return found[0]?.any === true;
}

/** The foreign keys of the schema, to drop while rows load in any order and add back after. */
export async function dropForeignKeys(
  tx: Tx,
): Promise<{ table: string; name: string; definition: string }[]> {
  const { rows } = await sql<{ table: string; name: string; definition: string }>`
    SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema()
    ORDER BY c.relname, k.conname`.execute(tx);
  for (const fk of rows) {
    await sql
      .raw(`ALTER TABLE ${quoteIdent(fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`)
      .execute(tx);
  }
  return rows;
}

/** Adds the foreign keys back; each is checked against the rows loaded. */
export async function addForeignKeys(
  tx: Tx,
  keys: { table: string; name: string; definition: string }[],
): Promise<void> {
  for (const fk of keys) {
    await sql
      .raw(
        `ALTER TABLE ${quoteIdent(fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.definition}`,
      )
      .execute(tx);
  }
}

/**
 * Empties the tables (the rows the migrations wrote, or a database being overwritten) with their
 * triggers off, and leaves the triggers off while the rows load: the append-only and bookkeeping
 * triggers are for the application's writes, not for putting back rows they already allowed.
 */
export async function emptyTablesForLoad(tx: Tx, tables: string[]): Promise<void> {
  for (const t of tables)
    await sql.raw(`ALTER TABLE ${quoteIdent(t)} DISABLE TRIGGER USER`).execute(tx);
  if (tables.length) await sql.raw(`TRUNCATE ${tables.map(quoteIdent).join(", ")}`).execute(tx);
}

export async function enableTriggers(tx: Tx, tables: string[]): Promise<void> {
  for (const t of tables)
    await sql.raw(`ALTER TABLE ${quoteIdent(t)} ENABLE TRIGGER USER`).execute(tx);
}

/** Writes rows given as the database's JSON text, exactly as they were (identities included). */
export async function insertRowTexts(tx: Tx, table: TableShape, texts: string[]): Promise<void> {
  if (texts.length === 0) return;
  const cols = table.writable.map(quoteIdent).join(", ");
  const name = quoteIdent(table.name);
  await sql`${sql.raw(`INSERT INTO ${name} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols}
    FROM jsonb_populate_recordset(NULL::${name}, `)}${`[${texts.join(",")}]`}::jsonb)`.execute(tx);
}

export async function setSequence(
  tx: Tx,
  s: { name: string; lastValue: number; isCalled: boolean },
): Promise<void> {
  await sql`SELECT setval(${quoteIdent(s.name)}::regclass, ${s.lastValue}, ${s.isCalled})`.execute(
    tx,
  );
}
