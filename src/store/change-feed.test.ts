/**
 * The notices several servers on one PostgreSQL use to forget what another changed (decision
 * 0025), on a real server: PostgreSQL only (TEST_DATABASE_URL); PGlite serves one process.
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announceChange, listenForChanges, type ChangeListener } from "./change-feed.js";
import { openDatabase, type Database } from "./database.js";

const ADMIN_URL = process.env.TEST_DATABASE_URL;

async function admin(query: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!ADMIN_URL)("the change feed on PostgreSQL", () => {
  const name = `cfm_feed_${randomBytes(6).toString("hex")}`;
  let url: string;
  let database: Database;
  let listener: ChangeListener;
  const heard: string[] = [];

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const u = new URL(ADMIN_URL!);
    u.pathname = `/${name}`;
    url = u.toString();
    database = await openDatabase({ engine: "postgres", url });
    listener = listenForChanges({
      url,
      applicationName: "cfm feed test",
      onChange: (topic) => heard.push(topic),
    });
    await listener.ready;
  });

  afterAll(async () => {
    await listener?.close();
    await database?.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("hears a change when its transaction commits, and not when it rolls back", async () => {
    heard.length = 0;
    await database.db
      .transaction()
      .execute(async (tx) => {
        await announceChange(tx, "mission");
        throw new Error("roll back");
      })
      .catch(() => {});
    await database.db.transaction().execute((tx) => announceChange(tx, "sessions"));
    await until(() => heard.length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toEqual(["sessions"]);
  });

  it("reconnects after its connection is cut, says everything may have changed, and hears on", async () => {
    heard.length = 0;
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE application_name = 'cfm feed test'`.execute(database.db);
    await until(() => heard.includes("all"));
    await announceChange(database.db, "read_only");
    await until(() => heard.includes("read_only"));
  });
});
