/**
 * Restoring a backup (decision 0026): the file is read once and checked whole — every part's
 * hash, the trailer, the schema it needs — before anything is written; then, into a database
 * holding no mission, the schema the backup was taken with is built by the migrations, the rows,
 * sequences and evidence files are loaded in one transaction, and any newer migrations run after.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { PassThrough } from "node:stream";
import { createGunzip } from "node:zlib";
import {
  BackupFileError,
  BackupReader,
  type BackupHeader,
  type BackupItem,
  type BackupManifest,
} from "../domain/backup-format.js";
import type { Db, Tx } from "../store/database.js";
import type { EvidenceStore } from "../store/evidence-store.js";
import {
  addForeignKeys,
  appliedMigrations,
  backupTables,
  dropForeignKeys,
  emptyTablesForLoad,
  enableTriggers,
  holdsRecords,
  insertRowTexts,
  setSequence,
  type TableShape,
} from "../store/backup-repo.js";
import { listMigrations, migrate } from "../store/migrate.js";
import { missionContentHash } from "./backup.js";

export { BackupFileError };

/** The restore is refused before anything is written: the message says why and what to do. */
export class RestoreRefusedError extends Error {}

/** Reads the backup's lines through the checking reader; a gzip error is a damaged file. */
async function* readItems(file: string): AsyncGenerator<BackupItem, BackupReader> {
  const reader = new BackupReader();
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.on("error", (err) => gunzip.destroy(err));
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const text of lines) yield reader.line(text);
  } catch (err) {
    if (err instanceof BackupFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EACCES" || code === "EISDIR") throw err;
    throw new BackupFileError(
      `The backup file is damaged: it is cut short or not a gzip stream (${(err as Error).message}).`,
    );
  } finally {
    lines.close();
    source.destroy();
  }
  reader.finish();
  return reader;
}

/** Reads the whole file and checks it; writes nothing. Throws BackupFileError when it does not hold. */
export async function checkBackupFile(
  file: string,
): Promise<{ header: BackupHeader; manifest: BackupManifest }> {
  const items = readItems(file);
  for (;;) {
    const next = await items.next();
    if (next.done) return next.value.finish();
  }
}

export interface RestoreTarget {
  db: Db;
  evidence: EvidenceStore;
}

export interface RestoreResult {
  header: BackupHeader;
  manifest: BackupManifest;
  /** The content hash of the database after the rows were loaded (before newer migrations). */
  contentHash: string;
  /** Migrations newer than the backup, applied after its rows. */
  applied: string[];
}

/**
 * Restores `file` into the target database. Refuses (RestoreRefusedError or BackupFileError, nothing written) a damaged
 * file, a backup of a schema this version does not know, and a database that already holds a
 * mission unless `force` (its rows are then replaced).
 */
export async function restoreBackup(
  target: RestoreTarget,
  file: string,
  opts: { force?: boolean } = {},
): Promise<RestoreResult> {
  const { header, manifest } = await checkBackupFile(file);
  await refuseUnlessRestorable(target.db, header, opts.force === true);
  await migrate(target.db, undefined, header.migrations);
  const tables = await target.db.transaction().execute((tx) => load(tx, target.evidence, file));
  const missing = Object.keys(manifest.tables).filter((t) => !tables.has(t));
  if (missing.length) throw new Error(`tables ${missing.join(", ")} were not restored`);
  const { contentHash } = await missionContentHash(target.db);
  if (contentHash !== manifest.contentHash)
    throw new Error(
      `the restored database's content hash ${contentHash} differs from the backup's ${manifest.contentHash}`,
    );
  const applied = await migrate(target.db);
  return { header, manifest, contentHash, applied };
}

async function refuseUnlessRestorable(db: Db, header: BackupHeader, force: boolean) {
  const known = new Set(listMigrations().map((m) => m.name));
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length)
    throw new RestoreRefusedError(
      `The backup was taken by a newer version of Ceasefire Monitor: its schema has ${unknown.length} migration(s) this version lacks (${unknown.join(", ")}). Restore it with that version or a later one.`,
    );
  if ((await holdsRecords(db)) && !force)
    throw new RestoreRefusedError(
      "The database already holds a mission (users, reports or audit entries). A backup is restored only into an empty database; give --force to replace everything it holds.",
    );
  const applied = (await hasSchema(db)) ? await appliedMigrations(db) : [];
  const backup = new Set(header.migrations);
  const newer = applied.filter((m) => !backup.has(m));
  if (newer.length)
    throw new RestoreRefusedError(
      `The database's schema is newer than the backup's (it has ${newer.length} migration(s) the backup's does not: ${newer.slice(0, 3).join(", ")}${newer.length > 3 ? ", …" : ""}). Restore into a new database with no schema: the backup's schema is built first and the newer migrations run after its rows.`,
    );
}

async function hasSchema(db: Db): Promise<boolean> {
  try {
    await appliedMigrations(db);
    return true;
  } catch {
    return false;
  }
}

const BATCH_ROWS = 1_000;
const BATCH_CHARS = 4 * 1024 * 1024;

/** Loads every row, sequence and file of the (already checked) backup in one transaction. */
async function load(tx: Tx, evidence: EvidenceStore, file: string): Promise<Set<string>> {
  const shapes = new Map((await backupTables(tx)).map((t) => [t.name, t]));
  const names = [...shapes.keys()];
  const keys = await dropForeignKeys(tx);
  await emptyTablesForLoad(tx, names);
  const loaded = new Set<string>();
  let table: TableShape | null = null;
  let batch: string[] = [];
  let chars = 0;
  let upload: { pass: PassThrough; done: Promise<{ sha256: string }> } | null = null;
  const flush = async () => {
    if (table && batch.length) await insertRowTexts(tx, table, batch);
    batch = [];
    chars = 0;
  };
  const items = readItems(file);
  for (let next = await items.next(); !next.done; next = await items.next()) {
    const item = next.value;
    switch (item.kind) {
      case "table":
        table = shapes.get(item.table) ?? null;
        if (!table)
          throw new RestoreRefusedError(
            `The backup holds table ${item.table}, which its schema's migrations do not create.`,
          );
        break;
      case "row":
        batch.push(item.text);
        chars += item.text.length;
        if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
        break;
      case "tableEnd":
        await flush();
        loaded.add(item.table);
        table = null;
        break;
      case "sequences":
        for (const s of item.sequences) await setSequence(tx, s);
        break;
      case "file": {
        const pass = new PassThrough();
        const done = evidence.put(pass, Number.MAX_SAFE_INTEGER);
        done.catch(() => {}); // awaited at the file's end; a failure also ends the waits below
        upload = { pass, done };
        break;
      }
      case "chunk":
        if (!upload!.pass.write(item.bytes))
          await Promise.race([once(upload!.pass, "drain"), upload!.done]);
        break;
      case "fileEnd": {
        upload!.pass.end();
        const stored = await upload!.done;
        if (stored.sha256 !== item.sha256)
          throw new Error(`file ${item.sha256} did not store whole`);
        upload = null;
        break;
      }
      default:
        break;
    }
  }
  await enableTriggers(tx, names);
  await addForeignKeys(tx, keys);
  return loaded;
}
