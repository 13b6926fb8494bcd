/**
 * Starts the real server once for all browser tests (support/server.ts), then logs the test
 * users in through the API (the login rate limit allows only a few logins a minute, so tests
 * reuse these sessions).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { REPO, startServer } from "./server.js";

/** Sessions the tests borrow. Any further log-in happens through the page. */
export const SESSION_USERS = [
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
] as const;

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    sessions: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(REPO, "web/dist/index.html"))) {
    throw new Error("web/dist is missing: run `npm run build:web` first (npm run test:e2e does).");
  }
  // Every role's session is made here; the tests that log in through the page stay under the limit.
  const server = await startServer({ CFM_LOGIN_RATE_PER_MINUTE: "20" });
  try {
    const sessions: Record<string, string> = {};
    for (const u of SESSION_USERS) sessions[u] = await server.login(u);
    project.provide("baseURL", server.baseURL);
    project.provide("sessions", sessions);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server.stop;
}
