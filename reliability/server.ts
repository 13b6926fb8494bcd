/**
 * The server under test, as an operator runs it: `node dist/server/cli/main.js serve --demo` in a
 * child process of its own (so `kill -9` is real), on a fresh embedded data folder or a fresh
 * database on the PostgreSQL server of the admin URL. The database outlives the process: a
 * restart opens the same one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { Engine } from "../src/store/database.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
/** The demo users' password in every server started here. */
const PASSWORD = "a long reliability demo pass phrase";
const START_TIMEOUT_MS = 600_000;

/** Where a server's data lives; outlives each server process. */
export interface Store {
  engine: Engine;
  /** The data folder (evidence and keys on both engines, the database too on PGlite). */
  dataDir: string;
  /** PostgreSQL only: the database's URL and name. */
  url?: string;
  name?: string;
  /** Removes the data folder and drops the database. */
  remove(): Promise<void>;
}

export async function createStore(engine: Engine, adminUrl: string | null): Promise<Store> {
  const dataDir = mkdtempSync(join(tmpdir(), `cfm-reliability-${engine}-`));
  if (engine === "pglite") {
    return {
      engine,
      dataDir,
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (!adminUrl) throw new Error("PostgreSQL: no admin URL (RELIABILITY_DATABASE_URL)");
  const name = `cfm_reliability_${randomBytes(5).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    dataDir,
    url: url.toString(),
    name,
    async remove() {
      rmSync(dataDir, { recursive: true, force: true });
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export async function adminQuery(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

export interface ServerProcess {
  baseUrl: string;
  /** The API's root, e.g. http://127.0.0.1:1234/api/v1 */
  api: string;
  pid: number;
  /** Output so far (for a failure's message). */
  output(): string;
  /** A bearer token of a demo user. */
  login(username: string): Promise<{ token: string; userId: string }>;
  /** SIGKILL, and wait for the process to be gone. */
  kill9(): Promise<void>;
  /** SIGTERM (a clean shutdown), SIGKILL after 20 s. */
  stop(): Promise<void>;
  exited(): boolean;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject()));
    });
  });
}

/** Starts a server on the store and waits until it answers; the port is kept across restarts. */
export async function startServer(
  store: Store,
  opts: { port?: number; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = "";
  const child: ChildProcess = spawn(
    process.execPath,
    // RELIABILITY_SERVER_NODE_ARGS: Node options for the server alone, e.g. "--cpu-prof".
    [
      ...(process.env.RELIABILITY_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
      "dist/server/cli/main.js",
      "serve",
      "--demo",
    ],
    {
      cwd: REPO,
      env: {
        ...process.env,
        CFM_DATA_DIR: store.dataDir,
        DATABASE_URL: store.url ?? "",
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "error",
        CFM_DEMO_PASSWORD: PASSWORD,
        // Every client here comes from one address: the suite logs in again after a fuzzed
        // logout, and measures faults, not the login limit (which has its own tests).
        CFM_LOGIN_RATE_PER_MINUTE: "100000",
        ...opts.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const keep = (d: Buffer) => {
    log = (log + d.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const exited = () => child.exitCode !== null || child.signalCode !== null;

  const server: ServerProcess = {
    baseUrl,
    api: `${baseUrl}/api/v1`,
    pid: child.pid ?? -1,
    output: () => log,
    exited,
    async login(username) {
      const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { token: string; user: { id: string } };
      return { token: body.token, userId: body.user.id };
    },
    async kill9() {
      if (!exited()) child.kill("SIGKILL");
      await exit;
    },
    async stop() {
      if (exited()) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exit;
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilRunning(server);
  } catch (err) {
    await server.kill9();
    throw err;
  }
  return server;
}

async function waitUntilRunning(server: ServerProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exited()) throw new Error(`the server exited early:\n${server.output()}`);
    try {
      const res = await fetch(`${server.api}/health`);
      if (res.ok && server.output().includes("is running at")) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not start in time:\n${server.output()}`);
}

/** Restarts on the same port (clients keep their address), after the process is gone. */
export async function restart(store: Store, old: ServerProcess): Promise<ServerProcess> {
  const port = Number(new URL(old.baseUrl).port);
  return startServer(store, { port });
}
