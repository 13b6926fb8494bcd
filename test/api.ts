/** API tests go through the app's request handler (no network), as a client would. */
import type { FastifyInstance, InjectOptions } from "fastify";
import { buildApp } from "../src/http/app.js";
import type { TestContext } from "./db.js";

export async function testApp(ctx: TestContext): Promise<FastifyInstance> {
  return buildApp(ctx.deps, { engine: ctx.engine, strictResponses: true });
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The client's address as the server's socket sees it (default 127.0.0.1). */
  remoteAddress?: string;
}

export async function call(
  app: FastifyInstance,
  method: InjectOptions["method"],
  url: string,
  opts: CallOptions = {},
) {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const res = await app.inject({
    method,
    url,
    headers,
    ...(opts.remoteAddress !== undefined ? { remoteAddress: opts.remoteAddress } : {}),
    ...(opts.body !== undefined ? { payload: opts.body as InjectOptions["payload"] } : {}),
  });
  const json =
    res.body && res.headers["content-type"]?.toString().includes("json") ? res.json() : undefined;
  return { status: res.statusCode, body: json, headers: res.headers, raw: res.body };
}

/** A report body as a client sends it (JSON, ISO strings). */
export function reportJson(overrides: Record<string, unknown> = {}) {
  return {
    sourceKind: "party_complaint",
    occurredFrom: "2020-01-14T21:00:00Z",
    occurredTo: "2020-01-14T23:30:00Z",
    location: { lat: 32.795, lon: 13.287 },
    category: "A3",
    description: "Shelling of residential area in Ain Zara from the south.",
    language: "en",
    ...overrides,
  };
}

/**
 * An answer's body without the request id every error answer carries (`error.requestId`, new on
 * each request): to check that two refusals say exactly the same thing.
 */
export function withoutRequestId(body: unknown): unknown {
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (!error) return body;
  const { requestId: _id, ...rest } = error;
  return { ...(body as object), error: rest };
}
