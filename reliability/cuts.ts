/**
 * Connections cut under load. Clients' connections: while the mix runs, many other clients drop
 * their connections half-way (after part of the headers, part of a body, before the answer); the
 * others must not notice. Database connections (PostgreSQL): every backend of the server's
 * database is terminated (`pg_terminate_backend`) under load, and optionally the PostgreSQL server
 * is restarted; the server must answer again within seconds, and keep running.
 */
import { execFile } from "node:child_process";
import net from "node:net";
import { promisify } from "node:util";
import { send, sleep } from "./http.js";
import { runMix, type Callers, type LoadFigures } from "./load.js";
import { adminQuery, type ServerProcess, type Store } from "./server.js";

const BACKGROUND_CLIENTS = 20;
/** How long the server may take to answer again after a cut before the step fails. */
const RECOVERY_LIMIT_S = 30;

export interface CutFigures {
  what: string;
  cuts: number;
  /** The longest time from a cut (its end: a restart done) to a list request answering, s. */
  recoverySeconds: number;
  /** Requests of the background load that failed (during and after the cuts). */
  loadErrors: number;
  loadRequests: number;
  /** Of them, failures later than RECOVERY_LIMIT_S after the last cut. */
  lateErrors: number;
  serverAlive: boolean;
  samples: string[];
}

/** Runs `cut()` `times` times under load; measures until a list request answers again. */
async function underLoad(
  what: string,
  server: ServerProcess,
  callers: Callers,
  times: number,
  cut: () => Promise<void>,
): Promise<CutFigures> {
  let done = false;
  const failures: number[] = [];
  const loadRun: Promise<LoadFigures> = runMix(server, callers, {
    clients: BACKGROUND_CLIENTS,
    done: () => done,
    onOutcome: (o) => {
      if (!o.ok) failures.push(o.at);
    },
  });
  let recovery = 0;
  let lastCut = 0;
  try {
    for (let i = 0; i < times; i++) {
      await sleep(1500);
      await cut();
      lastCut = performance.now();
      recovery = Math.max(recovery, await untilAnswering(server, callers, lastCut));
    }
    await sleep(3000);
  } finally {
    done = true;
  }
  const figures = await loadRun;
  return {
    what,
    cuts: times,
    recoverySeconds: recovery,
    loadErrors: figures.errors,
    loadRequests: figures.requests,
    lateErrors: failures.filter((t) => t > lastCut + RECOVERY_LIMIT_S * 1000).length,
    serverAlive: !server.exited(),
    samples: server.exited()
      ? [...figures.samples, `the server exited; its last words:\n${server.output().slice(-3000)}`]
      : figures.samples,
  };
}

/** Seconds from `since` until the report list answers 200 (or the limit passes). */
async function untilAnswering(server: ServerProcess, callers: Callers, since: number) {
  const deadline = since + RECOVERY_LIMIT_S * 1000 * 2;
  while (performance.now() < deadline && !server.exited()) {
    try {
      const a = await send(
        server.baseUrl,
        {
          method: "GET",
          path: "/api/v1/reports?limit=5",
          headers: { authorization: `Bearer ${callers.analyst}` },
        },
        { timeoutMs: 5000 },
      );
      if (a.status === 200) return (performance.now() - since) / 1000;
    } catch {
      // not answering yet
    }
    await sleep(50);
  }
  return Infinity;
}

/** Clients that drop their connection half-way, many at once. */
export function cutClientConnections(server: ServerProcess, callers: Callers, times: number) {
  return underLoad("client connections dropped half-way", server, callers, times, async () => {
    const port = Number(new URL(server.baseUrl).port);
    const auth = `authorization: Bearer ${callers.analyst}\r\n`;
    const starts = [
      "GET /api/v1/reports?limit=50 HTTP/1.1\r\nhost: x\r\n",
      `GET /api/v1/reports?limit=50 HTTP/1.1\r\nhost: x\r\n${auth}\r\n`,
      `POST /api/v1/reports HTTP/1.1\r\nhost: x\r\n${auth}content-type: application/json\r\ncontent-length: 5000\r\n\r\n{"sourceKind":"party`,
      `GET /api/v1/incidents?limit=50 HTTP/1.1\r\nhost: x\r\n${auth}\r\nGET /api/v1/rep`,
      "POST /api/v1/auth/login HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{",
    ];
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => dropHalfWay(port, starts[i % starts.length]!, i % 3)),
    );
  });
}

function dropHalfWay(port: number, start: string, how: number): Promise<void> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1", () => {
      s.write(start);
      // at once, after a moment, or with a reset instead of a close
      if (how === 0) s.destroy();
      else if (how === 1) setTimeout(() => s.destroy(), 30 + Math.random() * 300);
      else setTimeout(() => s.resetAndDestroy(), Math.random() * 100);
    });
    s.on("error", () => undefined);
    s.on("close", () => resolve());
  });
}

/** Terminates every connection of the server's database, `times` times (PostgreSQL). */
export function cutDatabaseConnections(
  store: Store,
  server: ServerProcess,
  callers: Callers,
  adminUrl: string,
  times: number,
) {
  return underLoad("database connections terminated", server, callers, times, async () => {
    await adminQuery(
      adminUrl,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [store.name],
    );
  });
}

/** Restarts the PostgreSQL server under load (opt-in: it cuts every database of the server). */
export function restartPostgres(server: ServerProcess, callers: Callers, command: string[]) {
  return underLoad("PostgreSQL restarted", server, callers, 1, async () => {
    await promisify(execFile)(command[0]!, command.slice(1));
  });
}
