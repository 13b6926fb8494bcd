/**
 * A full disk and a data folder that only reads (issue 15): a clear answer that says nothing was
 * saved, no half-written row or file, and the service working again once the fault is mended.
 * The faults are real: a small tmpfs filled to the last byte, then remounted read-only. Mounting
 * needs root (CI runs as root); elsewhere these tests are skipped.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { sql } from "kysely";
import { call, reportJson } from "../../test/api.js";
import { countRows, describeEachEngine, testGeography } from "../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../test/fixtures.js";
import { testKeyStore } from "../../test/signing-key.js";
import { withDatabaseGazetteer } from "../services/gazetteer-index.js";
import { verifyAudit } from "../services/audit.js";
import type { Deps } from "../services/deps.js";
import { openDatabase, type Database } from "../store/database.js";
import { fileEvidenceStore } from "../store/evidence-store.js";
import { chromiumPrinter } from "../store/pdf-printer.js";
import { buildApp } from "./app.js";
import { answerOf } from "./errors.js";

function tryMount(dir: string, size: string): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const unmount = (dir: string) => execFileSync("umount", ["-l", dir], { stdio: "ignore" });
const remount = (dir: string, mode: "ro" | "rw") =>
  execFileSync("mount", ["-o", `remount,${mode}`, dir], { stdio: "ignore" });

/** Fills the file system holding `dir` to its last byte; returns the filler's path. */
function fill(dir: string): string {
  const filler = join(dir, "filler");
  writeFileSync(filler, "");
  const block = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeFileSync(filler, block, { flag: "a" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOSPC") throw err;
  }
  try {
    for (;;) writeFileSync(filler, Buffer.alloc(512), { flag: "a" });
  } catch {
    // full to the last block
  }
  return filler;
}

/** A multipart body with one file, as a browser sends it. */
function fileForm(data: Buffer) {
  const boundary = `----cfm${randomBytes(8).toString("hex")}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.jpg"\r\n` +
        `Content-Type: image/jpeg\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** A JPEG's first bytes, then noise: more than the full disk holds, less than the empty one. */
const PHOTO = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
  Buffer.from("JFIF\0"),
  randomBytes(256 * 1024),
]);

describeEachEngine("evidence on a full or read-only disk", (ctx) => {
  const root = mkdtempSync(join(tmpdir(), "cfm-evidence-fault-"));
  const mounted = tryMount(root, "1m");
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;
  let reportId: string;

  beforeAll(async () => {
    if (!mounted) return;
    const actors = await seedActors(ctx.deps);
    tokens = await loginAll(ctx.deps, actors);
    ctx.deps.evidence = fileEvidenceStore(root);
    app = await buildApp(ctx.deps, { engine: ctx.engine, maxEvidenceBytes: 1024 * 1024 });
    const filed = await call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonGna,
      body: reportJson({ allegedParty: "LNA" }),
    });
    expect(filed.status).toBe(201);
    reportId = filed.body.id;
  });
  afterAll(() => {
    if (mounted) unmount(root);
    rmSync(root, { recursive: true, force: true });
  });

  const upload = () => {
    const { body, headers } = fileForm(PHOTO);
    return call(app, "POST", `/api/v1/reports/${reportId}/evidence`, {
      token: tokens.liaisonGna,
      body,
      headers,
    });
  };
  const counts = async () => ({
    evidence: await countRows(ctx.deps.db, "evidence_items"),
    custody: await countRows(ctx.deps.db, "custody_entries"),
    audit: await countRows(ctx.deps.db, "audit_entries"),
  });

  it.skipIf(!mounted)(
    "a full disk is a 507 storage_full that says nothing was saved; the upload works once space is freed",
    async () => {
      const before = await counts();
      const filler = fill(root);
      const res = await upload();
      expect(res.status).toBe(507);
      expect(res.body.error.code).toBe("storage_full");
      expect(res.body.error.message).toMatch(/nothing of this request was saved/);
      expect(await counts()).toEqual(before);
      // No piece of the file is left behind in the store's incoming folder.
      expect(readdirSync(join(root, "incoming"))).toEqual([]);

      rmSync(filler);
      const again = await upload();
      expect(again.status).toBe(201);
      expect((await counts()).evidence).toBe(before.evidence + 1);
    },
  );

  it.skipIf(!mounted)(
    "a read-only evidence folder is a 503 storage_read_only; nothing is recorded",
    async () => {
      const before = await counts();
      // As a fresh store would be: even its incoming folder must be made.
      rmSync(join(root, "incoming"), { recursive: true, force: true });
      remount(root, "ro");
      try {
        const res = await upload();
        expect(res.status).toBe(503);
        expect(res.body.error.code).toBe("storage_read_only");
        expect(await counts()).toEqual(before);
      } finally {
        remount(root, "rw");
      }
    },
  );
});

describe("the embedded database on a full disk", () => {
  const root = mkdtempSync(join(tmpdir(), "cfm-pgdata-fault-"));
  const template = readFileSync(inject("pgliteTemplate"));
  // Room for the migrated template and a little more; filled before the test's writes.
  const mounted = tryMount(root, `${Math.ceil((template.length * 2) / 1024 / 1024) + 64}m`);
  let database: Database;
  let deps: Deps;
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;

  beforeAll(async () => {
    if (!mounted) return;
    const dataDir = join(root, "pgdata");
    mkdirSync(dataDir);
    database = await openDatabase({ engine: "pglite", dataDir, loadDataDir: new Blob([template]) });
    deps = {
      db: database.db,
      clock: () => new Date("2020-01-15T08:00:00Z"),
      evidence: fileEvidenceStore(mkdtempSync(join(tmpdir(), "cfm-evidence-"))),
      keys: testKeyStore(),
      printer: chromiumPrinter("/usr/bin/chromium"),
      geography: withDatabaseGazetteer(testGeography, database.db),
      demoSecondFactorWaiver: true,
    };
    tokens = await loginAll(deps, await seedActors(deps));
    app = await buildApp(deps, { engine: "pglite" });
  }, 120_000);
  afterAll(async () => {
    if (!mounted) return;
    await database?.close();
    unmount(root);
    rmSync(root, { recursive: true, force: true });
  });

  const file = (description: string) =>
    call(app, "POST", "/api/v1/reports", {
      token: tokens.liaisonGna,
      body: reportJson({ allegedParty: "LNA", description }),
    });

  it.skipIf(!mounted)(
    "filing is refused with storage_full and no report is acknowledged; once space is freed it files again and nothing before is lost",
    async () => {
      const first = await file("Shelling heard north of Ain Zara before the disk filled.");
      expect(first.status).toBe(201);
      const before = await countRows(deps.db, "reports");

      const filler = fill(root);
      // A batch big enough that PostgreSQL must take new pages for it.
      const refused = await Promise.all(
        Array.from({ length: 40 }, (_, i) => file(`Report ${i} ${"x".repeat(4000)}`)),
      );
      const statuses = new Set(refused.map((r) => r.status));
      expect(statuses.has(507)).toBe(true);
      for (const r of refused.filter((x) => x.status !== 201)) {
        expect(r.status).toBe(507);
        expect(r.body.error.code).toBe("storage_full");
      }
      const acknowledged = refused.filter((r) => r.status === 201).length;

      rmSync(filler);
      const after = await file("Shelling heard again, after the disk was freed.");
      expect(after.status).toBe(201);
      expect(await countRows(deps.db, "reports")).toBe(before + acknowledged + 1);
      const got = await call(app, "GET", `/api/v1/reports/${first.body.id}`, {
        token: tokens.liaisonGna,
      });
      expect(got.status).toBe(200);
      expect((await verifyAudit(deps.db)).ok).toBe(true);
    },
    120_000,
  );
});

describe("database faults answer as faults, not as the server failing", () => {
  // PGlite runs a statement to its end (one thread, no timer to cancel it): PostgreSQL only.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "a statement that outlives the statement timeout is a 503 database_timeout",
    async () => {
      const database = await openDatabase({
        engine: "postgres",
        url: process.env.TEST_DATABASE_URL!,
      });
      try {
        const err = await database.db
          .connection()
          .execute(async (conn) => {
            await sql`SET statement_timeout = 50`.execute(conn);
            return sql`SELECT pg_sleep(1)`.execute(conn);
          })
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        expect(err).toBeDefined();
        const answer = answerOf(err as never);
        expect(answer.status).toBe(503);
        expect(answer.body.error.code).toBe("database_timeout");
      } finally {
        await database.close();
      }
    },
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "a PostgreSQL connection cut under a statement is a 503 database_unavailable",
    async () => {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      client.on("error", () => {});
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      const killer = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await killer.connect();
      const sleeping = client.query("SELECT pg_sleep(5)").then(
        () => undefined,
        (e: unknown) => e,
      );
      await new Promise((r) => setTimeout(r, 200));
      await killer.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
      await killer.end();
      const err = await sleeping;
      await client.end().catch(() => {});
      const answer = answerOf(err as never);
      expect(answer.status).toBe(503);
      expect(answer.body.error.code).toBe("database_unavailable");
    },
  );
});
