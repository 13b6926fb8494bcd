/** The PostgreSQL pool outlives broken connections and cancels runaway statements. */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./database.js";

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("the PostgreSQL pool", () => {
  it("keeps answering after its connections are terminated (a restart, an operator's kill)", async () => {
    const app = `cfm-test-${randomBytes(4).toString("hex")}`;
    const errors: Error[] = [];
    const database = await openDatabase({
      engine: "postgres",
      url: url!,
      poolSize: 3,
      applicationName: app,
      onConnectionError: (err) => errors.push(err),
    });
    try {
      // Three connections open and idle in the pool.
      await Promise.all([1, 2, 3].map(() => sql`SELECT pg_sleep(0.05)`.execute(database.db)));
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
        [app],
      );
      await admin.end();
      expect(killed.rowCount).toBe(3);
      await waitFor(() => errors.length === 3);
      const res = await sql<{ n: number }>`SELECT 1 AS n`.execute(database.db);
      expect(res.rows[0]?.n).toBe(1);
    } finally {
      await database.close();
    }
  });

  it("cancels a statement that runs longer than the timeout", async () => {
    const database = await openDatabase({ engine: "postgres", url: url!, statementTimeoutMs: 200 });
    try {
      await expect(sql`SELECT pg_sleep(2)`.execute(database.db)).rejects.toMatchObject({
        code: "57014",
      });
      expect((await sql<{ n: number }>`SELECT 2 AS n`.execute(database.db)).rows[0]?.n).toBe(2);
    } finally {
      await database.close();
    }
  });
});

async function waitFor(done: () => boolean) {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
}
