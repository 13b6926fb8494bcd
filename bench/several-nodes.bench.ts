/**
 * Two nodes against one, same run, same load (issue 15, decision 0025): two `cfm serve` processes
 * on one fresh PostgreSQL database behind nginx (test/cluster.ts). The same read and write mix is
 * sent through nginx's port for node A alone and through its round-robin port over both nodes,
 * alternately, BENCH_NODES_ROUNDS times each (default 2); each phase sends BENCH_NODES_REQUESTS
 * requests (default 3000: three quarters the report list as an analyst, one quarter new reports
 * from the intake desk) from BENCH_NODES_CLIENTS clients (default 32).
 *
 * Where the time goes, per phase: the CPU time of each node, of nginx and of the PostgreSQL
 * backends serving the cluster's database, per request; the queries waiting for a pool connection
 * in each node, sampled from /metrics every 200 ms; and how busy the whole machine was (it is
 * shared: other work shows there, and on 2 cores a second node has no core of its own).
 * PostgreSQL only: BENCH_DATABASE_URL names the server (a database is made and dropped).
 */
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { reportJson } from "../test/api.js";
import { startCluster, type Cluster } from "../test/cluster.js";
import { startHttpLoad, type LoadJob, type LoadResult } from "./http-load.js";
import { absolute, relativeTo, type ResultRow } from "./report.js";
import { positiveInt } from "./scratch.js";

const ROUNDS = positiveInt("BENCH_NODES_ROUNDS", 2);
const REQUESTS = positiveInt("BENCH_NODES_REQUESTS", 3000);
const CLIENTS = positiveInt("BENCH_NODES_CLIENTS", 32);
const TICKS = 100; // clock ticks per second (getconf CLK_TCK on Linux)

/** utime + stime of a process, in seconds; 0 when it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

/** The processes whose parent process passes `test`. */
function pidsWhere(test: (ppid: number) => boolean): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (test(ppid)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

interface Groups {
  [name: string]: number[];
}

/** The PostgreSQL backends serving the cluster's database now (the nodes' pools, their listeners). */
async function backendsOf(databaseUrl: string): Promise<number[]> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return rows.map((r) => r.pid);
  } finally {
    await c.end();
  }
}

/** The whole machine's CPU time, busy and in all, in clock ticks (/proc/stat). */
function machineTicks(): { busy: number; all: number } {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1);
  const n = cpu.map(Number);
  const all = n.reduce((a, b) => a + b, 0);
  const idle = n[3]! + (n[4] ?? 0);
  return { busy: all - idle, all };
}

const cpuOf = (groups: Groups) =>
  Object.fromEntries(
    Object.entries(groups).map(([k, pids]) => [k, pids.reduce((s, p) => s + cpuSeconds(p), 0)]),
  );

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Samples each node's queries waiting for a pool connection until stopped; the mean. */
function samplePoolWait(cluster: Cluster) {
  const sums = cluster.nodes.map(() => ({ total: 0, n: 0 }));
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await Promise.all(
        cluster.nodes.map(async (node, i) => {
          try {
            const res = await fetch(`http://127.0.0.1:${node.port}/metrics`, {
              headers: { authorization: `Bearer ${cluster.metricsToken}` },
            });
            const m = /^cfm_db_pool_waiting_queries (\S+)$/m.exec(await res.text());
            if (m) {
              sums[i]!.total += Number(m[1]);
              sums[i]!.n++;
            }
          } catch {
            // a sample missed
          }
        }),
      );
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return sums.map((s) => (s.n ? s.total / s.n : 0));
  };
}

interface Phase {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  /** CPU milliseconds per request, by process group. */
  cpuMsPerRequest: Record<string, number>;
  poolWaiting: number[];
  /** The share of the machine's CPU time that was busy (all processes, other work included). */
  machineBusy: number;
}

async function phase(
  cluster: Cluster,
  base: string,
  tokens: { analyst: string; intake: string },
  processes: Groups,
): Promise<Phase> {
  const reads = Math.round(REQUESTS * 0.75);
  const readClients = Math.max(1, Math.round(CLIENTS * 0.75));
  const readJob: LoadJob = {
    url: `${base}/api/v1/reports?limit=50`,
    method: "GET",
    headers: { authorization: `Bearer ${tokens.analyst}` },
    count: reads,
    concurrency: readClients,
    expectStatus: 200,
    latencies: true,
  };
  const writeJob: LoadJob = {
    url: `${base}/api/v1/reports`,
    method: "POST",
    headers: { authorization: `Bearer ${tokens.intake}` },
    body: JSON.stringify(reportJson({ sourceKind: "monitor" })),
    count: REQUESTS - reads,
    concurrency: Math.max(1, CLIENTS - readClients),
    expectStatus: 201,
    latencies: true,
  };
  const readLoad = startHttpLoad();
  const writeLoad = startHttpLoad();
  try {
    const groups = { ...processes, "PostgreSQL backends": await backendsOf(cluster.databaseUrl) };
    const stopSampling = samplePoolWait(cluster);
    const m0 = machineTicks();
    const cpu0 = cpuOf(groups);
    const t0 = performance.now();
    const [r, w] = (await Promise.all([readLoad.run(readJob), writeLoad.run(writeJob)])) as [
      LoadResult,
      LoadResult,
    ];
    const wallMs = performance.now() - t0;
    const cpu1 = cpuOf(groups);
    const m1 = machineTicks();
    const poolWaiting = await stopSampling();
    for (const res of [r, w])
      if (res.failed) console.error(`  ${res.failed} failed, e.g. ${res.samples.join(" | ")}`);
    const lat = [...(r.latenciesMs ?? []), ...(w.latenciesMs ?? [])].sort((x, y) => x - y);
    const done = r.ok + w.ok;
    return {
      rps: (done / wallMs) * 1000,
      p50: quantile(lat, 0.5),
      p99: quantile(lat, 0.99),
      failed: r.failed + w.failed,
      cpuMsPerRequest: Object.fromEntries(
        Object.keys(groups).map((k) => [k, ((cpu1[k]! - cpu0[k]!) * 1000) / Math.max(1, done)]),
      ),
      poolWaiting,
      machineBusy: (m1.busy - m0.busy) / Math.max(1, m1.all - m0.all),
    };
  } finally {
    readLoad.close();
    writeLoad.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function summarise(phases: Phase[]): Phase {
  const keys = Object.keys(phases[0]!.cpuMsPerRequest);
  return {
    rps: median(phases.map((p) => p.rps)),
    p50: median(phases.map((p) => p.p50)),
    p99: median(phases.map((p) => p.p99)),
    failed: phases.reduce((s, p) => s + p.failed, 0),
    cpuMsPerRequest: Object.fromEntries(
      keys.map((k) => [k, median(phases.map((p) => p.cpuMsPerRequest[k]!))]),
    ),
    poolWaiting: phases[0]!.poolWaiting.map((_, i) => median(phases.map((p) => p.poolWaiting[i]!))),
    machineBusy: median(phases.map((p) => p.machineBusy)),
  };
}

export async function run(): Promise<ResultRow[]> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error("BENCH_DATABASE_URL is not set: this benchmark needs PostgreSQL");
  const cluster = await startCluster({
    adminUrl,
    count: 2,
    env: { CFM_LOGIN_RATE_PER_MINUTE: "100000", LOG_LEVEL: "error" },
  });
  try {
    const [nodeA, nodeB] = cluster.nodes as [Cluster["nodes"][0], Cluster["nodes"][0]];
    const groups: Groups = {
      "node A": [nodeA.process.pid!],
      "node B": [nodeB.process.pid!],
      nginx: [cluster.nginxPid, ...pidsWhere((ppid) => ppid === cluster.nginxPid)],
    };
    const login = async (username: string) => {
      const res = await fetch(`${cluster.proxyUrl}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username, password: "demo" }),
      });
      return ((await res.json()) as { token: string }).token;
    };
    const tokens = { analyst: await login("analyst"), intake: await login("intake") };
    const one: Phase[] = [];
    const two: Phase[] = [];
    // Warm both nodes (code paths, pools, caches) before measuring.
    await phase(cluster, cluster.proxyUrl, tokens, groups);
    for (let i = 0; i < ROUNDS; i++) {
      console.error(`  round ${i + 1}/${ROUNDS}: one node`);
      one.push(await phase(cluster, cluster.nodeUrls[0]!, tokens, groups));
      console.error(`  round ${i + 1}/${ROUNDS}: two nodes`);
      two.push(await phase(cluster, cluster.proxyUrl, tokens, groups));
    }
    const o = summarise(one);
    const t = summarise(two);
    const rows: ResultRow[] = [
      ...relativeTo({ figure: "one node behind nginx: requests/s", value: o.rps, unit: "req/s" }, [
        { figure: "two nodes behind nginx: requests/s", value: t.rps, unit: "req/s" },
      ]),
      ...relativeTo({ figure: "one node: p99", value: o.p99, unit: "ms" }, [
        { figure: "two nodes: p99", value: t.p99, unit: "ms" },
      ]),
      ...relativeTo({ figure: "one node: p50", value: o.p50, unit: "ms" }, [
        { figure: "two nodes: p50", value: t.p50, unit: "ms" },
      ]),
    ];
    const where: { figure: string; value: number; unit: string }[] = [];
    for (const [label, p] of [
      ["one node", o],
      ["two nodes", t],
    ] as const) {
      for (const [k, v] of Object.entries(p.cpuMsPerRequest))
        where.push({ figure: `${label}: CPU of ${k} per request`, value: v, unit: "ms CPU" });
      p.poolWaiting.forEach((w, i) =>
        where.push({
          figure: `${label}: queries waiting for a pool connection in node ${"AB"[i]} (mean)`,
          value: w,
          unit: "queries",
        }),
      );
      where.push({ figure: `${label}: failed requests`, value: p.failed, unit: "requests" });
      where.push({
        figure: `${label}: the machine's CPU busy (all processes, other work included)`,
        value: p.machineBusy * 100,
        unit: "%",
      });
    }
    return [
      ...rows,
      ...absolute([
        ...where,
        { figure: "requests per phase", value: REQUESTS, unit: "requests" },
        { figure: "clients", value: CLIENTS, unit: "clients" },
        { figure: "rounds", value: ROUNDS, unit: "rounds" },
      ]),
    ];
  } finally {
    await cluster.stop();
  }
}
