/**
 * The read and write mix of a mission's working day, sent by many clients at once, each one
 * request after another on its own keep-alive connection: analysts and the chief read the report
 * list (plain and filtered), a report, the incident list and an incident; liaisons read their
 * party's list and file reports (half with an Idempotency-Key). An error is any answer other than
 * the expected one, a dropped connection or a time-out (30 s).
 */
import { randomUUID } from "node:crypto";
import { agent, NetworkError, percentile, send, type Request } from "./http.js";
import type { ServerProcess } from "./server.js";

export interface Callers {
  analyst: string;
  chief: string;
  liaisons: { token: string; other: string }[];
  reportIds: string[];
  incidentIds: string[];
}

export interface LoadFigures {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  /** p99 per kind of request, ms. */
  p99ByKind: Record<string, number>;
  samples: string[];
}

export async function callersOf(server: ServerProcess): Promise<Callers> {
  const analyst = (await server.login("analyst")).token;
  const list = async (path: string) => {
    const a = await send(server.baseUrl, {
      method: "GET",
      path,
      headers: { authorization: `Bearer ${analyst}` },
    });
    if (a.status !== 200) throw new Error(`${path}: ${a.status} ${a.text.slice(0, 300)}`);
    return (JSON.parse(a.text) as { items: { id: string }[] }).items.map((x) => x.id);
  };
  return {
    analyst,
    chief: (await server.login("chief")).token,
    liaisons: [
      { token: (await server.login("liaison-gna")).token, other: "LNA" },
      { token: (await server.login("liaison-lna")).token, other: "GNA" },
    ],
    reportIds: await list("/api/v1/reports?limit=100"),
    incidentIds: await list("/api/v1/incidents?limit=100"),
  };
}

interface Kind {
  name: string;
  share: number;
  expect: number;
  make: (c: Callers) => Request;
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const MIX: Kind[] = [
  {
    name: "GET /reports",
    share: 0.25,
    expect: 200,
    make: (c) => ({
      method: "GET",
      path: "/api/v1/reports?limit=50",
      headers: bearer(pick([c.analyst, c.chief])),
    }),
  },
  {
    name: "GET /reports filtered",
    share: 0.1,
    expect: 200,
    make: (c) => ({
      method: "GET",
      path: `/api/v1/reports?limit=50&category=${pick(["A1", "A3", "B2"])}&from=2020-01-01T00:00:00Z`,
      headers: bearer(c.analyst),
    }),
  },
  {
    name: "GET /reports as a liaison",
    share: 0.1,
    expect: 200,
    make: (c) => ({
      method: "GET",
      path: "/api/v1/reports?limit=50",
      headers: bearer(pick(c.liaisons).token),
    }),
  },
  {
    name: "GET /reports/{id}",
    share: 0.1,
    expect: 200,
    make: (c) => ({
      method: "GET",
      path: `/api/v1/reports/${pick(c.reportIds)}`,
      headers: bearer(c.analyst),
    }),
  },
  {
    name: "GET /incidents",
    share: 0.1,
    expect: 200,
    make: (c) => ({
      method: "GET",
      path: "/api/v1/incidents?limit=50",
      headers: bearer(c.analyst),
    }),
  },
  {
    name: "GET /incidents/{id}",
    share: 0.1,
    expect: 200,
    make: (c) => ({
      method: "GET",
      path: `/api/v1/incidents/${pick(c.incidentIds)}`,
      headers: bearer(c.chief),
    }),
  },
  {
    name: "POST /reports",
    share: 0.25,
    expect: 201,
    make: (c) => {
      const who = pick(c.liaisons);
      return {
        method: "POST",
        path: "/api/v1/reports",
        headers: {
          ...bearer(who.token),
          "content-type": "application/json",
          ...(Math.random() < 0.5 ? { "idempotency-key": `load-${randomUUID()}` } : {}),
        },
        body: JSON.stringify({
          sourceKind: "party_complaint",
          occurredFrom: "2020-01-14T21:00:00Z",
          occurredTo: "2020-01-14T23:30:00Z",
          location: { lat: 32.7 + Math.random() * 0.2, lon: 13.1 + Math.random() * 0.3 },
          category: pick(["A1", "A3", "B2"]),
          allegedParty: who.other,
          description: `Load: mortar fire heard near the airport road — قذائف هاون قرب طريق المطار`,
          language: "en",
        }),
      };
    },
  },
];

/** The baseline: the cheapest answer the server gives (no database), by the same clients. */
const LIVE: Kind[] = [
  {
    name: "GET /health/live",
    share: 1,
    expect: 200,
    make: () => ({ method: "GET", path: "/api/v1/health/live" }),
  },
];

function drawKind(kinds: Kind[]): Kind {
  let r = Math.random();
  for (const k of kinds) {
    r -= k.share;
    if (r <= 0) return k;
  }
  return kinds[kinds.length - 1]!;
}

/** One timed outcome, for the fault steps' timelines. */
export interface Outcome {
  at: number;
  ok: boolean;
}

/**
 * Runs the mix with `clients` clients until `done()` says so (checked between requests); every
 * outcome is given to `onOutcome`. `pauseMs`: each client waits a random time up to it after
 * each answer, as a person reads a page before the next click (none: back to back, the most the
 * server can take).
 */
export async function runMix(
  server: ServerProcess,
  callers: Callers,
  opts: {
    clients: number;
    done: () => boolean;
    onOutcome?: (o: Outcome) => void;
    kinds?: Kind[];
    pauseMs?: number;
  },
): Promise<LoadFigures> {
  const http = agent(opts.clients);
  const times: number[] = [];
  const byKind = new Map<string, number[]>();
  const samples: string[] = [];
  let errors = 0;
  const t0 = performance.now();
  const client = async () => {
    while (!opts.done()) {
      const kind = drawKind(opts.kinds ?? MIX);
      let ok = false;
      let ms = 0;
      let what = "";
      try {
        const a = await send(server.baseUrl, kind.make(callers), {
          agent: http,
          timeoutMs: 30_000,
        });
        ms = a.ms;
        ok = a.status === kind.expect;
        what = `${a.status} ${a.text.slice(0, 200)}`;
      } catch (err) {
        if (!(err instanceof NetworkError)) throw err;
        what = err.message;
      }
      opts.onOutcome?.({ at: performance.now(), ok });
      if (!ok) {
        errors++;
        if (samples.length < 5) samples.push(`${kind.name}: ${what}`);
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      times.push(ms);
      const ofKind = byKind.get(kind.name) ?? [];
      ofKind.push(ms);
      byKind.set(kind.name, ofKind);
      if (opts.pauseMs) await new Promise((r) => setTimeout(r, Math.random() * opts.pauseMs!));
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, client));
  const seconds = (performance.now() - t0) / 1000;
  http.destroy();
  times.sort((a, b) => a - b);
  const p99ByKind: Record<string, number> = {};
  for (const [k, v] of byKind)
    p99ByKind[k] = Math.round(
      percentile(
        v.sort((a, b) => a - b),
        99,
      ),
    );
  return {
    clients: opts.clients,
    seconds,
    requests: times.length + errors,
    errors,
    rps: (times.length + errors) / seconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    p99ByKind,
    samples,
  };
}

/**
 * `clients` clients for `seconds`: the mix, or with `baseline` the liveness check alone; with
 * `pauseMs`, each client pauses up to that long between requests (runMix).
 */
export async function load(
  server: ServerProcess,
  callers: Callers,
  opts: { clients: number; seconds: number; baseline?: boolean; pauseMs?: number },
): Promise<LoadFigures> {
  const end = performance.now() + opts.seconds * 1000;
  return runMix(server, callers, {
    clients: opts.clients,
    done: () => performance.now() >= end,
    ...(opts.baseline ? { kinds: LIVE } : {}),
    ...(opts.pauseMs ? { pauseMs: opts.pauseMs } : {}),
  });
}
