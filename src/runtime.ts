/**
 * Opening what a process needs (database, migrations, file store, the mission's geography) from
 * the configuration.
 */
import { pino } from "pino";
import { pgliteDirOf, type Config } from "./config.js";
import { databaseClock, type DatabaseClock } from "./store/database-clock.js";
import { openDatabase, type Database } from "./store/database.js";
import { fileEvidenceStore } from "./store/evidence-store.js";
import { fileKeyStore } from "./store/key-store.js";
import { chromiumPrinter } from "./store/pdf-printer.js";
import { migrate, pendingMigrations } from "./store/migrate.js";
import { databaseGeography } from "./services/database-geography.js";
import type { Deps } from "./services/deps.js";

export interface Runtime {
  database: Database;
  deps: Deps;
  /** Migrations this opening applied (schema "migrate"). */
  applied: string[];
  close(): Promise<void>;
}

/** The database's schema is behind the code; the operator runs `cfm migrate` deliberately. */
export class SchemaBehindError extends Error {
  constructor(readonly pending: string[]) {
    super(
      `The database is missing ${pending.length} migration(s) (${pending.join(", ")}). ` +
        "Nothing was changed; run `cfm migrate` first.",
    );
  }
}

/**
 * `schema`: "migrate" applies pending migrations (the server, `cfm migrate`); "require" refuses
 * to work on a database whose schema is behind and never changes it (most commands); "any" takes
 * the database as it is, even without a schema, and reads nothing of the mission (backup and
 * restore).
 */
export async function openRuntime(
  config: Config,
  opts: { schema: "migrate" | "require" | "any" },
): Promise<Runtime> {
  const log = pino({ level: config.logLevel });
  const database = config.databaseUrl
    ? await openDatabase({
        engine: "postgres",
        url: config.databaseUrl,
        statementTimeoutMs: config.statementTimeoutMs,
        startTimeoutMs: config.databaseStartTimeoutMs,
        onConnectionError: (err) =>
          log.warn({ err }, "a database connection broke; the next query opens a new one"),
        onWaiting: (err, retryInMs) =>
          log.warn(
            { err: err.message, retryInMs },
            "the database cannot be reached yet; trying again",
          ),
      })
    : await openDatabase({ engine: "pglite", dataDir: pgliteDirOf(config) });
  let applied: string[] = [];
  try {
    if (opts.schema === "migrate") applied = await migrate(database.db);
    else if (opts.schema === "require") {
      const pending = await pendingMigrations(database.db);
      if (pending.length) throw new SchemaBehindError(pending);
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  // On a PostgreSQL server, which several processes may share, instants come from the database's
  // clock (decision 0025); the embedded database runs on this machine's.
  let clock: DatabaseClock | null = null;
  if (database.engine === "postgres") {
    try {
      clock = await databaseClock(database.db, {
        onError: (err) => log.warn({ err: err.message }, "reading the database's clock failed"),
      });
    } catch (err) {
      await database.close();
      throw err;
    }
  }
  const deps: Deps = {
    db: database.db,
    clock: clock ? clock.now : () => new Date(),
    evidence: fileEvidenceStore(config.evidenceDir),
    keys: fileKeyStore(config.keysDir),
    printer: chromiumPrinter(config.chromium),
    // The mission's districts, area and places, read from the database.
    geography: databaseGeography(database.db),
  };
  const close = () => {
    clock?.stop();
    return database.close();
  };
  try {
    if (opts.schema !== "any") await deps.geography.refresh();
  } catch (err) {
    await close();
    throw err;
  }
  return { database, deps, applied, close };
}
