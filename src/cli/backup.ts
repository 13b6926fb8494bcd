/** `cfm backup`, `cfm restore` and `cfm content-hash` (decision 0026, docs/backup-format.md). */
import type { Command } from "commander";
import { loadConfig, pgliteDirOf, type Config } from "../config.js";
import { openRuntime, type Runtime } from "../runtime.js";
import { DataDirLockedError } from "../store/data-dir-lock.js";
import { backupThroughServer } from "./control-socket.js";
import { missionContentHash, writeBackupFile, type BackupSummary } from "../services/backup.js";
import { checkBackupFile, restoreBackup, type RestoreResult } from "../services/restore.js";
import { VERSION } from "../version.js";

const n = (x: number) => x.toLocaleString("en");

/** What to do when a server holds the embedded database's data folder. */
function lockedMessage(err: DataDirLockedError): DataDirLockedError {
  err.message +=
    "\nOn the embedded database, a restore (and the content hash) runs while the server is stopped: stop it (Ctrl-C, or systemctl stop), run this command, then start it again. A backup is written by the running server itself; on PostgreSQL (DATABASE_URL) every command runs beside the server.";
  return err;
}

/** The database as it is; on the embedded engine, only while no server holds the data folder. */
async function openAsItIs(config: Config): Promise<Runtime> {
  try {
    return await openRuntime(config, { schema: "any" });
  } catch (err) {
    throw err instanceof DataDirLockedError ? lockedMessage(err) : err;
  }
}

function warnOfMissingFiles(config: Config, manifest: BackupSummary["manifest"]): void {
  const missing = manifest.missingFiles;
  if (!missing.length) return;
  console.error(
    `WARNING: ${missing.length} evidence file(s) the records name are not in the evidence folder (${config.evidenceDir}) and are not in the backup:\n` +
      missing.map((s) => `  ${s}`).join("\n"),
  );
  process.exitCode = 3;
}

function describeManifest(m: BackupSummary["manifest"]): string {
  const tables = Object.values(m.tables);
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  return (
    `${n(tables.length)} tables, ${n(rows)} rows, ${n(m.sequences)} sequences, ` +
    `${n(m.files.count)} evidence files (${n(m.files.bytes)} bytes)\n` +
    `Content hash: ${m.contentHash}`
  );
}

export function registerBackupCommands(program: Command): void {
  program
    .command("backup")
    .description(
      "Write a backup of the whole mission (every table, read in one snapshot, and the evidence files) to FILE; safe while the server runs (on the embedded database, the running server writes it)",
    )
    .argument("<file>", "the backup file to write (replaced if it exists)")
    .action(async (file: string) => {
      const config = loadConfig();
      let rt: Runtime;
      try {
        rt = await openRuntime(config, { schema: "any" });
      } catch (err) {
        // The embedded database held by a running server: that server writes the backup.
        if (!(err instanceof DataDirLockedError) || config.databaseUrl) throw err;
        if (!(await backupThroughServer(pgliteDirOf(config), file))) {
          err.message +=
            "\nThe running server did not answer on its control socket (see its log): stop it (Ctrl-C, or systemctl stop), run this command, then start it again.";
          throw err;
        }
        const { manifest } = await checkBackupFile(file);
        console.log(
          `Backup written to ${file} by the running server (pid ${err.pid}): ${describeManifest(manifest)}`,
        );
        warnOfMissingFiles(config, manifest);
        return;
      }
      try {
        const summary = await writeBackupFile(
          {
            db: rt.database.db,
            engine: rt.database.engine,
            evidence: rt.deps.evidence,
            appVersion: VERSION,
          },
          file,
        );
        console.log(`Backup written to ${file}: ${describeManifest(summary.manifest)}`);
        warnOfMissingFiles(config, summary.manifest);
      } finally {
        await rt.close();
      }
    });

  program
    .command("restore")
    .description(
      "Restore a backup into an empty database (stop the server first): the file is checked whole before anything is written",
    )
    .argument("<file>", "the backup file")
    .option("--check", "only check the file (nothing is written; no database is opened)")
    .option("--force", "replace everything the database holds")
    .action(async (file: string, opts: { check?: boolean; force?: boolean }) => {
      if (opts.check) {
        const { header, manifest } = await checkBackupFile(file);
        console.log(
          `${file} is whole: taken ${header.createdAt} from ${header.engine} (version ${header.appVersion}, ${header.migrations.length} migrations).\n` +
            describeManifest(manifest),
        );
        return;
      }
      const config = loadConfig();
      const rt = await openAsItIs(config);
      let res: RestoreResult;
      try {
        res = await restoreBackup({ db: rt.database.db, evidence: rt.deps.evidence }, file, {
          force: opts.force === true,
        });
      } finally {
        await rt.close();
      }
      console.log(
        `Restored ${file} (taken ${res.header.createdAt}): ${describeManifest(res.manifest)}\n` +
          "The restored content hash matches the backup's." +
          (res.applied.length
            ? `\nThen applied ${res.applied.length} newer migration(s): ${res.applied.join(", ")}.`
            : "") +
          "\nCheck the audit chain with: cfm audit verify --full",
      );
    });

  program
    .command("content-hash")
    .description(
      "Print the mission's content hash: one SHA-256 over every table's rows, read in one snapshot (a backup records it; a restore reproduces it)",
    )
    .action(async () => {
      const rt = await openAsItIs(loadConfig());
      try {
        const { contentHash, tables } = await missionContentHash(rt.database.db);
        const rows = Object.values(tables).reduce((sum, t) => sum + t.rows, 0);
        console.log(`${contentHash}  (${n(Object.keys(tables).length)} tables, ${n(rows)} rows)`);
      } finally {
        await rt.close();
      }
    });
}
