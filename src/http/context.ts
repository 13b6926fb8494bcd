/** Resolves who is calling (bearer token, or session cookie) before any route runs. */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Actor } from "../domain/roles.js";
import { authenticate } from "../services/auth.js";
import type { Deps } from "../services/deps.js";

export const SESSION_COOKIE = "cfm_session";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor;
    sessionToken: string | null;
  }
}

export function tokenOf(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim() || null;
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

export function registerActorResolution(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest("actor", undefined as never);
  app.decorateRequest("sessionToken", null);
  app.addHook("onRequest", async (req) => {
    const token = tokenOf(req);
    req.sessionToken = token;
    req.actor = (token && (await authenticate(deps, token))) || { kind: "public" };
  });
}
