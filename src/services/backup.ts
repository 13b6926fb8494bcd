/**
 * Backing up the mission (issue 15, decision 0026): every table read in one snapshot, then the
 * evidence files the snapshot refers to, into one gzipped file (docs/backup-format.md). Writers
 * carry on meanwhile: the snapshot sees each transaction wholly or not at all, and a file of the
 * store is written once under its hash and never changed, so copying it after the snapshot gives
 * the bytes the snapshot's rows name.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import {
  BackupWriter,
  FILE_CHUNK_BYTES,
  RowHasher,
  contentHashOf,
  type BackupManifest,
  type TablePart,
} from "../domain/backup-format.js";
import type { Engine } from "../store/database.js";
import type { Db } from "../store/database.js";
import type { EvidenceStore } from "../store/evidence-store.js";
import {
  appliedMigrations,
  backupTables,
  openSnapshot,
  referencedFiles,
  sequenceValues,
  tableRows,
} from "../store/backup-repo.js";

/** What a backup reads from: the database and the evidence store. */
export interface BackupSource {
  db: Db;
  engine: Engine;
  evidence: EvidenceStore;
  appVersion: string;
}

export interface BackupSummary {
  manifest: BackupManifest;
  migrations: string[];
}

/**
 * Writes a backup to `file`: first under a temporary name beside it, renamed once complete, so a
 * backup that fails never leaves a file that looks whole.
 */
export async function writeBackupFile(src: BackupSource, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  try {
    const summary = await writeBackup(src, createWriteStream(partial, { flags: "w", mode: 0o600 }));
    await rename(partial, file);
    return summary;
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

/** Writes a backup to a stream (a file, an HTTP answer), gzipped. */
export async function writeBackup(
  src: BackupSource,
  out: NodeJS.WritableStream,
): Promise<BackupSummary> {
  const result: { summary?: BackupSummary } = {};
  await pipeline(Readable.from(backupLines(src, result)), createGzip(), out);
  return result.summary!;
}

async function* backupLines(
  src: BackupSource,
  result: { summary?: BackupSummary },
): AsyncGenerator<string> {
  const w = new BackupWriter();
  const snap = await openSnapshot(src.db);
  let migrations: string[];
  let files: string[];
  let sequences: number;
  try {
    migrations = await appliedMigrations(snap.tx);
    yield line(
      w.header({
        createdAt: new Date().toISOString(),
        engine: src.engine,
        appVersion: src.appVersion,
        migrations,
      }),
    );
    for (const table of await backupTables(snap.tx)) {
      yield line(w.startTable(table.name));
      // Rows are joined into larger pieces: one stream write per row would be slow.
      let piece = "";
      for await (const row of tableRows(snap.tx, table)) {
        piece += line(w.row(row));
        if (piece.length > 256 * 1024) {
          yield piece;
          piece = "";
        }
      }
      yield piece + line(w.endTable());
    }
    const seqs = await sequenceValues(snap.tx);
    sequences = seqs.length;
    yield line(w.sequences(seqs));
    files = await referencedFiles(snap.tx);
  } finally {
    await snap.end();
  }
  const missingFiles: string[] = [];
  for (const sha of files) {
    if (!(await src.evidence.has(sha))) {
      missingFiles.push(sha);
      continue;
    }
    yield* fileLines(w, src.evidence, sha);
  }
  const trailer = w.trailer({ sequences, missingFiles });
  yield line(trailer.line);
  result.summary = { manifest: trailer.manifest, migrations };
}

async function* fileLines(w: BackupWriter, store: EvidenceStore, sha: string) {
  yield line(w.startFile(sha));
  let size = 0;
  let pending: Buffer = Buffer.alloc(0);
  for await (const data of store.open(sha) as AsyncIterable<Buffer>) {
    size += data.length;
    pending = pending.length ? Buffer.concat([pending, data]) : data;
    while (pending.length >= FILE_CHUNK_BYTES) {
      yield line(w.chunk(pending.subarray(0, FILE_CHUNK_BYTES)));
      pending = pending.subarray(FILE_CHUNK_BYTES);
    }
  }
  if (pending.length) yield line(w.chunk(pending));
  yield line(w.endFile(sha, size));
}

const line = (text: string) => `${text}\n`;

/**
 * The mission's content hash now (contentHashOf), read in one snapshot: what a backup's manifest
 * records and a restore must reproduce.
 */
export async function missionContentHash(
  db: Db,
): Promise<{ contentHash: string; tables: Record<string, TablePart> }> {
  const snap = await openSnapshot(db);
  try {
    const tables: Record<string, TablePart> = {};
    for (const table of await backupTables(snap.tx)) {
      const hasher = new RowHasher();
      for await (const row of tableRows(snap.tx, table)) hasher.add(row);
      tables[table.name] = hasher.part();
    }
    return { contentHash: contentHashOf(tables), tables };
  } finally {
    await snap.end();
  }
}
