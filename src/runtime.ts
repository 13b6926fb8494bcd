/** Opening what a process needs (database, migrations, file store) from the configuration. */
import { pgliteDirOf, type Config } from "./config.js";
import { openDatabase, type Database } from "./store/database.js";
import { fileEvidenceStore } from "./store/evidence-store.js";
import { migrate } from "./store/migrate.js";
import type { Deps } from "./services/deps.js";

export interface Runtime {
  database: Database;
  deps: Deps;
  close(): Promise<void>;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const database = config.databaseUrl
    ? await openDatabase({ engine: "postgres", url: config.databaseUrl })
    : await openDatabase({ engine: "pglite", dataDir: pgliteDirOf(config) });
  try {
    await migrate(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  const deps: Deps = {
    db: database.db,
    clock: () => new Date(),
    evidence: fileEvidenceStore(config.evidenceDir),
  };
  return { database, deps, close: () => database.close() };
}
