/**
 * A load generator for benchmarks through the HTTP API. It runs in a child process of its own, as
 * real clients would, so that its work does not share the server's event loop. Loopback only;
 * every job sends a fixed number of requests and stops.
 */
import { fork, type ChildProcess } from "node:child_process";
import http from "node:http";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface LoadJob {
  /** Absolute URL on a loopback address. */
  url: string;
  method: "POST" | "PUT" | "GET";
  headers: Record<string, string>;
  /** JSON body sent with every request, if any. */
  body?: string;
  /** Requests in all, shared among the clients. */
  count: number;
  /** Clients sending at once, each one request at a time on its own keep-alive connection. */
  concurrency: number;
  /** The status every response must have. */
  expectStatus: number;
  /** Keep each request's time (LoadResult.latenciesMs). */
  latencies?: boolean;
}

export interface LoadResult {
  ms: number;
  ok: number;
  failed: number;
  /** The first few failures, e.g. "500 {…}". */
  samples: string[];
  /** Each request's time in milliseconds, in completion order (when the job asked for them). */
  latenciesMs?: number[];
}

export interface HttpLoad {
  run(job: LoadJob): Promise<LoadResult>;
  close(): void;
}

const LOOPBACK = new Set(["127.0.0.1", "[::1]", "localhost"]);

/** Forks the load generator; `close()` ends it. */
export function startHttpLoad(): HttpLoad {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], { stdio: "inherit" });
  let pending: { resolve: (r: LoadResult) => void; reject: (e: Error) => void } | null = null;
  child.on("message", (m: { result?: LoadResult; error?: string }) => {
    const p = pending;
    pending = null;
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else if (m.result) p?.resolve(m.result);
  });
  child.on("exit", (code) => {
    pending?.reject(new Error(`the load generator exited (code ${code})`));
    pending = null;
  });
  return {
    run(job) {
      if (pending) return Promise.reject(new Error("one load job at a time"));
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        child.send(job);
      });
    },
    close() {
      if (child.connected) child.disconnect();
    },
  };
}

const agents = new Map<number, http.Agent>();

function send(job: LoadJob, agent: http.Agent, target: URL, body: Buffer | null) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const headers: Record<string, string | number> = { ...job.headers };
    if (body) {
      headers["content-type"] = "application/json";
      headers["content-length"] = body.length;
    }
    const req = http.request(
      {
        agent,
        host: target.hostname.replace(/^\[|\]$/g, ""),
        port: target.port,
        path: target.pathname + target.search,
        method: job.method,
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body ?? undefined);
  });
}

async function runJob(job: LoadJob): Promise<LoadResult> {
  const target = new URL(job.url);
  if (!LOOPBACK.has(target.hostname)) throw new Error(`not a loopback address: ${job.url}`);
  let agent = agents.get(job.concurrency);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
    agents.set(job.concurrency, agent);
  }
  const body = job.body === undefined ? null : Buffer.from(job.body);
  const result: LoadResult = { ms: 0, ok: 0, failed: 0, samples: [] };
  const latencies: number[] = [];
  const fail = (what: string) => {
    result.failed++;
    if (result.samples.length < 5) result.samples.push(what.slice(0, 300));
  };
  let started = 0;
  const client = async () => {
    while (started < job.count) {
      started++;
      const sent = performance.now();
      try {
        const res = await send(job, agent, target, body);
        if (res.status === job.expectStatus) result.ok++;
        else fail(`${res.status} ${res.text}`);
      } catch (err) {
        fail(err instanceof Error ? err.message : String(err));
      }
      if (job.latencies) latencies.push(performance.now() - sent);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.max(1, job.concurrency) }, client));
  result.ms = performance.now() - t0;
  if (job.latencies) result.latenciesMs = latencies;
  return result;
}

// In the child: answer each job with its result; the parent disconnecting ends the process.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && process.send) {
  process.on("message", (job: LoadJob) => {
    runJob(job).then(
      (result) => process.send!({ result }),
      (err: unknown) => process.send!({ error: err instanceof Error ? err.message : String(err) }),
    );
  });
  process.on("disconnect", () => {
    for (const a of agents.values()) a.destroy();
  });
}
