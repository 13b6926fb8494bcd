/**
 * The one way the app talks to the server: JSON over fetch under /api/v1, with the session
 * cookie. Errors come back as ApiError (the server answered `{ error: { code, message } }`) or
 * NetworkError (no answer at all), so that callers can tell "refused" from "not delivered".
 *
 * A request's answer (and body) types come from the path it is sent to, matched against the API's
 * description (answers.ts): `get(\`/incidents/${id}\`)` answers an incident, and a path the API
 * lacks does not compile. No caller names an answer type.
 */
import type { AnswerAt, ApiPath, BodyAt } from "./answers.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** The server's id of the request (X-Request-Id), for a person to quote when reporting it. */
    readonly requestId?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super("The server could not be reached.", { cause });
    this.name = "NetworkError";
  }
}

type Listener = (err: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when any request learns that the session has ended. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type MutationListener = (change: { method: string; path: string }) => void;
const mutationListeners = new Set<MutationListener>();

/**
 * Called after the server accepted a change (any method but GET answered 2xx), so that what the
 * browser keeps of earlier reads can be read again.
 */
export function onMutated(listener: MutationListener): () => void {
  mutationListeners.add(listener);
  return () => mutationListeners.delete(listener);
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  query?: Record<string, string | number | undefined | null>;
}

function apiUrl(path: string, query?: RequestOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ""}`;
}

/** `method` ("GET", "POST", "PATCH", "PUT", "DELETE") on `path` (under /api/v1). */
export function api<
  M extends "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  P extends ApiPath<P, Lowercase<M>>,
>(method: M, path: P, opts?: RequestOptions): Promise<AnswerAt<P, Lowercase<M>>>;
export async function api(
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<unknown> {
  return send(method, path, opts, {
    headers: opts.body !== undefined ? { "content-type": "application/json" } : {},
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
}

/** A multipart form (a file upload); the browser writes its content type and boundary. */
export function postForm<P extends ApiPath<P, "post">>(
  path: P,
  form: FormData,
  opts: RequestOptions = {},
): Promise<AnswerAt<P, "post">> {
  return send("POST", path, opts, { headers: {}, body: form });
}

async function send<T>(
  method: string,
  path: string,
  opts: RequestOptions,
  payload: { headers: Record<string, string>; body: BodyInit | undefined },
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), {
      method,
      credentials: "same-origin",
      // The server's pages say Referrer-Policy: no-referrer, under which a browser sends
      // "Origin: null" on a POST; the server's CSRF check needs the real origin.
      referrerPolicy: "same-origin",
      headers: { accept: "application/json", ...payload.headers, ...opts.headers },
      body: payload.body,
      signal: opts.signal,
      cache: "no-store",
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new NetworkError(err);
  }
  if (res.ok && method !== "GET") {
    for (const l of mutationListeners) l({ method, path });
  }
  if (res.status === 204) return undefined as T;
  const json = await jsonOf(res);
  if (!res.ok) throw refusal(res, json);
  return json as T;
}

/** The answer's JSON body; undefined when it has none or it is not JSON (a proxy's error page). */
async function jsonOf(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => "");
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** The ApiError of a refused request, from its `{ error: { code, message } }` body. */
function refusal(res: Response, json: unknown): ApiError {
  const e = (
    json as {
      error?: { code?: string; message?: string; details?: unknown; requestId?: string };
    }
  )?.error;
  const err = new ApiError(
    res.status,
    e?.code ?? `http_${res.status}`,
    e?.message ?? (res.statusText || `HTTP ${res.status}`),
    e?.details,
    e?.requestId ?? res.headers.get("x-request-id") ?? undefined,
  );
  if (res.status === 401 && err.code === "unauthenticated") {
    for (const l of unauthenticatedListeners) l(err);
  }
  return err;
}

/** A file the API sends (an export), with the name it suggests; refusals as api() throws them. */
export async function getFile(
  path: string,
  query?: RequestOptions["query"],
): Promise<{ blob: Blob; filename: string | null }> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), { credentials: "same-origin", cache: "no-store" });
  } catch (err) {
    throw new NetworkError(err);
  }
  if (!res.ok) throw refusal(res, await jsonOf(res));
  const disposition = res.headers.get("content-disposition") ?? "";
  return { blob: await res.blob(), filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
}

export const get = <P extends ApiPath<P, "get">>(path: P, opts?: RequestOptions) =>
  api("GET", path, opts);
export const post = <P extends ApiPath<P, "post">>(
  path: P,
  body?: BodyAt<P, "post">,
  opts?: RequestOptions,
) => api("POST", path, { ...opts, body });
export const patch = <P extends ApiPath<P, "patch">>(
  path: P,
  body?: BodyAt<P, "patch">,
  opts?: RequestOptions,
) => api("PATCH", path, { ...opts, body });
export const put = <P extends ApiPath<P, "put">>(
  path: P,
  body?: BodyAt<P, "put">,
  opts?: RequestOptions,
) => api("PUT", path, { ...opts, body });
