/**
 * Plain SQL migrations with timestamped names, applied in name order, each in its own
 * transaction and recorded in schema_migrations.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql, type Kysely } from "kysely";
import type { DB } from "./schema.js";

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{8}T\d{6}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), "utf8") }));
}

export async function migrate(db: Kysely<DB>, dir = MIGRATIONS_DIR): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    const ran = await db.transaction().execute(async (tx) => {
      // Two servers starting together on one PostgreSQL must not apply a migration twice.
      await sql`SELECT pg_advisory_xact_lock(7261906)`.execute(tx);
      const done = await tx
        .selectFrom("schema_migrations")
        .select("name")
        .where("name", "=", m.name)
        .executeTakeFirst();
      if (done) return false;
      await sql.raw(m.sql).execute(tx);
      await tx.insertInto("schema_migrations").values({ name: m.name }).execute();
      return true;
    });
    if (ran) applied.push(m.name);
  }
  return applied;
}
