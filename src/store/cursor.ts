/**
 * Reading a query's rows in batches through a server-side cursor, inside the caller's
 * transaction: memory holds one batch, however many rows the query gives.
 */
import { sql, type RawBuilder } from "kysely";
import type { Db, Tx } from "./database.js";

let opened = 0;

export async function* cursorRows<R>(
  tx: Tx,
  query: RawBuilder<R>,
  batch = 2_000,
): AsyncGenerator<R> {
  const name = sql.raw(`cfm_cursor_${++opened}`);
  await sql`DECLARE ${name} NO SCROLL CURSOR FOR ${query}`.execute(tx);
  try {
    for (;;) {
      const { rows } = await sql<R>`FETCH FORWARD ${sql.raw(String(batch))} FROM ${name}`.execute(
        tx,
      );
      yield* rows;
      if (rows.length < batch) break;
    }
  } finally {
    await sql`CLOSE ${name}`.execute(tx);
  }
}
/**
 * Opens one REPEATABLE READ READ ONLY transaction: everything read through it is the database as
 * of one instant, while writers carry on. `end` closes it (it wrote nothing).
 */
export async function openSnapshot(db: Db): Promise<{ tx: Tx; end(): Promise<void> }> {
  const tx = await db
    .startTransaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute();
  // The snapshot is taken at its first statement, not at BEGIN.
  await sql`SELECT 1`.execute(tx);
  return { tx, end: () => tx.rollback().execute() };
}
