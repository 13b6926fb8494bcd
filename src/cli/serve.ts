/** `cfm serve`: open the database, optionally load the demo, listen, and shut down cleanly. */
import type { Config } from "../config.js";
import { buildApp } from "../http/app.js";
import { openRuntime } from "../runtime.js";
import { seedDemo } from "../demo/seed.js";

export async function serve(config: Config, opts: { demo: boolean }): Promise<void> {
  const rt = await openRuntime(config);
  const app = await buildApp(rt.deps, {
    engine: rt.database.engine,
    logger: { level: config.logLevel },
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    try {
      await app.close();
    } finally {
      await rt.close();
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  let demoNote = "";
  if (opts.demo) {
    const res = await seedDemo(rt.deps, { password: config.demoPassword });
    demoNote =
      `\nDemo scenario (Libya 2020, SYNTHETIC data)${res.seeded ? " loaded" : " already loaded"}. Logins, password "${
        config.demoPassword
      }":\n` +
      res.logins
        .map((l) => `  ${l.username.padEnd(12)} ${l.role}${l.party ? ` (${l.party})` : ""}`)
        .join("\n");
  }
  await app.listen({ port: config.port, host: config.host });
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
      demoNote +
      "\n",
  );
}
