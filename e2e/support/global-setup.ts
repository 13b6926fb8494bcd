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
const SESSION_USERS = ["analyst", "monitor", "chief", "liaison-gna", "liaison-lna"] as const;

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
  const server = await startServer();
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
