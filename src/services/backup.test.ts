import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine, openBlankDatabase, testGeography } from "../../test/db.js";
import { reportInput } from "../../test/fixtures.js";
import type { Actor } from "../domain/roles.js";
import { seedDemo } from "../demo/seed.js";
import { fileEvidenceStore } from "../store/evidence-store.js";
import { FILE_COLUMNS, NOT_FILE_COLUMNS } from "../store/backup-repo.js";
import type { Database } from "../store/database.js";
import { countHit } from "../store/rate-limit-repo.js";
import { verifyAudit } from "./audit.js";
import { missionContentHash, writeBackupFile } from "./backup.js";
import type { Deps } from "./deps.js";
import { downloadEvidence, uploadEvidence } from "./evidence.js";
import { withDatabaseGazetteer } from "./gazetteer-index.js";
import { createReport } from "./intake.js";
import { checkBackupFile, restoreBackup } from "./restore.js";

const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
  Buffer.from("JFIF\0"),
  Buffer.alloc(120_000, 7), // more than one chunk of the backup's file lines
]);

const tmp = () => mkdtempSync(join(tmpdir(), "cfm-backup-"));

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

describeEachEngine("backup and restore", (ctx) => {
  let monitor: Extract<Actor, { kind: "user" }>;
  let file: string;
  let evidenceId: string;
  const blanks: Database[] = [];
  const blank = async () => {
    const d = await openBlankDatabase(ctx.engine);
    blanks.push(d);
    return d;
  };
  const source = () => ({
    db: ctx.database.db,
    engine: ctx.engine,
    evidence: ctx.deps.evidence,
    appVersion: "test",
  });

  beforeAll(async () => {
    await seedDemo(ctx.deps, { password: "demo" });
    const { rows } = await sql<{
      id: string;
    }>`SELECT id FROM users WHERE username = 'monitor'`.execute(ctx.database.db);
    monitor = {
      kind: "user",
      userId: rows[0]!.id,
      username: "monitor",
      role: "monitor",
      party: null,
    };
    const r = await createReport(
      ctx.deps,
      monitor,
      reportInput({ sourceKind: "monitor", description: "قصف" }),
    );
    const ev = await uploadEvidence(ctx.deps, monitor, {
      reportId: r.report.id,
      content: Readable.from([JPEG]),
      originalName: "photo.jpg",
      maxBytes: 1024 * 1024,
    });
    evidenceId = ev.id;
    file = join(tmp(), "mission.cfm-backup");
    await writeBackupFile(source(), file);
  }, 180_000);
  afterAll(async () => {
    for (const d of blanks) await d.close();
  });

  it("restores into a new database with the same content hash, an intact chain and the evidence", async () => {
    const before = await missionContentHash(ctx.database.db);
    const target = await blank();
    const evidenceDir = tmp();
    const res = await restoreBackup(
      { db: target.db, evidence: fileEvidenceStore(evidenceDir) },
      file,
    );
    expect(res.manifest.contentHash).toBe(before.contentHash);
    expect((await missionContentHash(target.db)).contentHash).toBe(before.contentHash);
    expect(res.manifest.tables.reports!.rows).toBeGreaterThan(10);
    expect(res.manifest.files.count).toBeGreaterThanOrEqual(1);
    const audit = await verifyAudit(target.db);
    expect(audit.problem).toBeNull();
    expect(audit.ok).toBe(true);

    const deps: Deps = {
      ...ctx.deps,
      db: target.db,
      evidence: fileEvidenceStore(evidenceDir),
      geography: withDatabaseGazetteer(testGeography, target.db),
    };
    const download = await downloadEvidence(deps, monitor, evidenceId);
    expect((await readAll(download.content)).equals(JPEG)).toBe(true);
    // The restored sequences hand out the next numbers, not ones already used.
    const again = await createReport(deps, monitor, reportInput({ sourceKind: "monitor" }));
    expect(again.report.trackingId).not.toBe(null);
    expect((await verifyAudit(target.db)).ok).toBe(true);
  }, 180_000);

  it("leaves the rate limits' counters out: a login attempt does not change the mission", async () => {
    const before = await missionContentHash(ctx.database.db);
    expect(Object.keys(before.tables)).not.toContain("rate_limit_hits");
    await countHit(ctx.database.db, "POST /api/v1/auth/login 203.0.113.9", 60_000);
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM rate_limit_hits`.execute(ctx.database.db);
    expect(rows[0]!.n).toBeGreaterThan(0);
    expect((await missionContentHash(ctx.database.db)).contentHash).toBe(before.contentHash);
  });

  it("refuses a database that already holds a mission, and replaces it when forced", async () => {
    const target = await blank();
    const evidence = fileEvidenceStore(tmp());
    await restoreBackup({ db: target.db, evidence }, file);
    await expect(restoreBackup({ db: target.db, evidence }, file)).rejects.toThrow(
      /already holds a mission/,
    );
    const res = await restoreBackup({ db: target.db, evidence }, file, { force: true });
    expect((await missionContentHash(target.db)).contentHash).toBe(res.manifest.contentHash);
  }, 180_000);

  it("refuses a damaged file with a clear message before writing anything", async () => {
    const dir = tmp();
    const gz = readFileSync(file);
    const text = gunzipSync(gz).toString("utf8");
    const damaged = {
      truncated: gz.subarray(0, Math.floor(gz.length / 2)),
      cutAtALine: gzipSync(text.slice(0, text.lastIndexOf("\n", text.length - 2) + 1)),
      rowAltered: gzipSync(text.replace("قصف", "قصف!")),
      notGzip: Buffer.from(text.slice(0, 1000)),
    };
    const messages = {
      truncated: /damaged: it is cut short or not a gzip stream/,
      cutAtALine: /damaged: the file ends early/,
      rowAltered: /damaged: the rows of table \w+ were altered \(line \d+\)/,
      notGzip: /damaged/,
    };
    const target = await blank();
    for (const [name, bytes] of Object.entries(damaged)) {
      const path = join(dir, `${name}.cfm-backup`);
      writeFileSync(path, bytes);
      await expect(checkBackupFile(path), name).rejects.toThrow(
        messages[name as keyof typeof messages],
      );
      await expect(
        restoreBackup({ db: target.db, evidence: fileEvidenceStore(tmp()) }, path),
        name,
      ).rejects.toThrow(/damaged/);
    }
    const { rows } = await sql<{
      t: string | null;
    }>`SELECT to_regclass('schema_migrations')::text AS t`.execute(target.db);
    expect(rows[0]!.t).toBeNull();
  }, 120_000);

  it("a backup taken while reports are filed restores every report acknowledged before it", async () => {
    const acknowledged: { id: string; at: number }[] = [];
    let stop = false;
    const writers = [0, 1, 2].map(async (w) => {
      for (let i = 0; !stop; i++) {
        const r = await createReport(
          ctx.deps,
          monitor,
          reportInput({ sourceKind: "monitor", description: `filed during the backup ${w}-${i}` }),
        );
        acknowledged.push({ id: r.report.id, at: performance.now() });
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const startedAt = performance.now();
    const during = join(tmp(), "during.cfm-backup");
    const summary = await writeBackupFile(source(), during);
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop = true;
    await Promise.all(writers);
    const before = acknowledged.filter((a) => a.at < startedAt).map((a) => a.id);
    expect(before.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(before.length);

    const target = await blank();
    const res = await restoreBackup({ db: target.db, evidence: fileEvidenceStore(tmp()) }, during);
    expect(res.contentHash).toBe(summary.manifest.contentHash);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM reports
      WHERE id = ANY(${before}::uuid[])`.execute(target.db);
    expect(rows[0]!.n).toBe(before.length);
    expect((await verifyAudit(target.db)).ok).toBe(true);
  }, 180_000);

  it("knows every column of the schema that names a stored file", async () => {
    const { rows } = await sql<{ t: string; c: string }>`SELECT table_name AS t, column_name AS c
      FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name LIKE '%sha256'`.execute(
      ctx.database.db,
    );
    const known = [...FILE_COLUMNS, ...NOT_FILE_COLUMNS].map((f) => `${f.table}.${f.column}`);
    expect(rows.map((r) => `${r.t}.${r.c}`).sort()).toEqual(known.sort());
  });
});
