/**
 * The backup file (docs/backup-format.md): one gzipped stream of JSON lines. A header names the
 * format and the schema (its migrations); each table follows as a start line, its rows (each the
 * database's `to_jsonb(row)::text`, wrapped as `{"r":…}` so it is never re-serialised) and an end
 * line with its row count and SHA-256; then the sequences, the evidence files in base64 chunks,
 * and a trailer holding the manifest and the SHA-256 of every byte before it.
 *
 * The reader here is pure: it is fed lines and checks each part as it ends, so a restore can read
 * the whole file once, refuse a damaged one, and only then write.
 */
import { createHash, type Hash } from "node:crypto";

const BACKUP_FORMAT = "cfm-backup";
const BACKUP_VERSION = 1;

/** Raw bytes per base64 line of an evidence file. */
export const FILE_CHUNK_BYTES = 48 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The engine the backup was taken from ("pglite" or "postgres"); any restores into either. */
  engine: string;
  appVersion: string;
  /** The migrations applied to the database backed up, in order: its schema. */
  migrations: string[];
}

export interface SequenceValue {
  name: string;
  lastValue: number;
  isCalled: boolean;
}

export interface TablePart {
  rows: number;
  /** SHA-256 of the table's row lines (each followed by "\n"), in the order written. */
  sha256: string;
}

export interface BackupManifest {
  /** Every table but the migrations' own record, by name. */
  tables: Record<string, TablePart>;
  sequences: number;
  files: { count: number; bytes: number };
  /** Files the snapshot refers to that the evidence store did not hold when the backup ran. */
  missingFiles: string[];
  /** The mission's content hash (contentHashOf) in the snapshot. */
  contentHash: string;
}

/**
 * The mission's content hash: one SHA-256 over every table's name, row count and row hash, the
 * tables in name order. A table's row hash covers its rows as the database writes them
 * (`to_jsonb(row)::text`) in primary-key order, so two databases holding the same rows have the
 * same hash whichever engine holds them.
 */
export function contentHashOf(tables: Record<string, TablePart>): string {
  const h = createHash("sha256");
  for (const name of Object.keys(tables).sort()) {
    const t = tables[name]!;
    h.update(`${name} ${t.rows} ${t.sha256}\n`);
  }
  return h.digest("hex");
}

/** Hashes a table's row lines as they pass. */
export class RowHasher {
  private hash: Hash = createHash("sha256");
  rows = 0;
  add(rowText: string): void {
    this.hash.update(rowText);
    this.hash.update("\n");
    this.rows += 1;
  }
  part(): TablePart {
    return { rows: this.rows, sha256: this.hash.digest("hex") };
  }
}

const ROW_PREFIX = '{"r":';

/** A row's line: the database's JSON text, wrapped and left untouched. */
const rowLine = (rowText: string) => `${ROW_PREFIX}${rowText}}`;

/** A file is damaged, truncated or not a backup: nothing may be restored from it. */
export class BackupFileError extends Error {}

/** What the reader hands on, in file order, once each part has been checked. */
export type BackupItem =
  | { kind: "header"; header: BackupHeader }
  | { kind: "table"; table: string }
  | { kind: "row"; table: string; text: string }
  | { kind: "tableEnd"; table: string; part: TablePart }
  | { kind: "sequences"; sequences: SequenceValue[] }
  | { kind: "file"; sha256: string }
  | { kind: "chunk"; sha256: string; bytes: Buffer }
  | { kind: "fileEnd"; sha256: string }
  | { kind: "manifest"; manifest: BackupManifest };

type State =
  | { at: "start" }
  | { at: "body" }
  | { at: "table"; table: string; hasher: RowHasher }
  | { at: "file"; sha256: string; got: number; hash: Hash }
  | { at: "end" };

/**
 * Reads a backup line by line, checking every part as it ends and the whole at the trailer.
 * `line` throws BackupFileError at the first thing that does not hold; `finish` throws when the
 * trailer never came (a truncated file).
 */
export class BackupReader {
  private state: State = { at: "start" };
  private readonly whole = createHash("sha256");
  private readonly parts: Record<string, TablePart> = {};
  private files = { count: 0, bytes: 0 };
  private lineNo = 0;
  header: BackupHeader | null = null;
  manifest: BackupManifest | null = null;

  line(text: string): BackupItem {
    this.lineNo += 1;
    const s = this.state;
    if (s.at === "end") this.fail("there is more after the trailer");
    if (s.at === "table" && text.startsWith(ROW_PREFIX)) {
      const row = text.slice(ROW_PREFIX.length, -1);
      s.hasher.add(row);
      this.hashed(text);
      return { kind: "row", table: s.table, text: row };
    }
    const obj = this.parse(text);
    if (s.at === "start") return this.start(obj, text);
    if (s.at === "table") return this.endTable(s, obj, text);
    if (s.at === "file") return this.fileLine(s, obj, text);
    return this.bodyLine(obj, text);
  }

  /** The file ended: it must have ended with its trailer. */
  finish(): { header: BackupHeader; manifest: BackupManifest } {
    if (this.state.at !== "end" || !this.header || !this.manifest)
      this.fail("the file ends early: it was cut short (its trailer is missing)", false);
    return { header: this.header!, manifest: this.manifest! };
  }

  private start(obj: Record<string, unknown>, text: string): BackupItem {
    if (obj.format !== BACKUP_FORMAT) this.fail("this is not a Ceasefire Monitor backup");
    if (obj.version !== BACKUP_VERSION)
      this.fail(`backup format version ${String(obj.version)} is not one this version reads`);
    if (!Array.isArray(obj.migrations) || !obj.migrations.every((m) => typeof m === "string"))
      this.fail("the header does not list the schema's migrations");
    this.header = obj as unknown as BackupHeader;
    this.hashed(text);
    this.state = { at: "body" };
    return { kind: "header", header: this.header };
  }

  private bodyLine(obj: Record<string, unknown>, text: string): BackupItem {
    if (typeof obj.table === "string") {
      if (this.parts[obj.table]) this.fail(`table ${obj.table} appears twice`);
      this.hashed(text);
      this.state = { at: "table", table: obj.table, hasher: new RowHasher() };
      return { kind: "table", table: obj.table };
    }
    if (Array.isArray(obj.sequences)) {
      this.hashed(text);
      return { kind: "sequences", sequences: obj.sequences as SequenceValue[] };
    }
    if (typeof obj.file === "string") {
      if (!/^[0-9a-f]{64}$/.test(obj.file)) this.fail("a file is named by something not a SHA-256");
      this.hashed(text);
      this.state = { at: "file", sha256: obj.file, got: 0, hash: createHash("sha256") };
      return { kind: "file", sha256: obj.file };
    }
    if (obj.manifest && typeof obj.sha256 === "string") return this.trailer(obj);
    return this.fail("a line of an unknown kind");
  }

  private endTable(
    s: Extract<State, { at: "table" }>,
    obj: Record<string, unknown>,
    text: string,
  ): BackupItem {
    if (obj.end !== s.table) this.fail(`table ${s.table} does not end where it should`);
    const part = s.hasher.part();
    if (obj.rows !== part.rows)
      this.fail(`table ${s.table} should hold ${String(obj.rows)} rows but holds ${part.rows}`);
    if (obj.sha256 !== part.sha256) this.fail(`the rows of table ${s.table} were altered`);
    this.parts[s.table] = part;
    this.hashed(text);
    this.state = { at: "body" };
    return { kind: "tableEnd", table: s.table, part };
  }

  private fileLine(
    s: Extract<State, { at: "file" }>,
    obj: Record<string, unknown>,
    text: string,
  ): BackupItem {
    if (typeof obj.b64 === "string") {
      const bytes = Buffer.from(obj.b64, "base64");
      s.got += bytes.length;
      s.hash.update(bytes);
      this.hashed(text);
      return { kind: "chunk", sha256: s.sha256, bytes };
    }
    if (obj.fileEnd !== s.sha256) this.fail(`file ${s.sha256} does not end where it should`);
    if (obj.size !== s.got || s.hash.digest("hex") !== s.sha256)
      this.fail(`file ${s.sha256} was altered or cut short`);
    this.files.count += 1;
    this.files.bytes += s.got;
    this.hashed(text);
    this.state = { at: "body" };
    return { kind: "fileEnd", sha256: s.sha256 };
  }

  private trailer(obj: Record<string, unknown>): BackupItem {
    if (obj.sha256 !== this.whole.digest("hex")) this.fail("the file was altered");
    const m = obj.manifest as BackupManifest;
    const names = Object.keys(m.tables ?? {}).sort();
    const seen = Object.keys(this.parts).sort();
    if (names.join(",") !== seen.join(","))
      this.fail("the manifest does not list the tables the file holds");
    for (const n of names) {
      if (
        m.tables[n]!.rows !== this.parts[n]!.rows ||
        m.tables[n]!.sha256 !== this.parts[n]!.sha256
      )
        this.fail(`the manifest's figures for table ${n} do not match its rows`);
    }
    if (m.files?.count !== this.files.count || m.files.bytes !== this.files.bytes)
      this.fail("the manifest's count of evidence files does not match the file");
    if (m.contentHash !== contentHashOf(this.parts))
      this.fail("the manifest's content hash does not match the rows");
    this.manifest = m;
    this.state = { at: "end" };
    return { kind: "manifest", manifest: m };
  }

  private hashed(text: string) {
    this.whole.update(text);
    this.whole.update("\n");
  }

  private parse(text: string): Record<string, unknown> {
    try {
      const v = JSON.parse(text) as unknown;
      if (v !== null && typeof v === "object" && !Array.isArray(v))
        return v as Record<string, unknown>;
    } catch {
      // reported below
    }
    return this.fail("a line is not JSON");
  }

  private fail(reason: string, withLine = true): never {
    throw new BackupFileError(
      `The backup file is damaged: ${reason}${withLine ? ` (line ${this.lineNo})` : ""}.`,
    );
  }
}

/** Writes a backup's lines in order, hashing each part and the whole as it goes. */
export class BackupWriter {
  private readonly whole = createHash("sha256");
  private readonly parts: Record<string, TablePart> = {};
  private table: { name: string; hasher: RowHasher } | null = null;
  private files = { count: 0, bytes: 0 };

  header(h: Omit<BackupHeader, "format" | "version">): string {
    return this.out({ format: BACKUP_FORMAT, version: BACKUP_VERSION, ...h });
  }
  startTable(name: string): string {
    this.table = { name, hasher: new RowHasher() };
    return this.out({ table: name });
  }
  row(rowText: string): string {
    this.table!.hasher.add(rowText);
    return this.hashed(rowLine(rowText));
  }
  endTable(): string {
    const { name, hasher } = this.table!;
    const part = hasher.part();
    this.parts[name] = part;
    this.table = null;
    return this.out({ end: name, ...part });
  }
  sequences(sequences: SequenceValue[]): string {
    return this.out({ sequences });
  }
  startFile(sha256: string): string {
    return this.out({ file: sha256 });
  }
  chunk(bytes: Buffer): string {
    return this.out({ b64: bytes.toString("base64") });
  }
  endFile(sha256: string, size: number): string {
    this.files.count += 1;
    this.files.bytes += size;
    return this.out({ fileEnd: sha256, size });
  }
  /** The tables written so far and their content hash. */
  content(): { tables: Record<string, TablePart>; contentHash: string } {
    return { tables: { ...this.parts }, contentHash: contentHashOf(this.parts) };
  }
  trailer(extra: { sequences: number; missingFiles: string[] }): {
    line: string;
    manifest: BackupManifest;
  } {
    const manifest: BackupManifest = {
      tables: this.parts,
      sequences: extra.sequences,
      files: this.files,
      missingFiles: extra.missingFiles,
      contentHash: contentHashOf(this.parts),
    };
    return { line: JSON.stringify({ manifest, sha256: this.whole.digest("hex") }), manifest };
  }

  private out(obj: unknown): string {
    return this.hashed(JSON.stringify(obj));
  }
  private hashed(line: string): string {
    this.whole.update(line);
    this.whole.update("\n");
    return line;
  }
}
