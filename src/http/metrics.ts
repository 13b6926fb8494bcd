/**
 * Prometheus metrics at /metrics (outside the API): requests by method, route and status class,
 * their duration, the process's memory and uptime, the database pool and the job queue.
 *
 * Not public: without CFM_METRICS_TOKEN the route answers like one that does not exist, and with
 * it only a request bearing that token is answered (request counts and timings say what the
 * mission is doing).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../domain/errors.js";
import { pendingJobCount } from "../services/health.js";
import type { Deps } from "../services/deps.js";
import type { PoolStats } from "../store/database.js";
import { Counter, EXPOSITION_CONTENT_TYPE, gaugeText, Histogram } from "./metrics-registry.js";

export interface MetricsOptions {
  /** The bearer token a scrape must carry (CFM_METRICS_TOKEN); null: /metrics answers 404. */
  token: string | null;
  /** The database pool's figures, when the caller has a pool to read. */
  poolStats?: () => PoolStats;
}

/** Seconds; a request slower than 10 s is in +Inf. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The route of a request that matched none: never the raw path, which may hold ids. */
const UNMATCHED = "(unmatched)";

export function registerMetrics(app: FastifyInstance, deps: Deps, opts: MetricsOptions): void {
  const requests = new Counter(
    "cfm_http_requests_total",
    "HTTP requests answered, by method, route pattern and status class",
  );
  const durations = new Histogram(
    "cfm_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route pattern",
    DURATION_BUCKETS,
  );
  app.addHook("onResponse", async (req, reply) => {
    // The registered pattern (/api/v1/incidents/:id), never the URL asked for.
    const route = req.routeOptions.url ?? UNMATCHED;
    const status = `${Math.floor(reply.statusCode / 100)}xx`;
    requests.inc({ method: req.method, route, status });
    durations.observe({ method: req.method, route }, reply.elapsedTime / 1000);
  });

  app.get("/metrics", { schema: { hide: true } }, async (req, reply) => {
    if (opts.token === null) return reply.callNotFound();
    if (!bearerMatches(req, opts.token)) {
      throw new DomainError("unauthenticated", "Send the metrics token as a bearer token.");
    }
    const scraped = [requests.text(), durations.text(), await gauges(deps, opts)];
    return reply
      .header("content-type", EXPOSITION_CONTENT_TYPE)
      .header("cache-control", "no-store")
      .send(scraped.join(""));
  });
}

/** Compared in constant time: digests of equal length, whatever was sent. */
function bearerMatches(req: FastifyRequest, token: string): boolean {
  const header = req.headers.authorization ?? "";
  const sent = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(sent), digest(token));
}

async function gauges(deps: Deps, opts: MetricsOptions): Promise<string> {
  const memory = process.memoryUsage();
  let out =
    gaugeText("process_resident_memory_bytes", "Resident set size", memory.rss) +
    gaugeText("nodejs_heap_size_used_bytes", "V8 heap in use", memory.heapUsed) +
    gaugeText("process_uptime_seconds", "Seconds since the process started", process.uptime());
  const pool = opts.poolStats?.();
  if (pool) {
    out +=
      gaugeText("cfm_db_pool_connections", "Database connections open", pool.total) +
      gaugeText("cfm_db_pool_idle_connections", "Database connections idle", pool.idle) +
      gaugeText("cfm_db_pool_waiting_queries", "Queries waiting for a connection", pool.waiting);
  }
  // A database that does not answer must not fail the scrape: the other figures still help.
  const pending = await pendingJobCount(deps).catch(() => null);
  if (pending !== null)
    out += gaugeText("cfm_jobs_pending", "Persisted jobs queued or running", pending);
  return out;
}
