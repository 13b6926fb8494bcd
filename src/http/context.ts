/** Resolves who is calling (bearer token, or session cookie) before any route runs. */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Actor } from "../domain/roles.js";
import { authenticate, type Credential } from "../services/auth.js";
import type { Deps } from "../services/deps.js";

export const SESSION_COOKIE = "cfm_session";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor;
    sessionToken: string | null;
    /** How the caller authenticated: a bearer header, the session cookie, or not at all. */
    authVia: "bearer" | "cookie" | null;
    /** The session or API token the caller authenticated with (decision 0006). */
    credential: Credential | null;
  }
}

function tokenOf(req: FastifyRequest): { token: string; via: "bearer" | "cookie" } | null {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) {
    const token = header.slice(7).trim();
    return token ? { token, via: "bearer" } : null;
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: "cookie" } : null;
}

export function registerActorResolution(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest("actor", undefined as never);
  app.decorateRequest("sessionToken", null);
  app.decorateRequest("authVia", null);
  app.decorateRequest("credential", null);
  app.addHook("onRequest", async (req) => {
    const found = tokenOf(req);
    const auth = found ? await authenticate(deps, found.token) : null;
    req.sessionToken = auth?.credential.kind === "session" ? found!.token : null;
    req.authVia = auth ? found!.via : null;
    req.credential = auth?.credential ?? null;
    req.actor = auth?.actor ?? { kind: "public" };
  });
}
