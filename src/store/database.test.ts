/**
 * The PostgreSQL pool outlives broken connections, cancels runaway statements, and waits at
 * opening for a database that is not reachable yet.
 */
import { randomBytes } from "node:crypto";
import { createServer, connect, type AddressInfo, type Server } from "node:net";
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
      expect(await terminate(app)).toBe(3);
      await waitFor(() => errors.length === 3);
      const res = await sql<{ n: number }>`SELECT 1 AS n`.execute(database.db);
      expect(res.rows[0]?.n).toBe(1);
    } finally {
      await database.close();
    }
  });

  it("outlives a connection terminated in the middle of a transaction", async () => {
    const app = `cfm-test-${randomBytes(4).toString("hex")}`;
    const errors: Error[] = [];
    const database = await openDatabase({
      engine: "postgres",
      url: url!,
      poolSize: 2,
      applicationName: app,
      onConnectionError: (err) => errors.push(err),
    });
    try {
      // Checked out by the transaction, between two statements, when its backend is terminated:
      // the pool has no listener on it then (the server under load died of exactly this).
      const cut = database.db.transaction().execute(async (tx) => {
        await sql`SELECT 1`.execute(tx);
        await terminate(app);
        await waitFor(() => errors.length === 1);
        await sql`SELECT 2`.execute(tx);
      });
      await expect(cut).rejects.toThrow();
      expect(errors[0]?.message).toMatch(/terminating connection/);
      const res = await sql<{ n: number }>`SELECT 3 AS n`.execute(database.db);
      expect(res.rows[0]?.n).toBe(3);
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

/** Terminates the backends of the connections named `app`; answers how many. */
async function terminate(app: string): Promise<number | null> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const killed = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
      [app],
    );
    return killed.rowCount;
  } finally {
    await admin.end();
  }
}

describe("opening a PostgreSQL database that is not reachable yet", () => {
  it("tries again with growing pauses, then gives up with the connection's own error", async () => {
    // A port nothing listens on: taken, then closed.
    const port = await freePort();
    const waits: number[] = [];
    const started = Date.now();
    await expect(
      openDatabase({
        engine: "postgres",
        url: `postgres://nobody@127.0.0.1:${port}/none`,
        startTimeoutMs: 1_200,
        onWaiting: (_err, retryInMs) => waits.push(retryInMs),
      }),
    ).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(waits.slice(0, 3)).toEqual([250, 500, 1000].slice(0, waits.length));
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });

  it.skipIf(!url)("opens once the database starts answering", async () => {
    const target = new URL(url!);
    const port = await freePort();
    let proxy: Server | null = null;
    // The "database" comes up after a second: a forwarder to the real server on a new port.
    const later = setTimeout(() => {
      proxy = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        client.pipe(upstream).pipe(client);
        client.on("error", () => upstream.destroy());
        upstream.on("error", () => client.destroy());
      }).listen(port, "127.0.0.1");
    }, 1_000);
    const waits: number[] = [];
    const via = new URL(url!);
    via.hostname = "127.0.0.1";
    via.port = String(port);
    try {
      const database = await openDatabase({
        engine: "postgres",
        url: via.toString(),
        poolSize: 1,
        startTimeoutMs: 10_000,
        onWaiting: (_err, retryInMs) => waits.push(retryInMs),
      });
      try {
        expect(waits.length).toBeGreaterThanOrEqual(1);
        expect((await sql<{ n: number }>`SELECT 3 AS n`.execute(database.db)).rows[0]?.n).toBe(3);
      } finally {
        await database.close();
      }
    } finally {
      clearTimeout(later);
      await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(null)));
    }
  });

  it.skipIf(!url)(
    "fails at once on what waiting cannot mend (a database that does not exist)",
    async () => {
      const missing = new URL(url!);
      missing.pathname = `/cfm_missing_${randomBytes(4).toString("hex")}`;
      const waits: number[] = [];
      await expect(
        openDatabase({
          engine: "postgres",
          url: missing.toString(),
          startTimeoutMs: 10_000,
          onWaiting: (_err, ms) => waits.push(ms),
        }),
      ).rejects.toMatchObject({ code: "3D000" });
      expect(waits).toEqual([]);
    },
  );
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor(done: () => boolean) {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
}
