/** Helpers for account-security tests: real users with a real TOTP factor, on the test clock. */
import type { FastifyInstance } from "fastify";
import { generate } from "otplib";
import { expect } from "vitest";
import type { Role } from "../src/domain/roles.js";
import { buildApp } from "../src/http/app.js";
import type { Deps } from "../src/services/deps.js";
import { createUser } from "../src/services/users.js";
import { call } from "./api.js";
import type { TestContext } from "./db.js";

/** A password that passes the policy, for the non-demo users these tests create. */
export const STRONG_PASSWORD = "olive groves above the harbour";

/** An app whose login rate limit does not get in the way of many logins in one test file. */
export function accountsApp(ctx: TestContext, deps: Deps = ctx.deps): Promise<FastifyInstance> {
  return buildApp(deps, {
    engine: ctx.engine,
    strictResponses: true,
    rateLimits: { loginPerMinute: 10_000, publicReportsPerHour: 10_000 },
  });
}

/** A mission user (not a demo user: the demo waiver never applies). */
export async function missionUser(
  deps: Deps,
  username: string,
  role: Role = "analyst",
  party: string | null = null,
): Promise<string> {
  const u = await createUser(
    deps,
    { kind: "system", name: "test" },
    { username, displayName: username, role, party, password: STRONG_PASSWORD },
  );
  return u.id;
}

/** The code an authenticator app shows at the test clock's time (steps later with `steps`). */
export function codeAt(ctx: TestContext, secret: string, steps = 0): Promise<string> {
  const epoch = Math.floor(ctx.clock().getTime() / 1000) + steps * 30;
  return generate({ secret, epoch });
}

export const login = (app: FastifyInstance, username: string, password = STRONG_PASSWORD) =>
  call(app, "POST", "/api/v1/auth/login", { body: { username, password } });

export const secondFactor = (
  app: FastifyInstance,
  body: { challenge: string; code?: string; recoveryCode?: string },
) => call(app, "POST", "/api/v1/auth/login/second-factor", { body });

/**
 * Creates a mission user and enrols a second factor the way a person does (password login,
 * enrol, confirm), then moves the clock to the next 30-second step.
 */
export async function enrolledUser(
  ctx: TestContext,
  app: FastifyInstance,
  username: string,
  role: Role = "analyst",
  party: string | null = null,
): Promise<{ userId: string; secret: string; recoveryCodes: string[]; token: string }> {
  const userId = await missionUser(ctx.deps, username, role, party);
  const first = await login(app, username);
  expect(first.body).toMatchObject({ enrolmentRequired: true });
  const token = first.body.token as string;
  const enrol = await call(app, "POST", "/api/v1/auth/totp/enrol", { token });
  expect(enrol.status).toBe(200);
  const secret = enrol.body.secret as string;
  const confirm = await call(app, "POST", "/api/v1/auth/totp/confirm", {
    token,
    body: { code: await codeAt(ctx, secret) },
  });
  expect(confirm.status).toBe(200);
  ctx.clock.advance(30_000);
  return { userId, secret, recoveryCodes: confirm.body.recoveryCodes as string[], token };
}

/** Logs an enrolled user in through both steps; returns the bearer token. */
export async function fullLogin(
  ctx: TestContext,
  app: FastifyInstance,
  username: string,
  secret: string,
): Promise<string> {
  const first = await login(app, username);
  expect(first.body).toMatchObject({ secondFactorRequired: true });
  const res = await secondFactor(app, {
    challenge: first.body.challenge as string,
    code: await codeAt(ctx, secret),
  });
  expect(res.status).toBe(200);
  ctx.clock.advance(30_000);
  return res.body.token as string;
}
