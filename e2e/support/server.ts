/**
 * The real server for browser tests: `cfm serve --demo` on a fresh temporary data folder and a
 * free port, with extra environment variables when a test needs them (e.g. a basemap file).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));

export interface Server {
  baseURL: string;
  /** A session token for a demo user (password "demo"). */
  login(username: string): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject()));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 200_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok && output().includes("is running at")) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not start in time:\n${output()}`);
}

/**
 * `opts.demo: false`: serve the database as it is (a mission set up with `cfm mission init`).
 * `opts.dataDir`: a data folder to open again (a test that changes the database while the server
 * is stopped); it is kept when the server stops. By default a fresh one, removed at the end.
 */
export async function startServer(
  env: Record<string, string> = {},
  opts: { dataDir?: string; demo?: boolean } = {},
): Promise<Server> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), "cfm-e2e-"));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(
    process.execPath,
    ["dist/server/cli/main.js", "serve", ...(opts.demo === false ? [] : ["--demo"])],
    {
      cwd: REPO,
      env: {
        ...process.env,
        CFM_DATA_DIR: dataDir,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "warn",
        CFM_DEMO_PASSWORD: "demo",
        DATABASE_URL: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 15_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const login = async (username: string) => {
    const res = await fetch(`${baseURL}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: "demo" }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { token: string }).token;
  };
  try {
    await waitForHealth(baseURL, child, () => log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseURL, login, stop };
}
