/**
 * A fuzzer of every operation of `docs/openapi.json`, against the running server: half the
 * requests valid (built from the schemas, with ids harvested from earlier answers, as a logged-in
 * user of a role that may call the operation, by bearer token or by cookie with the Origin the
 * CSRF check wants), half hostile (`hostile.ts`). Any 5xx, dropped connection or time-out is a
 * failure, printed with what reproduces it.
 */
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import type fc from "fast-check";
import { agent, NetworkError, send, type Answer, type Request } from "./http.js";
import { makeHostile, type Draft } from "./hostile.js";
import { arbitraryOf, drawer, readOperations, type Operation } from "./openapi-ops.js";
import type { ServerProcess } from "./server.js";

const OPENAPI = fileURLToPath(new URL("../docs/openapi.json", import.meta.url));
const WORKERS = 8;
const USERS = [
  "intake",
  "monitor",
  "analyst",
  "reviewer",
  "chief",
  "liaison-gna",
  "liaison-lna",
  "commission",
  "commission-lna",
  "chair",
  "auditor",
  "admin",
];
const USERS_OF: Record<string, string[]> = {
  intake: ["intake"],
  monitor: ["monitor"],
  analyst: ["analyst"],
  reviewer: ["reviewer"],
  chief: ["chief"],
  liaison: ["liaison-gna", "liaison-lna"],
  commission: ["commission", "commission-lna", "chair"],
  auditor: ["auditor"],
  admin: ["admin"],
};
/** A 1×1 PNG: an evidence file the type check accepts. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

export interface FuzzFigures {
  requests: number;
  serverErrors: number;
  networkErrors: number;
  operations: number;
  /** Operations that answered a 2xx to at least one request. */
  operationsAnswered2xx: number;
  statuses: Record<string, number>;
  /** The operations that took the most time in all, with their mean answer time. */
  slowest: string[];
  /** Operations no request got a 2xx from (valid inputs the generator does not reach yet). */
  without2xx: string[];
  failures: string[];
}

interface Session {
  user: string;
  token: string;
  userId: string;
}

interface Prepared {
  op: Operation;
  draw: { body: (() => unknown) | null; params: Map<string, () => unknown> };
}

export async function fuzz(
  server: ServerProcess,
  opts: { requests: number; log: (m: string) => void },
): Promise<FuzzFigures> {
  const ops = readOperations(OPENAPI).map(prepare);
  const sessions = new Map<string, Session>();
  for (const user of USERS) sessions.set(user, { user, ...(await server.login(user)) });
  const ownIds = new Set([...sessions.values()].map((s) => s.userId));
  const pools = new Map<string, string[]>();
  const okRoles = new Map<Operation, Set<string>>();
  const http = agent(WORKERS * 2);
  const f: FuzzFigures = {
    requests: 0,
    serverErrors: 0,
    networkErrors: 0,
    operations: ops.length,
    operationsAnswered2xx: 0,
    statuses: {},
    without2xx: [],
    slowest: [],
    failures: [],
  };

  const remember = (op: Operation, answer: Answer) => {
    if (answer.status >= 300 || !answer.text.startsWith("{")) return;
    const resource = resourceOf(op.path);
    harvest(safeJson(answer.text), (kind, v) => {
      // The suite's own users are never a target (disabled, they could not log in again).
      if (kind !== "code" && ownIds.has(v)) return;
      if (kind === "self") {
        // Kept under what the answer is about: GET /incidents gives incidents, POST
        // /incidents/{id}/tasks a task.
        addTo(pools, `self:${answerResourceOf(op.path)}`, v);
        return;
      }
      addTo(pools, `${kind}:${resource}`, v);
      addTo(pools, `${kind}:*`, v);
    });
  };

  const fromPool = (kind: string, resource: string, ownOnly = false): string | undefined => {
    const own = pools.get(`${kind}:${resource}`);
    const any = ownOnly ? undefined : pools.get(`${kind}:*`);
    const r = Math.random();
    const pool = r < 0.6 ? own : r < 0.85 ? any : undefined;
    return pool && pool.length > 0 ? pool[Math.floor(Math.random() * pool.length)] : undefined;
  };

  const build = (p: Prepared, hostile: boolean): { draft: Draft; as: string; how: string } => {
    const { op } = p;
    const draft: Draft = {
      method: op.method,
      path: op.path,
      pathParams: {},
      query: [],
      headers: {},
      body: null,
    };
    for (const param of op.params) {
      if (param.in === "path") {
        const generated = () => String(p.draw.params.get(param.name)!());
        const pooled =
          param.schema.format === "uuid"
            ? ((Math.random() < 0.6 ? fromPool("self", resourceOf(op.path), true) : undefined) ??
              fromPool("id", resourceOf(op.path)))
            : param.name === "code"
              ? fromPool("code", resourceOf(op.path), true)
              : undefined;
        draft.pathParams[param.name] = encodeURIComponent(pooled ?? generated());
      } else if (param.in === "query" && (param.required || Math.random() < 0.4)) {
        const v = withPoolIds(p.draw.params.get(param.name)!(), fromPool);
        draft.query.push([param.name, encodeURIComponent(String(v))]);
      } else if (param.in === "header" && Math.random() < 0.5) {
        draft.headers[param.name] = `rel-${randomUUID()}`;
      }
    }
    if (p.draw.body) {
      draft.body = { json: withPoolIds(p.draw.body(), fromPool) };
      // Most valid requests get plausible times: a "…From" before its "…To", both in the past.
      if (Math.random() < 0.7) plausibleTimes(draft.body.json);
      // …and a party the mission knows wherever a field names one.
      if (Math.random() < 0.7)
        plausibleParties(draft.body.json, () => fromPool("code", "parties", true));
      // Read-only mode answers every change 503 by design: never switched on here.
      if (op.path.endsWith("/emergency/read-only"))
        draft.body.json = { enabled: false, reason: "x" };
      draft.headers["content-type"] = "application/json";
    } else if (op.upload) {
      const form = uploadForm(op.path);
      draft.body = { raw: form.body };
      draft.headers["content-type"] = form.type;
    }
    const how = hostile ? makeHostile(draft) : "valid";
    // A hostile field may be `true`, which would switch read-only mode on after all (a full run
    // answered 159 changes 503 read_only_mode until a later call switched it off).
    const json = draft.body && "json" in draft.body ? draft.body.json : null;
    if (op.path.endsWith("/emergency/read-only") && json && typeof json === "object")
      (json as { enabled?: unknown }).enabled = false;
    const as = chooseCaller(op, okRoles.get(op), hostile);
    return { draft, as, how };
  };

  const authorise = (draft: Draft, as: string, baseUrl: string) => {
    const [user, via] = as.split(" by ") as [string, string | undefined];
    const s = sessions.get(user);
    if (!s) return;
    if (via === "cookie") {
      draft.headers.cookie ??= `cfm_session=${s.token}`;
      draft.headers.origin ??= baseUrl;
    } else {
      draft.headers.authorization ??= `Bearer ${s.token}`;
    }
  };

  /** A fuzzed logout or revocation ended a session: log that user in again. */
  const repair = async (as: string) => {
    const user = as.split(" by ")[0]!;
    const s = sessions.get(user);
    if (!s) return;
    const me = await send(server.baseUrl, {
      method: "GET",
      path: "/api/v1/auth/me",
      headers: { authorization: `Bearer ${s.token}` },
    });
    if (me.status === 401) {
      try {
        sessions.set(user, { user, ...(await server.login(user)) });
      } catch (err) {
        opts.log(`could not log ${user} in again: ${(err as Error).message}`);
      }
    }
  };

  const answered2xx = new Set<Operation>();
  const seen = new Set<Operation>();
  const spent = new Map<Operation, number>();
  let next = 0;
  const order = shuffled(ops);
  const worker = async () => {
    while (f.requests < opts.requests && !server.exited()) {
      const p = order[next++ % order.length]!;
      const hostile = Math.random() < 0.5;
      const { draft, as, how } = build(p, hostile);
      authorise(draft, as, server.baseUrl);
      const req = render(draft);
      f.requests++;
      let answer: Answer;
      try {
        answer = await send(server.baseUrl, req, { agent: http, timeoutMs: 60_000 });
      } catch (err) {
        if (!(err instanceof NetworkError)) throw err;
        f.networkErrors++;
        fail(f, `network error (${err.message})`, req, as, how, server.baseUrl);
        continue;
      }
      spent.set(p.op, (spent.get(p.op) ?? 0) + answer.ms);
      f.statuses[String(answer.status)] = (f.statuses[String(answer.status)] ?? 0) + 1;
      if (answer.status >= 500) {
        f.serverErrors++;
        fail(f, `${answer.status} ${answer.text.slice(0, 300)}`, req, as, how, server.baseUrl);
      } else if (answer.status < 300) {
        answered2xx.add(p.op);
        if (!hostile) addRole(okRoles, p.op, as.split(" by ")[0]!);
        remember(p.op, answer);
      } else if (answer.status === 403) {
        // A refusal names the roles that may: ask as one of them next time.
        for (const role of allowedRoles(answer.text)) {
          for (const user of USERS_OF[role] ?? []) addRole(okRoles, p.op, user);
        }
      } else if (process.env.RELIABILITY_DEBUG && !hostile && !seen.has(p.op)) {
        seen.add(p.op);
        opts.log(
          `DEBUG ${as} ${req.method} ${req.path.slice(0, 150)} ${answer.status} ${answer.text.slice(0, 250)}`,
        );
      } else if (answer.status === 401 && as !== "nobody") {
        await repair(as);
      }
      if (f.requests % 5000 === 0) {
        opts.log(
          `fuzz: ${f.requests} requests, ${f.serverErrors} 5xx, ${answered2xx.size} ops 2xx`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  http.destroy();
  if (server.exited()) f.failures.push(`the server exited during the fuzz:\n${server.output()}`);
  f.operationsAnswered2xx = answered2xx.size;
  f.slowest = [...spent]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([op, ms]) => `${op.method} ${op.path} ${(ms / 1000).toFixed(0)} s`);
  f.without2xx = ops
    .filter((p) => !answered2xx.has(p.op))
    .map((p) => `${p.op.method} ${p.op.path}`);
  return f;
}

function prepare(op: Operation): Prepared {
  const params = new Map<string, () => unknown>();
  for (const p of op.params)
    params.set(p.name, drawer(arbitraryOf(p.schema) as fc.Arbitrary<unknown>));
  return { op, draw: { body: op.body ? drawer(arbitraryOf(op.body)) : null, params } };
}

/** A role that answered 2xx before, most of the time; anyone, a stranger or nobody otherwise. */
function chooseCaller(op: Operation, ok: Set<string> | undefined, hostile: boolean): string {
  const r = Math.random();
  const via = Math.random() < 0.2 ? "cookie" : "bearer";
  if (ok && ok.size > 0 && r < 0.6) return `${pickOf([...ok])} by ${via}`;
  const open = /\/(public|health)\/|\/auth\/(login|enrolment)/.test(op.path);
  if (r > (open ? 0.7 : hostile ? 0.85 : 0.95)) return "nobody";
  return `${pickOf(USERS)} by ${via}`;
}

const pickOf = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

function shuffled<T>(xs: T[]): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function render(d: Draft): Request {
  let path = d.path;
  for (const [k, v] of Object.entries(d.pathParams)) path = path.replace(`{${k}}`, v);
  if (d.query.length > 0) path += `?${d.query.map(([k, v]) => `${k}=${v}`).join("&")}`;
  const body =
    d.body === null ? undefined : "raw" in d.body ? d.body.raw : JSON.stringify(d.body.json);
  return { method: d.method, path, headers: d.headers, ...(body !== undefined ? { body } : {}) };
}

/** /api/v1/reports/{id}/evidence → reports */
function resourceOf(path: string): string {
  return path.replace(/^\/api\/v1\//, "").split(/[/.]/)[0] ?? "";
}

/** /api/v1/incidents/{id}/tasks → tasks; /api/v1/incidents.geojson → incidents */
function answerResourceOf(path: string): string {
  const literal = path
    .replace(/^\/api\/v1\//, "")
    .split("/")
    .filter((s) => !s.startsWith("{"));
  return (literal.at(-1) ?? "").split(".")[0] ?? "";
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function harvest(
  value: unknown,
  add: (kind: "id" | "self" | "code", v: string) => void,
  depth = 0,
) {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 20)) harvest(v, add, depth + 1);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    // An object's own "id" is most likely an id of the resource the answer is about.
    if (k === "id" && typeof v === "string" && UUID.test(v)) add("self", v);
    if (typeof v === "string" && UUID.test(v)) add("id", v);
    else if (k === "code" && typeof v === "string") add("code", v);
    else harvest(v, add, depth + 1);
  }
}

function allowedRoles(text: string): string[] {
  const roles = (safeJson(text) as { error?: { details?: { roles?: unknown } } } | null)?.error
    ?.details?.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === "string") : [];
}

function addTo(pools: Map<string, string[]>, key: string, v: string) {
  const pool = pools.get(key) ?? [];
  if (pool.includes(v)) return;
  if (pool.length < 300) pool.push(v);
  else pool[Math.floor(Math.random() * pool.length)] = v;
  pools.set(key, pool);
}

function addRole(okRoles: Map<Operation, Set<string>>, op: Operation, user: string) {
  if (user === "nobody") return;
  const set = okRoles.get(op) ?? new Set();
  set.add(user);
  okRoles.set(op, set);
}

/** Generated UUIDs become ids the server knows, most of the time. */
function withPoolIds(
  value: unknown,
  fromPool: (kind: string, r: string) => string | undefined,
): unknown {
  if (typeof value === "string") {
    return UUID.test(value) && Math.random() < 0.7 ? (fromPool("id", "*") ?? value) : value;
  }
  if (Array.isArray(value)) return value.map((v) => withPoolIds(v, fromPool));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPoolIds(v, fromPool)]));
  }
  return value;
}

function uploadForm(path: string): { type: string; body: Buffer } {
  const boundary = `----cfm${randomUUID().slice(0, 8)}`;
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const file = (name: string, type: string, content: Buffer) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
          `Content-Type: ${type}\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
  let body: Buffer;
  if (path.includes("open-data")) {
    body = Buffer.concat([
      Buffer.from(field("dataset", "acled") + field("target", "context")),
      file("events.csv", "text/csv", Buffer.from("event_id_cnty,event_date\nLBY1,2020-01-14\n")),
    ]);
  } else if (path.includes("geo/layers")) {
    const geojson = JSON.stringify({
      type: "Feature",
      properties: {},
      geometry: {
        type: "LineString",
        coordinates: [
          [13.1, 32.8],
          [13.3, 32.7],
        ],
      },
    });
    body = file("line.geojson", "application/geo+json", Buffer.from(geojson));
  } else {
    body = file("photo.png", "image/png", PNG);
  }
  return { type: `multipart/form-data; boundary=${boundary}`, body };
}

function fail(f: FuzzFigures, what: string, req: Request, as: string, how: string, base: string) {
  if (f.failures.length >= 20) return;
  const body =
    req.body === undefined
      ? ""
      : ` --data-binary "$(echo ${Buffer.from(req.body).toString("base64").slice(0, 4000)} | base64 -d)"`;
  const headers = Object.entries(req.headers ?? {})
    .map(
      ([k, v]) =>
        ` -H '${k}: ${v.replace(/Bearer \S+|cfm_session=[^;]+/, (m) => m.split(/[ =]/)[0] + " <" + as + ">")}'`,
    )
    .join("");
  f.failures.push(
    `${what}\n  ${how} request as ${as}: ${req.method} ${req.path.slice(0, 300)}\n` +
      `  curl -sS -X ${req.method} '${base}${req.path}'${headers}${body}`,
  );
}

/**
 * Puts each pair of times named `xFrom` and `xTo` (or `xStart`/`xEnd`) in order, and every such
 * time in the past year: random times are mostly refused as impossible, which leaves the
 * operations' valid paths unvisited.
 */
function plausibleTimes(value: unknown, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) plausibleTimes(v, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  const now = Date.now();
  const isTime = (v: unknown): v is string =>
    typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v));
  for (const [from, to] of [
    ["From", "To"],
    ["Start", "End"],
  ] as const) {
    for (const k of Object.keys(o)) {
      if (!k.endsWith(from)) continue;
      const other = k.slice(0, -from.length) + to;
      const a = o[k];
      const b = o[other];
      if (!isTime(a)) continue;
      const t1 = now - 1000 * 3600 * (24 + Math.random() * 24 * 300);
      o[k] = new Date(t1).toISOString();
      if (isTime(b)) o[other] = new Date(t1 + Math.random() * 1000 * 3600 * 6).toISOString();
    }
  }
  for (const v of Object.values(o)) plausibleTimes(v, depth + 1);
}

/** Each string field named `party` or `…Party` gets a party code the server gave out. */
function plausibleParties(value: unknown, code: () => string | undefined, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== "object") return;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === "string" && /(^p|P)arty$/.test(k)) {
      const c = code();
      if (c) (value as Record<string, unknown>)[k] = c;
    } else plausibleParties(v, code, depth + 1);
  }
}
