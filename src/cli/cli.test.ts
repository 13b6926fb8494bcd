/** The `cfm` command as an operator runs it: real processes on a real data folder. */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { pgliteDirOf } from "../config.js";
import { hashData, hashEntry, type Json } from "../domain/audit-chain.js";
import { AUDIT_SLICE_FORMAT, type AuditSlice } from "../domain/audit-slice.js";
import { lockPathFor } from "../store/data-dir-lock.js";
import { controlSocketPath } from "./control-socket.js";
import { openDatabase } from "../store/database.js";

const CLI = ["--import", "tsx", "src/cli/main.ts"];

function cfm(args: string[], env: Record<string, string>, input?: string) {
  const res = spawnSync(process.execPath, [...CLI, ...args], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    input,
    encoding: "utf8",
    timeout: 170_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

const children: ReturnType<typeof spawn>[] = [];
afterAll(() => children.forEach((c) => c.kill("SIGKILL")));

async function startServer(env: Record<string, string>) {
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const server = spawn(process.execPath, [...CLI, "serve"], {
    env: { ...process.env, ...env, PORT: port, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(server);
  let output = "";
  server.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 150_000);
    server.stdout!.on("data", () => {
      if (output.includes("is running at")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { server, port };
}

/** A public report in Arabic, filed with the running server. */
function fileReport(port: string, description: string) {
  return fetch(`http://127.0.0.1:${port}/api/v1/reports`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      sourceKind: "public",
      occurredFrom: "2020-01-14T21:00:00Z",
      occurredTo: "2020-01-14T23:30:00Z",
      placeName: "عين زارة",
      category: "A3",
      description,
      language: "ar",
    }),
  });
}

// Each command starts a real process that opens PGlite (seconds each, more on a busy machine).
describe("cfm on the embedded database", { timeout: 400_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), "cfm-cli-"));
  const env = { CFM_DATA_DIR: dataDir };

  it("migrates only when told to, adds a user, and verifies an intact audit chain", async () => {
    // A read-only command on a database whose schema is behind changes nothing and says why.
    const early = cfm(["audit", "verify"], env);
    expect(early.code).toBe(2);
    expect(early.err).toContain("run `cfm migrate` first");
    const untouched = await openDatabase({ engine: "pglite", dataDir: pgliteDirOf({ dataDir }) });
    const table = await sql<{
      t: string | null;
    }>`SELECT to_regclass('schema_migrations')::text AS t`.execute(untouched.db);
    await untouched.close();
    expect(table.rows[0]?.t).toBeNull();

    const first = cfm(["migrate"], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Applied \d+ migration\(s\):\n {2}\d{8}T\d{6}_/);
    const again = cfm(["migrate"], env);
    expect(again.out).toContain("up to date");
    const add = cfm(
      ["user", "add", "--username", "chief1", "--role", "chief"],
      env,
      "a long enough passphrase\n",
    );
    expect(add.err).toBe("");
    expect(add.code).toBe(0);
    const weak = cfm(["user", "add", "--username", "weak", "--role", "chief"], env, "short\n");
    expect(weak.code).toBe(2);
    expect(weak.err).toContain("at least 12 characters");

    // Users administered from the command line: a link instead of a password, list, set, disable.
    const linked = cfm(["user", "add", "--username", "mon1", "--role", "monitor", "--link"], env);
    expect(linked.err).toBe("");
    expect(linked.out).toMatch(/\/welcome#\S{20,}/);
    // Or an initial password, which the user must change at first log-in (never printed).
    const initial = cfm(
      ["user", "add", "--username", "mon2", "--role", "monitor", "--initial-password"],
      env,
      "cedar trees along the wadi\n",
    );
    expect(initial.err).toBe("");
    expect(initial.out).toContain("they must change it at first log-in");
    expect(initial.out).not.toContain("cedar trees");
    const weakInitial = cfm(
      ["user", "add", "--username", "mon3", "--role", "monitor", "--initial-password"],
      env,
      "short\n",
    );
    expect(weakInitial.code).toBe(2);
    expect(weakInitial.err).toContain("at least 12 characters");
    const both = cfm(
      ["user", "add", "--username", "mon4", "--role", "monitor", "--link", "--initial-password"],
      env,
    );
    expect(both.code).not.toBe(0);
    expect(both.err).toContain("cannot be used with");
    expect(cfm(["user", "list", "--role", "monitor"], env).out).toMatch(
      /^mon2 +monitor.*\(initial password not yet changed\)$/m,
    );
    // A user who forgot theirs gets a new initial password (never printed).
    const reset = cfm(
      ["user", "password", "chief1", "--reason", "Forgot it."],
      env,
      "olive groves past the ridge\n",
    );
    expect(reset.err).toBe("");
    expect(reset.out).toContain("must change it at the next log-in");
    expect(reset.out).not.toContain("olive groves");
    expect(cfm(["user", "list", "--role", "chief"], env).out).toMatch(
      /^chief1 .*\(initial password not yet changed\)$/m,
    );
    const set = cfm(["user", "set", "mon1", "--role", "liaison"], env);
    expect(set.code).toBe(2);
    expect(set.err).toContain("must belong to a party");
    expect(cfm(["user", "disable", "mon1", "--reason", "Left."], env).out).toContain(
      "Disabled mon1",
    );
    const list = cfm(["user", "list", "--disabled", "yes"], env);
    expect(list.out).toMatch(/^mon1 +monitor +DISABLED/m);
    expect(list.out).not.toContain("chief1");
    const verify = cfm(["audit", "verify"], env);
    expect(verify.out).toContain("Audit chain intact");
    expect(verify.code).toBe(0);
  });

  it("names the first broken entry when an audited row was changed directly", async () => {
    const db = await openDatabase({ engine: "pglite", dataDir: pgliteDirOf({ dataDir }) });
    await db.db
      .updateTable("users")
      .set({ role: "admin" })
      .where("username", "=", "chief1")
      .execute();
    await db.close();
    // The row's entry is before the checkpoint the last run recorded: a full run checks every row.
    const verify = cfm(["audit", "verify", "--full"], env);
    expect(verify.code).toBe(1);
    expect(verify.err).toMatch(/AUDIT CHAIN BROKEN at entry \d+: row users:.* was changed/);
  });

  it("refuses a second process on the same data folder, and Ctrl-C shuts the server down cleanly", async () => {
    const { server, port } = await startServer(env);
    const second = cfm(["migrate"], env);
    expect(second.code).toBe(2);
    expect(second.err).toContain("is in use by another Ceasefire Monitor process");
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: "ok", database: "pglite" });

    const exited = new Promise<number | null>((resolve) =>
      server.on("exit", (code) => resolve(code)),
    );
    server.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(existsSync(lockPathFor(pgliteDirOf({ dataDir })))).toBe(false);
  });

  it("backs up the embedded database while the server runs: the server writes it", async () => {
    const { server, port } = await startServer(env);
    const filed = await fileReport(port, "قبل النسخة الاحتياطية");
    expect(filed.status).toBe(201);
    const file = join(mkdtempSync(join(tmpdir(), "cfm-backup-")), "running.cfm-backup");
    const backup = cfm(["backup", file], env);
    expect(backup.err).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/Backup written to .* by the running server \(pid \d+\)/);
    const hash = /Content hash: ([0-9a-f]{64})/.exec(backup.out)![1];
    expect(existsSync(`${file}.partial`)).toBe(false);
    // Sources' identities are in it: the operator's alone.
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // A server that does not answer on its socket (here: the socket file gone): what to do.
    rmSync(controlSocketPath(pgliteDirOf({ dataDir })));
    const unanswered = cfm(["backup", `${file}.2`], env);
    expect(unanswered.code).toBe(2);
    expect(unanswered.err).toContain("did not answer on its control socket");
    // Restore and the content hash still need the folder: they say so, and what to do.
    const restore = cfm(["restore", "--force", file], env);
    expect(restore.code).toBe(2);
    expect(restore.err).toContain("A backup is written by the running server itself");
    const exited = new Promise((resolve) => server.on("exit", resolve));
    server.kill("SIGINT");
    await exited;
    const check = cfm(["restore", "--check", file], env);
    expect(check.code).toBe(0);
    expect(check.out).toContain(`Content hash: ${hash}`);
    expect(cfm(["content-hash"], env).out).toContain(hash);
  });

  it("an acknowledged report survives the server being killed", async () => {
    const { server, port } = await startServer(env);
    const res = await fileReport(port, "سمعنا انفجارات قوية قرب عين زارة");
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const exited = new Promise((resolve) => server.on("exit", resolve));
    server.kill("SIGKILL");
    await exited;
    const db = await openDatabase({ engine: "pglite", dataDir: pgliteDirOf({ dataDir }) });
    const row = await db.db
      .selectFrom("reports")
      .select(["description"])
      .where("id", "=", id)
      .executeTakeFirst();
    await db.close();
    expect(row?.description).toBe("سمعنا انفجارات قوية قرب عين زارة");
  });

  it("bad configuration stops the process with a message naming the variable", () => {
    const res = cfm(["migrate"], { ...env, PORT: "eighty" });
    expect(res.code).toBe(2);
    expect(res.err).toContain("PORT");
  });
});

const pgUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!pgUrl)("cfm serve on PostgreSQL", { timeout: 180_000 }, () => {
  it("keeps answering after PostgreSQL terminates its connections", async () => {
    const name = `cfm_cli_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(pgUrl!);
    url.pathname = `/${name}`;
    try {
      const { server, port } = await startServer({ DATABASE_URL: url.toString() });
      const health = () => fetch(`http://127.0.0.1:${port}/api/v1/health`);
      expect((await health()).status).toBe(200);
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
        [name],
      );
      expect(killed.rowCount).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300));
      const after = await health();
      expect(after.status).toBe(200);
      expect(await after.json()).toMatchObject({ status: "ok", database: "postgres" });
      expect(server.exitCode).toBeNull();
      server.kill("SIGINT");
      await new Promise((resolve) => server.on("exit", resolve));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

describe(
  "cfm audit verify-export: an exported slice checked without a database",
  { timeout: 180_000 },
  () => {
    /** A slice of three entries after an entry 4, as GET /audit/slice writes it. */
    function sliceFile(): AuditSlice {
      let prev = "a".repeat(64);
      const entries = [5, 6, 7].map((seq) => {
        const data: Json = { details: { note: `entry ${seq}` }, rows: [] };
        const fields = {
          seq,
          at: new Date(Date.UTC(2020, 0, 12, 0, seq)).toISOString(),
          actor: "user:analyst",
          action: "incident.transitioned",
          subject: "incident:x",
          dataHash: hashData(data),
          prevHash: prev,
        };
        prev = hashEntry(fields);
        return { ...fields, data, hash: prev };
      });
      return {
        format: AUDIT_SLICE_FORMAT,
        exportedAt: "2020-02-01T00:00:00.000Z",
        range: { from: null, to: null },
        before: { seq: 4, hash: "a".repeat(64) },
        head: { seq: 9, hash: "b".repeat(64) },
        entries,
      };
    }
    const dir = mkdtempSync(join(tmpdir(), "cfm-slice-"));

    it("says an intact slice holds, and names the entry and field of a tampered one", () => {
      const good = join(dir, "good.json");
      writeFileSync(good, JSON.stringify(sliceFile()));
      const ok = cfm(["audit", "verify-export", good], {});
      expect(ok.code, ok.err).toBe(0);
      expect(ok.out).toContain("Audit slice intact: entries 5–7");
      expect(ok.out).toContain(`before: entry 4, hash ${"a".repeat(64)}`);

      const tampered = sliceFile();
      tampered.entries[1]!.subject = "incident:y";
      const bad = join(dir, "bad.json");
      writeFileSync(bad, JSON.stringify(tampered));
      const broken = cfm(["audit", "verify-export", bad], {});
      expect(broken.code).toBe(1);
      expect(broken.err).toContain("AUDIT SLICE BROKEN at entry 6 (hash)");

      const notJson = join(dir, "not.json");
      writeFileSync(notJson, "{");
      expect(cfm(["audit", "verify-export", notJson], {}).code).toBe(2);
    });
  },
);

describe("cfm on a data folder it cannot write", () => {
  // A read-only mount needs root (CI runs as root); elsewhere the test is skipped.
  const dir = mkdtempSync(join(tmpdir(), "cfm-cli-ro-"));
  let mounted = true;
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", dir], { stdio: "ignore" });
  } catch {
    mounted = false;
  }
  afterAll(() => {
    if (mounted) execFileSync("umount", ["-l", dir], { stdio: "ignore" });
  });

  it.skipIf(!mounted)(
    "says the folder is read-only and what to do, not a bare system error",
    () => {
      const res = cfm(["migrate"], { CFM_DATA_DIR: dir });
      expect(res.code).toBe(1);
      expect(res.err).toContain("Cannot write to the data folder or database");
      expect(res.err).toContain("Mount it read-write, or point CFM_DATA_DIR");
    },
  );
});
