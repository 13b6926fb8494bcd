/**
 * Configuration from environment variables: parsed once, validated, frozen. Bad configuration
 * stops the process at start with a message naming the variable.
 */
import { accessSync, constants, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  CFM_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  CFM_DEMO_PASSWORD: z.string().min(1).default("demo"),
  CFM_DEMO_WAIVE_SECOND_FACTOR: z
    .enum(["true", "false", "1", "0", "on", "off"], "must be true or false")
    .optional(),
  CFM_EVIDENCE_DIR: z.string().min(1).optional(),
  CFM_BASEMAP_PMTILES: z.string().min(1).optional(),
  CFM_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  CFM_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  port: number;
  host: string;
  /** Everything the embedded mode keeps: `pgdata/` (PGlite) and `evidence/` (files). */
  dataDir: string;
  databaseUrl: string | null;
  demoPassword: string;
  /**
   * Whether demo users (is_demo) may log in without a second factor. null: only when serving with
   * --demo. Never applies to other users (decision 0006).
   */
  demoWaiveSecondFactor: boolean | null;
  evidenceDir: string;
  /** An operator-supplied PMTiles basemap served at /basemap.pmtiles; null: the shipped one. */
  basemapPmtiles: string | null;
  logLevel: string;
  /** Login attempts one client address may make per minute. */
  loginRatePerMinute: number;
  /** PostgreSQL cancels a statement that runs longer than this (milliseconds). */
  statementTimeoutMs: number;
}

export const pgliteDirOf = (config: Pick<Config, "dataDir">) => join(config.dataDir, "pgdata");

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.CFM_DATA_DIR);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? null,
    demoPassword: e.CFM_DEMO_PASSWORD,
    demoWaiveSecondFactor:
      e.CFM_DEMO_WAIVE_SECOND_FACTOR === undefined
        ? null
        : ["true", "1", "on"].includes(e.CFM_DEMO_WAIVE_SECOND_FACTOR),
    evidenceDir: resolve(e.CFM_EVIDENCE_DIR ?? join(dataDir, "evidence")),
    basemapPmtiles: basemapFile(e.CFM_BASEMAP_PMTILES),
    logLevel: e.LOG_LEVEL,
    loginRatePerMinute: e.CFM_LOGIN_RATE_PER_MINUTE,
    statementTimeoutMs: e.CFM_STATEMENT_TIMEOUT_MS,
  });
}

/** The PMTiles file must exist and be readable at start, not fail at the first map view. */
function basemapFile(path: string | undefined): string | null {
  if (path === undefined) return null;
  const file = resolve(path);
  try {
    if (statSync(file).isFile()) {
      accessSync(file, constants.R_OK);
      return file;
    }
  } catch {
    // reported below
  }
  throw new ConfigError(
    `Invalid configuration:\n  CFM_BASEMAP_PMTILES: ${file} is not a readable file`,
  );
}
