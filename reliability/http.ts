/**
 * One HTTP request as the suite's clients send it: keep-alive, a time-out, the raw bytes of the
 * body (hostile bodies are not always valid UTF-8), and the answer's status, text and duration.
 */
import http from "node:http";

export interface Request {
  method: string;
  /** The path and query, e.g. /api/v1/reports?limit=5 */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface Answer {
  status: number;
  text: string;
  ms: number;
}

/** A network failure (refused, reset, timed out): the request may or may not have taken effect. */
export class NetworkError extends Error {}

export function agent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets });
}

export function send(
  baseUrl: string,
  req: Request,
  opts: { agent?: http.Agent; timeoutMs?: number } = {},
): Promise<Answer> {
  const target = new URL(baseUrl);
  const body = req.body === undefined ? null : Buffer.from(req.body);
  const headers: Record<string, string | number> = { ...req.headers };
  if (body) headers["content-length"] = body.length;
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const r = http.request(
      {
        agent: opts.agent,
        host: target.hostname,
        port: target.port,
        path: req.path,
        method: req.method,
        headers,
        timeout: opts.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString(),
            ms: performance.now() - t0,
          }),
        );
        res.on("error", (e) => reject(new NetworkError(e.message)));
      },
    );
    r.on("timeout", () => r.destroy(new Error("timed out")));
    r.on("error", (e) => reject(new NetworkError(e.message)));
    r.end(body ?? undefined);
  });
}

/** The percentile (0–100) of durations, nearest rank. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
