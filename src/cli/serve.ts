/** `cfm serve`: open the database, optionally load the demo, listen, and shut down cleanly. */
import { pgliteDirOf, type Config } from "../config.js";
import { buildApp } from "../http/app.js";
import { DEFAULT_RATE_LIMITS } from "../http/security.js";
import { openRuntime } from "../runtime.js";
import { seedDemo } from "../demo/seed.js";
import { startJobLoop, type JobLoop } from "../services/jobs.js";
import { smtpMailer } from "../services/mailer.js";
import { setCacheWindow } from "../services/session-cache.js";
import { followChangesElsewhere, type ChangeListener } from "../services/shared-caches.js";
import { VERSION } from "../version.js";
import { startControlSocket } from "./control-socket.js";
import { signingKeyNotes } from "./keys.js";

const DEMO_WAIVER_NOTICE =
  "Demo users log in without a second factor (demo waiver). A real deployment requires TOTP for every account.";

export async function serve(config: Config, opts: { demo: boolean }): Promise<void> {
  const rt = await openRuntime(config, { schema: "migrate" });
  setCacheWindow(config.cacheMs);
  // The demo waiver (decision 0006): on by default only with --demo, and only for demo users.
  const waiver = config.demoWaiveSecondFactor ?? opts.demo;
  const deps = {
    ...rt.deps,
    demoSecondFactorWaiver: waiver,
    ...(config.smtp ? { mailer: smtpMailer(config.smtp) } : {}),
  };
  const app = await buildApp(deps, {
    engine: rt.database.engine,
    logger: { level: config.logLevel },
    basemapPmtiles: config.basemapPmtiles,
    rateLimits: { ...DEFAULT_RATE_LIMITS, loginPerMinute: config.loginRatePerMinute },
    trustProxy: config.trustProxy,
    secureCookies: config.secureCookies,
    publicUrl: config.publicUrl,
    metricsToken: config.metricsToken,
    poolStats: rt.database.poolStats,
  });
  // Persisted jobs and the geo-evaluation sweep (decision 0004); started once the server listens.
  let jobs: JobLoop | null = null;
  let changes: ChangeListener | null = null;
  let closeControl: (() => Promise<void>) | null = null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    try {
      await jobs?.stop();
      await closeControl?.();
      await app.close();
      await changes?.close();
    } finally {
      await rt.close();
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  // The first signing key is made at first start (decision 0020); earlier releases are signed.
  const keyNote = await signingKeyNotes(rt.deps, config.keysDir);
  let demoNote = "";
  if (opts.demo) {
    const res = await seedDemo(rt.deps, { password: config.demoPassword });
    demoNote =
      `\nDemo scenario (Libya 2020, SYNTHETIC data)${res.seeded ? " loaded" : " already loaded"}. Logins, password "${
        config.demoPassword
      }":\n` +
      res.logins
        .map(
          (l) =>
            `  ${l.username.padEnd(Math.max(...res.logins.map((x) => x.username.length)) + 1)} ${l.role}${
              l.party ? ` (${l.party})` : l.role === "commission" ? " (chair, no party)" : ""
            }`,
        )
        .join("\n");
  }
  // Several servers may share a PostgreSQL server: each forgets what another changed (decision 0025).
  if (config.databaseUrl) {
    changes = followChangesElsewhere(deps, config.databaseUrl, (m) => app.log.warn(m));
    await Promise.race([changes.ready, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  await app.listen({ port: config.port, host: config.host });
  jobs = startJobLoop(deps, { log: (m) => app.log.error(m) });
  // The embedded database has one process: `cfm backup` asks this one (decision 0026).
  if (rt.database.engine === "pglite") {
    try {
      closeControl = await startControlSocket(
        pgliteDirOf(config),
        { db: rt.database.db, engine: "pglite", evidence: rt.deps.evidence, appVersion: VERSION },
        (m) => app.log.error(m),
      );
    } catch (err) {
      // A socket path longer than the system takes (108 bytes), or a folder that only reads:
      // the server runs, and `cfm backup` says to stop it first.
      app.log.warn(
        `cfm backup cannot ask this server (${err instanceof Error ? err.message : String(err)}); stop the server to back it up`,
      );
    }
  }
  const where =
    rt.database.engine === "pglite"
      ? `embedded PGlite in ${config.dataDir}`
      : "PostgreSQL (DATABASE_URL)";
  console.log(
    `\nCeasefire Monitor is running at http://${config.host}:${config.port}/\n` +
      `API: http://${config.host}:${config.port}/api/v1/  (OpenAPI: /api/v1/openapi.json)\n` +
      `Database: ${where}` +
      (rt.database.engine === "pglite"
        ? "\nNote: the embedded database survives a crash but not a power loss; production data belongs on PostgreSQL."
        : "") +
      keyNote +
      demoNote +
      (waiver ? `\n${DEMO_WAIVER_NOTICE}` : "") +
      "\n",
  );
}
