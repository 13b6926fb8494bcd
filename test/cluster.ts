/**
 * Several `cfm serve` processes on one fresh PostgreSQL database behind a real nginx, as an
 * operator would run them (README, "Several servers"): for the several-nodes test and benchmark.
 * Needs TEST_DATABASE_URL (or a URL given) and Debian's nginx.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const NGINX_PATHS = ["/usr/sbin/nginx", "/usr/bin/nginx"];

/** Debian's nginx, if installed. */
export function nginxPath(): string | null {
  return NGINX_PATHS.find((p) => existsSync(p)) ?? null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Node {
  name: string;
  port: number;
  process: ChildProcess;
  /** What it printed, for a failure's message. */
  output(): string;
}

export interface Cluster {
  nodes: Node[];
  /** nginx: round robin over every node. */
  proxyUrl: string;
  /** nginx: one port per node, each proxying to that node only (same proxy settings). */
  nodeUrls: string[];
  nginxPid: number;
  databaseUrl: string;
  /** Shared by every node: CFM_EVIDENCE_DIR, CFM_KEYS_DIR. */
  evidenceDir: string;
  metricsToken: string;
  stop(): Promise<void>;
}

const CLI = ["--import", "tsx", "src/cli/main.ts", "serve", "--demo"];

function startNode(name: string, env: Record<string, string>): Promise<Node> {
  const port = Number(env.PORT);
  const child = spawn(process.execPath, CLI, {
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const node = { name, port, process: child, output: () => output };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 180_000);
    child.on("exit", (code) => reject(new Error(`${name} exited (${code}):\n${output}`)));
    child.stdout!.on("data", () => {
      if (output.includes("is running at")) {
        clearTimeout(timer);
        resolve(node);
      }
    });
  });
}

function nginxConfig(dir: string, ports: { all: number; each: number[] }, nodes: Node[]): string {
  const proxy = `
      proxy_pass http://$upstream_name;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;`;
  const upstream = (name: string, members: Node[]) =>
    `upstream ${name} {\n${members.map((n) => `    server 127.0.0.1:${n.port};`).join("\n")}\n    keepalive 32;\n  }`;
  const server = (port: number, name: string) =>
    `server {\n    listen 127.0.0.1:${port};\n    set $upstream_name ${name};\n    location / {${proxy}\n    }\n  }`;
  // Run as root (CI), the workers would otherwise be `nobody`, who cannot write in this folder.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_max_body_size 100m;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${upstream("all_nodes", nodes)}
  ${nodes.map((n, i) => upstream(`node${i}`, [n])).join("\n  ")}
  ${server(ports.all, "all_nodes")}
  ${ports.each.map((p, i) => server(p, `node${i}`)).join("\n  ")}
}
`;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A fresh database on the server of `adminUrl`, `count` nodes on it started one after the other
 * (the first loads the demo), and nginx in front. Node options: `env` added to each node's.
 */
export async function startCluster(opts: {
  adminUrl: string;
  count: number;
  env?: Record<string, string>;
}): Promise<Cluster> {
  const nginx = nginxPath();
  if (!nginx) throw new Error("nginx is not installed (apt-get install nginx)");
  const dir = mkdtempSync(join(tmpdir(), "cfm-cluster-"));
  const name = `cfm_nodes_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: opts.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(opts.adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const evidenceDir = join(dir, "shared", "evidence");
  const keysDir = join(dir, "shared", "keys");
  const metricsToken = randomBytes(16).toString("hex");
  const nodes: Node[] = [];
  let nginxProcess: ChildProcess | null = null;
  const stop = async () => {
    const exited = (p: ChildProcess) =>
      p.exitCode !== null || p.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((r) => p.once("exit", () => r()));
    const all = [...nodes.map((n) => n.process), ...(nginxProcess ? [nginxProcess] : [])];
    for (const p of all) p.kill("SIGTERM");
    await Promise.race([Promise.all(all.map(exited)), new Promise((r) => setTimeout(r, 10_000))]);
    for (const p of all) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
    const a = new pg.Client({ connectionString: opts.adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < opts.count; i++) {
      // Each node its own data folder; the evidence and the signing keys are shared (decision 0025).
      nodes.push(
        await startNode(`node ${String.fromCharCode(65 + i)}`, {
          PORT: String(await freePort()),
          DATABASE_URL: databaseUrl,
          CFM_DATA_DIR: join(dir, `node${i}`),
          CFM_EVIDENCE_DIR: evidenceDir,
          CFM_KEYS_DIR: keysDir,
          CFM_TRUST_PROXY: "127.0.0.1",
          CFM_METRICS_TOKEN: metricsToken,
          ...opts.env,
        }),
      );
    }
    const ports = { all: await freePort(), each: [] as number[] };
    for (let i = 0; i < nodes.length; i++) ports.each.push(await freePort());
    mkdirSync(join(dir, "nginx"));
    const conf = join(dir, "nginx", "nginx.conf");
    writeFileSync(conf, nginxConfig(join(dir, "nginx"), ports, nodes));
    nginxProcess = spawn(nginx, ["-p", join(dir, "nginx"), "-c", conf], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let nginxErr = "";
    nginxProcess.stderr!.on("data", (d: Buffer) => (nginxErr += d.toString()));
    const proxyUrl = `http://127.0.0.1:${ports.all}`;
    await waitFor(`${proxyUrl}/api/v1/health/live`, 20_000).catch((err: Error) => {
      throw new Error(`${err.message}\n${nginxErr}`);
    });
    const pidFile = join(dir, "nginx", "nginx.pid");
    return {
      nodes,
      proxyUrl,
      nodeUrls: ports.each.map((p) => `http://127.0.0.1:${p}`),
      nginxPid: existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8")) : nginxProcess.pid!,
      databaseUrl,
      evidenceDir,
      metricsToken,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
