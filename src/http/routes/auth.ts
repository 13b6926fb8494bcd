import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { login, logout, SESSION_HOURS } from "../../services/auth.js";
import { requireUser } from "../../services/access.js";
import type { Deps } from "../../services/deps.js";
import { SESSION_COOKIE } from "../context.js";

const LoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export function authRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/auth/login",
    {
      schema: {
        summary: "Log in; returns a bearer token and sets a session cookie",
        body: LoginBody,
      },
    },
    async (req, reply) => {
      const result = await login(deps, req.body.username, req.body.password);
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: req.protocol === "https",
        maxAge: SESSION_HOURS * 3600,
      });
      return { token: result.token, expiresAt: result.expiresAt.toISOString(), user: result.user };
    },
  );

  r.post("/auth/logout", { schema: { summary: "End the current session" } }, async (req, reply) => {
    requireUser(req.actor);
    if (req.sessionToken) await logout(deps, req.actor, req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.status(204).send();
  });

  r.get("/auth/me", { schema: { summary: "Who is logged in" } }, async (req) => {
    requireUser(req.actor);
    const { userId, username, role, party } = req.actor;
    return { id: userId, username, role, party };
  });
}
