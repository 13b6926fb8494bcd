/**
 * Imports of ACLED and UCDP GED files (decision 0021). The file is kept in the file store under
 * its SHA-256, then read as a job a piece at a time (memory stays flat whatever its size): the
 * header tells the column set, each row becomes a context event or a candidate report (a media
 * report for intake), is skipped as a duplicate (same dataset and event id), or is refused with
 * its line, column and reason. Each batch commits with its counts, its problems and its audit
 * entry, so the progress can be watched while it runs and no row goes unaccounted for.
 */
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { hasArabicScript } from "../domain/arabic.js";
import { DomainError } from "../domain/errors.js";
import {
  categoryFromAcled,
  categoryFromUcdp,
  UCDP_COLUMNS,
  type ImportLayout,
} from "../domain/open-data/crosswalk.js";
import { csvRows, type CsvRow } from "../domain/open-data/csv-stream.js";
import {
  datasetOfLayout,
  detectLayout,
  isHeaderlessUcdp,
  parseImportRow,
  type ContextDataset,
  type ContextEventInput,
  type RowProblem,
} from "../domain/open-data/import-rows.js";
import type { ReportInput } from "../domain/reports.js";
import { actorLabel, OPEN_DATA_IMPORTERS, type Actor } from "../domain/roles.js";
import { endOfDayInZone, startOfDayInZone } from "../domain/zoned-days.js";
import { insertJob } from "../store/jobs-repo.js";
import {
  addImportProgress,
  endImport,
  findImport,
  importProblems,
  insertContextEvents,
  insertImport,
  insertImportProblems,
  listImportRows,
  resetImport,
  type DataImportRow,
} from "../store/open-data-repo.js";
import { requireRole } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { createReport } from "./intake.js";
import { missionTimeZone } from "./mission.js";

const IMPORTERS = OPEN_DATA_IMPORTERS;

export const IMPORT_TARGETS = ["context", "candidates"] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const OPEN_DATA_IMPORT_JOB = "open-data-import";

/** Rows per transaction. */
const IMPORT_BATCH = 1000;
/** The largest file accepted (a whole ACLED country history is far smaller). */
export const MAX_IMPORT_BYTES = 2 * 1024 ** 3;

const IMPORT_ACTOR = { kind: "system", name: "open-data-import" } as const;

export interface DataImport {
  id: string;
  dataset: ContextDataset;
  target: ImportTarget;
  layout: ImportLayout | null;
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  state: "queued" | "running" | "done" | "failed";
  bytesRead: number;
  rowsRead: number;
  imported: number;
  duplicates: number;
  refused: number;
  error: string | null;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
}

function rowToImport(r: DataImportRow): DataImport {
  return {
    id: r.id,
    dataset: r.dataset as ContextDataset,
    target: r.target as ImportTarget,
    layout: r.layout as ImportLayout | null,
    fileName: r.file_name,
    fileSha256: r.file_sha256,
    fileBytes: Number(r.file_bytes),
    state: r.state as DataImport["state"],
    bytesRead: Number(r.bytes_read),
    rowsRead: r.rows_read,
    imported: r.imported,
    duplicates: r.duplicates,
    refused: r.refused,
    error: r.error,
    createdBy: r.created_by,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

const importNotFound = (id: string) =>
  new DomainError("import_not_found", `There is no import with id ${id}.`);

/** Keeps the file and queues its import; the job does the reading. */
export async function startImport(
  deps: Deps,
  actor: Actor,
  input: {
    dataset: ContextDataset;
    target: ImportTarget;
    fileName: string;
    content: Readable;
    maxBytes?: number;
    /** False when the caller reads it at once (`cfm import`) instead of the job runner. */
    queue?: boolean;
  },
): Promise<DataImport> {
  if (actor.kind !== "system") requireRole(actor, IMPORTERS, "import other datasets' files");
  const stored = await deps.evidence.put(input.content, input.maxBytes ?? MAX_IMPORT_BYTES);
  const now = deps.clock();
  const row = await inTransaction(deps, async (tx) => {
    const inserted = await insertImport(tx, {
      id: randomUUID(),
      dataset: input.dataset,
      target: input.target,
      file_name: input.fileName.slice(0, 300),
      file_sha256: stored.sha256,
      file_bytes: stored.sizeBytes,
      created_by: actorLabel(actor),
      created_at: now,
    });
    if (input.queue !== false) {
      await insertJob(tx, { kind: OPEN_DATA_IMPORT_JOB, payload: { importId: inserted.id }, now });
    }
    await appendAudit(tx, {
      actor,
      action: "open_data.import_queued",
      subject: `data_import:${inserted.id}`,
      at: now,
      details: {
        dataset: input.dataset,
        target: input.target,
        fileName: inserted.file_name,
        sha256: stored.sha256,
        bytes: stored.sizeBytes,
      },
    });
    return inserted;
  });
  return rowToImport(row);
}

/** The job: reads the import's file (again from the start when a run was cut short). */
export async function openDataImportJob(deps: Deps, payload: unknown): Promise<void> {
  const { importId } = payload as { importId: string };
  await runImport(deps, importId);
}

/** The text of a stream of bytes, piece by piece, counting the bytes read. */
async function* textOf(source: Readable, counter: { bytes: number }): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of source) {
    const buf = chunk as Buffer;
    counter.bytes += buf.length;
    yield decoder.write(buf);
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

class ImportRefused extends DomainError {}

/** Reads the import's file to its end; returns the import as it ended. */
export async function runImport(
  deps: Deps,
  importId: string,
  onProgress?: (imp: DataImport) => void,
): Promise<DataImport> {
  const row = await findImport(deps.db, importId);
  if (!row) throw importNotFound(importId);
  if (row.state === "done" || row.state === "failed") return rowToImport(row);
  await inTransaction(deps, (tx) => resetImport(tx, importId));
  const imp = rowToImport(row);
  const counter = { bytes: 0 };
  try {
    const rows = csvRows(textOf(deps.evidence.open(imp.fileSha256), counter));
    await importRows(deps, imp, rows, counter, async () => {
      if (onProgress) onProgress(rowToImport((await findImport(deps.db, importId))!));
    });
    await finish(deps, imp, { state: "done" });
  } catch (err) {
    if (!(err instanceof ImportRefused)) throw err;
    await finish(deps, imp, { state: "failed", error: err.message });
  }
  return rowToImport((await findImport(deps.db, importId))!);
}

async function finish(
  deps: Deps,
  imp: DataImport,
  end: { state: "done" | "failed"; error?: string },
): Promise<void> {
  const at = deps.clock();
  await inTransaction(deps, async (tx) => {
    await endImport(tx, imp.id, { ...end, at });
    const now = (await findImport(tx, imp.id))!;
    await appendAudit(tx, {
      actor: IMPORT_ACTOR,
      action: end.state === "done" ? "open_data.import_finished" : "open_data.import_failed",
      subject: `data_import:${imp.id}`,
      at,
      details: {
        sha256: imp.fileSha256,
        rows: now.rows_read,
        imported: now.imported,
        duplicates: now.duplicates,
        refused: now.refused,
        ...(end.error ? { error: end.error } : {}),
      },
    });
  });
}

/** The layout and column names, from the first row (a header, or a headerless UCDP record). */
function layoutOf(first: CsvRow, dataset: ContextDataset) {
  let layout = detectLayout(first.cells);
  let names = first.cells.map((c) => c.trim().toLowerCase());
  let firstIsData = false;
  if (!layout && dataset === "ucdp" && isHeaderlessUcdp(first.cells)) {
    layout = "ucdp";
    names = [...UCDP_COLUMNS];
    firstIsData = true;
  }
  if (!layout) {
    throw new ImportRefused(
      "import_layout_unknown",
      "The first line is not a header of ACLED (current or pre-2023 columns) or UCDP GED: " +
        "the file cannot be read. Export it again with its header row.",
    );
  }
  if (datasetOfLayout(layout) !== dataset) {
    throw new ImportRefused(
      "import_layout_mismatch",
      `The file has the ${layout === "ucdp" ? "UCDP GED" : "ACLED"} columns, not ${
        dataset === "ucdp" ? "UCDP GED" : "ACLED"
      }'s: import it as ${datasetOfLayout(layout)}.`,
    );
  }
  return { layout, names, firstIsData };
}

async function importRows(
  deps: Deps,
  imp: DataImport,
  rows: AsyncIterable<CsvRow>,
  counter: { bytes: number },
  afterBatch: () => Promise<void>,
): Promise<void> {
  const timeZone = imp.target === "candidates" ? await missionTimeZone(deps) : "UTC";
  let head: ReturnType<typeof layoutOf> | null = null;
  let batch: CsvRow[] = [];
  let problemsSoFar = 0;
  const flush = async () => {
    if (!head || batch.length === 0) return;
    problemsSoFar += await importBatch(
      deps,
      imp,
      head,
      batch,
      counter.bytes,
      problemsSoFar,
      timeZone,
    );
    batch = [];
    await afterBatch();
  };
  for await (const row of rows) {
    if (!head) {
      head = layoutOf(row, imp.dataset);
      if (!head.firstIsData) continue;
    }
    batch.push(row);
    if (batch.length >= IMPORT_BATCH) await flush();
  }
  if (!head) {
    throw new ImportRefused("import_layout_unknown", "The file is empty: it has no header row.");
  }
  await flush();
}

/** One batch: events written, duplicates counted, problems kept; returns the problems written. */
async function importBatch(
  deps: Deps,
  imp: DataImport,
  head: { layout: ImportLayout; names: string[] },
  rows: CsvRow[],
  bytesRead: number,
  problemsSoFar: number,
  timeZone: string,
): Promise<number> {
  const events: { line: number; event: ContextEventInput }[] = [];
  const problems: RowProblem[] = [];
  let refused = 0;
  for (const row of rows) {
    const parsed = parseImportRow(head.layout, head.names, row);
    if ("event" in parsed) events.push({ line: row.line, event: parsed.event });
    else {
      refused++;
      problems.push(...parsed.problems);
    }
  }
  // Candidate reports go through intake, one report (and transaction) each.
  let candidates: { imported: number; duplicates: number } | null = null;
  if (imp.target === "candidates") {
    candidates = { imported: 0, duplicates: 0 };
    for (const { line, event } of events) {
      const outcome = await fileCandidate(deps, event, timeZone).catch((err: unknown) => {
        if (!(err instanceof DomainError)) throw err;
        problems.push({ row: line, column: null, reason: err.message });
        refused++;
        return null;
      });
      if (outcome) candidates[outcome]++;
    }
  }
  const at = deps.clock();
  await inTransaction(deps, async (tx) => {
    const counts = candidates ?? (await writeContextEvents(tx, imp, events, at));
    await insertImportProblems(tx, imp.id, problemsSoFar + 1, problems);
    await addImportProgress(tx, imp.id, {
      layout: head.layout,
      bytesRead,
      rows: rows.length,
      imported: counts.imported,
      duplicates: counts.duplicates,
      refused,
    });
    await appendAudit(tx, {
      actor: IMPORT_ACTOR,
      action: "open_data.import_batch",
      subject: `data_import:${imp.id}`,
      at,
      details: {
        lines: [rows[0]!.line, rows.at(-1)!.line],
        imported: counts.imported,
        duplicates: counts.duplicates,
        refused,
      },
    });
  });
  return problems.length;
}

async function writeContextEvents(
  tx: Tx,
  imp: DataImport,
  events: { event: ContextEventInput }[],
  at: Date,
): Promise<{ imported: number; duplicates: number }> {
  const inserted = await insertContextEvents(
    tx,
    events.map(({ event: e }) => ({
      id: randomUUID(),
      dataset: e.dataset,
      event_id: e.eventId,
      import_id: imp.id,
      date_start: e.dateStart,
      date_end: e.dateEnd,
      date_precision: e.datePrecision,
      location: e.location,
      admin1: e.admin1,
      admin2: e.admin2,
      country: e.country,
      lat: e.lat,
      lon: e.lon,
      where_precision: e.wherePrecision,
      actor1: e.actor1,
      actor2: e.actor2,
      event_type: e.eventType,
      sub_event_type: e.subEventType,
      fatalities: e.fatalities,
      notes: e.notes,
      source: e.source,
      cells: JSON.stringify(e.cells),
      imported_at: at,
    })),
  );
  // A second row with the same id in the file is a duplicate too: each new id counts once.
  let imported = 0;
  for (const { event } of events) {
    if (inserted.delete(event.eventId)) imported++;
  }
  return { imported, duplicates: events.length - imported };
}

const DATASET_NAMES: Record<ContextDataset, string> = { acled: "ACLED", ucdp: "UCDP GED" };

/** Files one event as a media report; a retry of the same event is answered as a duplicate. */
async function fileCandidate(
  deps: Deps,
  e: ContextEventInput,
  timeZone: string,
): Promise<"imported" | "duplicates"> {
  const what = [e.eventType, e.subEventType].filter(Boolean).join(" / ");
  const who = [e.actor1, e.actor2].filter(Boolean).join(" – ");
  const facts = [
    `${DATASET_NAMES[e.dataset]} ${e.eventId}`,
    what,
    who,
    e.fatalities === null ? "" : `fatalities ${e.fatalities}`,
    e.source ? `source: ${e.source}` : "",
  ].filter(Boolean);
  const input: ReportInput = {
    sourceKind: "media",
    occurredFrom: startOfDayInZone(e.dateStart, timeZone),
    occurredTo: new Date(endOfDayInZone(e.dateEnd, timeZone).getTime() - 1),
    datePrecision: e.datePrecision,
    location: { lat: e.lat, lon: e.lon },
    wherePrecision: e.wherePrecision,
    ...(e.location ? { placeName: e.location } : {}),
    category:
      e.dataset === "ucdp"
        ? categoryFromUcdp(e.eventType)
        : categoryFromAcled(e.eventType, e.subEventType),
    description: [e.notes, facts.join("; ")].filter(Boolean).join("\n\n"),
    language: hasArabicScript(e.notes) ? "ar" : "en",
  };
  const res = await createReport(deps, IMPORT_ACTOR, input, {
    idempotencyKey: `${e.dataset}:${e.eventId}`,
  });
  return res.replayed ? "duplicates" : "imported";
}

/** One import, with its first problems (up to `problemLimit`, after the `afterN`th). */
export async function getImport(
  deps: Deps,
  actor: Actor,
  id: string,
  page: { after?: number; limit: number } = { limit: 100 },
): Promise<{
  import: DataImport;
  problems: { n: number; row: number; column: string | null; reason: string }[];
}> {
  if (actor.kind !== "system") requireRole(actor, IMPORTERS, "read imports");
  const row = await findImport(deps.db, id);
  if (!row) throw importNotFound(id);
  const problems = await importProblems(deps.db, id, page.after ?? 0, page.limit);
  return {
    import: rowToImport(row),
    problems: problems.map((p) => ({
      n: p.n,
      row: p.row_line,
      column: p.column_name,
      reason: p.reason,
    })),
  };
}

export async function listImports(deps: Deps, actor: Actor, limit: number): Promise<DataImport[]> {
  requireRole(actor, IMPORTERS, "read imports");
  return (await listImportRows(deps.db, limit)).map(rowToImport);
}
