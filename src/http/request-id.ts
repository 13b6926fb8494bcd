/**
 * The request id: in every log line (Fastify logs it as `reqId`), in the `X-Request-Id` header of
 * every answer, and in every error answer's body (`error.requestId`), so a person can quote it and
 * an operator can find the request's log lines.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";

export const REQUEST_ID_HEADER = "x-request-id";

/** What an incoming id may look like: nothing that could forge or break a log line. */
const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * A proxy's id is kept when it is safe, so one request can be followed across servers; anything
 * else (absent, too long, spaces, newlines) is replaced by a random UUID, unique across servers.
 */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === "string" && SAFE_ID.test(incoming) ? incoming : randomUUID();
}

/** Sends the id back on every answer, before any other hook can refuse the request. */
export function registerRequestIdHeader(app: FastifyInstance): void {
  app.addHook("onRequest", async (req, reply) => {
    reply.header(REQUEST_ID_HEADER, req.id);
  });
}
