/**
 * Configuration from environment variables: parsed once, validated, frozen. Bad configuration
 * stops the process at start with a message naming the variable.
 */
import { accessSync, constants, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import type { SmtpSettings } from "./services/mailer.js";

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
  CFM_KEYS_DIR: z.string().min(1).optional(),
  CFM_BASEMAP_PMTILES: z.string().min(1).optional(),
  CFM_CHROMIUM: z.string().min(1).default("/usr/bin/chromium"),
  CFM_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  CFM_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  CFM_DATABASE_START_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  CFM_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(1_000),
  // E-mail notices (decision 0018): the operator's SMTP server; absent, no e-mail is sent.
  CFM_SMTP_HOST: z.string().min(1).optional(),
  CFM_SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  CFM_SMTP_TLS: z
    .enum(["tls", "starttls", "none"], "must be tls, starttls or none")
    .default("starttls"),
  CFM_SMTP_USER: z.string().min(1).optional(),
  CFM_SMTP_PASSWORD: z.string().min(1).optional(),
  CFM_SMTP_FROM: z.string().min(3).optional(),
  CFM_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\//, "must be an http(s):// URL")
    .optional(),
  CFM_TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/,
      'must be "true", "false", or addresses and CIDR ranges separated by commas',
    )
    .optional(),
  CFM_SECURE_COOKIES: z.enum(["auto", "always", "never"]).default("auto"),
  // A secret: never a default. Long enough that it cannot be guessed by trying.
  CFM_METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
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
  /** The private signing keys (decision 0020): outside the database; default `<dataDir>/keys`. */
  keysDir: string;
  /** An operator-supplied PMTiles basemap served at /basemap.pmtiles; null: the shipped one. */
  basemapPmtiles: string | null;
  logLevel: string;
  /** Login attempts one client address may make per minute. */
  loginRatePerMinute: number;
  /** PostgreSQL cancels a statement that runs longer than this (milliseconds). */
  statementTimeoutMs: number;
  /** How long to wait at start for a PostgreSQL server that is not reachable yet (milliseconds). */
  databaseStartTimeoutMs: number;
  /**
   * How long a server trusts a session or the read-only switch it read (milliseconds; 0: reads
   * them on every request). Other servers' changes reach it at once through NOTIFY (decision 0025);
   * this bounds how long a notice missed while its listener reconnects goes unnoticed.
   */
  cacheMs: number;
  /** The Chromium executable that prints report products to PDF (decision 0022). */
  chromium: string;
  /**
   * The reverse proxies whose X-Forwarded-* headers are believed: the client's address (login
   * lockout, rate limits) and protocol (Secure cookies) come from them (decision 0024).
   */
  trustProxy: boolean | string;
  /** When the session cookie is marked Secure (decision 0024). */
  secureCookies: "auto" | "always" | "never";
  /** The address users reach the server at (CFM_PUBLIC_URL), if configured. */
  publicUrl: string | null;
  /** The bearer token Prometheus sends to read /metrics; null: /metrics answers 404. */
  metricsToken: string | null;
  /** The SMTP server for e-mail notices; null: none configured. Its password only from the environment. */
  smtp: SmtpSettings | null;
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
    keysDir: resolve(e.CFM_KEYS_DIR ?? join(dataDir, "keys")),
    basemapPmtiles: basemapFile(e.CFM_BASEMAP_PMTILES),
    logLevel: e.LOG_LEVEL,
    loginRatePerMinute: e.CFM_LOGIN_RATE_PER_MINUTE,
    statementTimeoutMs: e.CFM_STATEMENT_TIMEOUT_MS,
    databaseStartTimeoutMs: e.CFM_DATABASE_START_TIMEOUT_MS,
    cacheMs: e.CFM_CACHE_MS,
    chromium: e.CFM_CHROMIUM,
    trustProxy: trustProxyOf(e.CFM_TRUST_PROXY),
    secureCookies: e.CFM_SECURE_COOKIES,
    publicUrl: e.CFM_PUBLIC_URL ?? null,
    metricsToken: e.CFM_METRICS_TOKEN ?? null,
    smtp: smtpSettings(e),
  });
}

/** "true", "false", or "10.0.0.1, 10.1.0.0/16" (as Fastify's trustProxy takes them). */
function trustProxyOf(v: string | undefined): boolean | string {
  if (v === undefined || v === "false") return false;
  if (v === "true") return true;
  return v.replaceAll(/\s+/g, "");
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

function smtpSettings(e: z.infer<typeof Env>): SmtpSettings | null {
  if (!e.CFM_SMTP_HOST) return null;
  const missing = [
    !e.CFM_SMTP_FROM && "CFM_SMTP_FROM: required with CFM_SMTP_HOST (the sender's address)",
    e.CFM_SMTP_USER && !e.CFM_SMTP_PASSWORD && "CFM_SMTP_PASSWORD: required with CFM_SMTP_USER",
  ].filter((m): m is string => typeof m === "string");
  if (missing.length) throw new ConfigError(`Invalid configuration:\n  ${missing.join("\n  ")}`);
  return {
    host: e.CFM_SMTP_HOST,
    port: e.CFM_SMTP_PORT,
    secure: e.CFM_SMTP_TLS === "tls",
    requireTls: e.CFM_SMTP_TLS === "starttls",
    user: e.CFM_SMTP_USER ?? null,
    password: e.CFM_SMTP_PASSWORD ?? null,
    from: e.CFM_SMTP_FROM!,
    linkBase: e.CFM_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`,
  };
}
