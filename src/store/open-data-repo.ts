/**
 * Open data: what the public may see read in batches (never a whole table in memory), the
 * changes feed and its sync, context events, and imports with their problems. Rows in, rows out.
 */
import { sql, type Insertable, type Selectable } from "kysely";
import type { ContextDataset, ContextEvent } from "../domain/open-data/import-rows.js";
import type { IncidentScope } from "../domain/scopes.js";
import type { Db, Tx } from "./database.js";
import { incidentScopeFilter, releaseScopeFilter } from "./incidents-repo.js";
import type { ContextEventsTable, DataImportsTable } from "./schema.js";

export type ContextEventRow = Selectable<ContextEventsTable>;
export type DataImportRow = Selectable<DataImportsTable>;

export function rowToContextEvent(r: ContextEventRow): ContextEvent {
  return {
    id: r.id,
    importId: r.import_id,
    importedAt: r.imported_at,
    dataset: r.dataset as ContextDataset,
    eventId: r.event_id,
    dateStart: r.date_start,
    dateEnd: r.date_end,
    datePrecision: r.date_precision,
    location: r.location,
    admin1: r.admin1,
    admin2: r.admin2,
    country: r.country,
    lat: r.lat,
    lon: r.lon,
    wherePrecision: r.where_precision,
    actor1: r.actor1,
    actor2: r.actor2,
    eventType: r.event_type,
    subEventType: r.sub_event_type,
    fatalities: r.fatalities,
    notes: r.notes,
    source: r.source,
    cells: r.cells as Record<string, string>,
  };
}

/** Keyset position of the public export: the incident's start, then its id. */
export interface PublicPosition {
  occurredFrom: Date;
  id: string;
}

/**
 * The next `limit` incidents inside `scope` (the public one) after `after`, each with its latest
 * release in that scope, in order of the event's start.
 */
export function publicReleaseBatch(
  db: Db,
  scope: IncidentScope,
  after: PublicPosition | null,
  limit: number,
) {
  let q = db
    .selectFrom("incidents")
    .innerJoin("releases", "releases.incident_id", "incidents.id")
    .select([
      "incidents.id as incident_id",
      "incidents.occurred_from",
      "releases.id as release_id",
      "releases.content",
    ])
    .where(releaseScopeFilter(scope));
  if (after) {
    q = q.where((eb) =>
      eb(
        eb.refTuple("incidents.occurred_from", "incidents.id"),
        ">",
        eb.tuple(after.occurredFrom, after.id),
      ),
    );
  }
  return q
    .distinctOn(["incidents.occurred_from", "incidents.id"])
    .orderBy("incidents.occurred_from")
    .orderBy("incidents.id")
    .orderBy("releases.release_at", "desc")
    .orderBy("releases.id", "desc")
    .limit(limit)
    .execute();
}

/** What the portal's map narrows the public records to: their frozen content's, not the row's. */
export interface PublicRecordMatch {
  category?: string;
  /** The event ended at or after this instant (the first day's start). */
  endsFrom?: Date;
  /** The event started before this instant (the end of the last day). */
  startsBefore?: Date;
}

/**
 * The latest `limit` incidents inside `scope` (the public one) whose latest release in that scope
 * matches, newest event first, each with that release: read from the newest event down along
 * the incidents' start index, so a map of the latest thousand reads about a thousand, whatever
 * the number published.
 */
export function latestPublicReleases(
  db: Db,
  scope: IncidentScope,
  match: PublicRecordMatch,
  limit: number,
) {
  const content = (path: string) => sql<string>`r.content -> 'incident' ->> ${path}`;
  let q = db
    .selectFrom("incidents")
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom("releases")
          .select(["releases.id as release_id", "releases.content"])
          .whereRef("releases.incident_id", "=", "incidents.id")
          .where(releaseScopeFilter(scope))
          .orderBy("releases.release_at", "desc")
          .orderBy("releases.id", "desc")
          .limit(1)
          .as("r"),
      (join) => join.onTrue(),
    )
    // The incident's own columns say as much (its earliest public release is its
    // public_release_at): the rows the lateral would find none for are skipped unread.
    .where(incidentScopeFilter(scope))
    .select([
      "incidents.id as incident_id",
      "incidents.occurred_from",
      "r.release_id",
      "r.content",
    ]);
  if (match.category) q = q.where(sql<boolean>`${content("category")} = ${match.category}`);
  if (match.endsFrom) {
    q = q.where(sql<boolean>`(${content("occurredTo")})::timestamptz >= ${match.endsFrom}`);
  }
  if (match.startsBefore) {
    q = q.where(sql<boolean>`(${content("occurredFrom")})::timestamptz < ${match.startsBefore}`);
  }
  return q
    .orderBy("incidents.occurred_from", "desc")
    .orderBy("incidents.id", "desc")
    .limit(limit)
    .execute();
}

/**
 * Brings the feed up to date with what `scope` (the public) may see now: an incident newly
 * visible is `created`, one whose latest public release changed `updated`, one no longer visible
 * (withdrawn, reclassified, embargoed again) `withdrawn`. The table lock makes syncs take turns,
 * so sequence numbers are committed in order and a reader never skips one.
 */
export async function syncOpenDataChanges(tx: Tx, scope: IncidentScope, at: Date): Promise<void> {
  // NOWAIT: a process finding another's sync under way leaves it (lock_not_available, 55P03).
  await sql`LOCK TABLE open_data_published IN EXCLUSIVE MODE NOWAIT`.execute(tx);
  const { rows } = await sql<{
    seq: number | null;
  }>`SELECT max(seq) AS seq FROM open_data_changes`.execute(tx);
  const before = Number(rows[0]?.seq ?? 0);
  const current = tx
    .selectFrom("releases")
    .innerJoin("incidents", "incidents.id", "releases.incident_id")
    .select(["releases.incident_id", "releases.id as release_id"])
    .where(releaseScopeFilter(scope))
    .distinctOn("releases.incident_id")
    .orderBy("releases.incident_id")
    .orderBy("releases.release_at", "desc")
    .orderBy("releases.id", "desc");
  await sql`
    WITH cur AS (${current})
    INSERT INTO open_data_changes (incident_id, release_id, change, at)
    SELECT coalesce(cur.incident_id, p.incident_id), cur.release_id,
      CASE WHEN p.incident_id IS NULL THEN 'created'
           WHEN cur.incident_id IS NULL THEN 'withdrawn' ELSE 'updated' END,
      ${at}
    FROM cur FULL JOIN open_data_published p ON p.incident_id = cur.incident_id
    WHERE p.incident_id IS NULL OR cur.incident_id IS NULL OR p.release_id <> cur.release_id
    ORDER BY 1`.execute(tx);
  await sql`DELETE FROM open_data_published WHERE incident_id IN (
    SELECT incident_id FROM open_data_changes WHERE seq > ${before} AND change = 'withdrawn')`.execute(
    tx,
  );
  await sql`INSERT INTO open_data_published (incident_id, release_id)
    SELECT incident_id, release_id FROM open_data_changes
    WHERE seq > ${before} AND change <> 'withdrawn'
    ON CONFLICT (incident_id) DO UPDATE SET release_id = EXCLUDED.release_id`.execute(tx);
}

/**
 * Feed entries after `seq`, in order, each with the content of the release it names while that
 * release is still the one published: what is no longer public is not served again from the
 * history.
 */
export function changesAfter(db: Db, seq: number, limit: number) {
  return db
    .selectFrom("open_data_changes as c")
    .leftJoin("open_data_published as p", (j) =>
      j.onRef("p.incident_id", "=", "c.incident_id").onRef("p.release_id", "=", "c.release_id"),
    )
    .leftJoin("releases", "releases.id", "p.release_id")
    .select(["c.seq", "c.incident_id", "c.release_id", "c.change", "c.at", "releases.content"])
    .where("c.seq", ">", seq)
    .orderBy("c.seq")
    .limit(limit)
    .execute();
}

/** Inserts events; those whose (dataset, event id) is already held are left. Returns the new ids. */
export async function insertContextEvents(
  tx: Tx,
  rows: Insertable<ContextEventsTable>[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await tx
    .insertInto("context_events")
    .values(rows)
    .onConflict((oc) => oc.columns(["dataset", "event_id"]).doNothing())
    .returning("event_id")
    .execute();
  return new Set(inserted.map((r) => r.event_id));
}

/** The next `limit` context events after (date, id), optionally of one dataset. */
export function contextEventBatch(
  db: Db,
  after: { dateStart: string; id: string } | null,
  limit: number,
  dataset?: string,
) {
  let q = db.selectFrom("context_events").selectAll();
  if (dataset) q = q.where("dataset", "=", dataset);
  if (after) {
    q = q.where((eb) =>
      eb(eb.refTuple("date_start", "id"), ">", eb.tuple(after.dateStart, after.id)),
    );
  }
  return q.orderBy("date_start").orderBy("id").limit(limit).execute();
}

/** Context events inside a box and a span of days, newest first, for the map. */
export function contextEventsIn(
  db: Db,
  f: { bbox?: [number, number, number, number]; from?: string; to?: string; limit: number },
) {
  let q = db.selectFrom("context_events").selectAll();
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    q = q.where(sql<boolean>`point(lon, lat) <@ box(point(${w}, ${s}), point(${e}, ${n}))`);
  }
  if (f.from) q = q.where("date_end", ">=", f.from);
  if (f.to) q = q.where("date_start", "<=", f.to);
  return q.orderBy("date_start", "desc").orderBy("id").limit(f.limit).execute();
}

export function insertImport(tx: Tx | Db, row: Insertable<DataImportsTable>) {
  return tx.insertInto("data_imports").values(row).returningAll().executeTakeFirstOrThrow();
}

export function findImport(db: Db | Tx, id: string) {
  return db.selectFrom("data_imports").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listImportRows(db: Db, limit: number) {
  return db
    .selectFrom("data_imports")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** Adds a batch's counts to the import's (and sets the bytes read so far). */
export async function addImportProgress(
  tx: Tx | Db,
  id: string,
  p: {
    layout?: string;
    bytesRead: number;
    rows: number;
    imported: number;
    duplicates: number;
    refused: number;
  },
): Promise<void> {
  await tx
    .updateTable("data_imports")
    .set((eb) => ({
      ...(p.layout ? { layout: p.layout } : {}),
      state: "running",
      bytes_read: p.bytesRead,
      rows_read: eb("rows_read", "+", p.rows),
      imported: eb("imported", "+", p.imported),
      duplicates: eb("duplicates", "+", p.duplicates),
      refused: eb("refused", "+", p.refused),
    }))
    .where("id", "=", id)
    .execute();
}

export async function endImport(
  tx: Tx | Db,
  id: string,
  end: { state: "done" | "failed"; at: Date; error?: string },
): Promise<void> {
  await tx
    .updateTable("data_imports")
    .set({ state: end.state, finished_at: end.at, error: end.error ?? null })
    .where("id", "=", id)
    .execute();
}

/** Restarting an import that stopped half-way: its counts and problems start again. */
export async function resetImport(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom("data_import_problems").where("import_id", "=", id).execute();
  await tx
    .updateTable("data_imports")
    .set({ state: "running", bytes_read: 0, rows_read: 0, imported: 0, duplicates: 0, refused: 0 })
    .where("id", "=", id)
    .execute();
}

export async function insertImportProblems(
  tx: Tx,
  importId: string,
  firstN: number,
  problems: { row: number; column: string | null; reason: string }[],
): Promise<void> {
  if (problems.length === 0) return;
  await tx
    .insertInto("data_import_problems")
    .values(
      problems.map((p, i) => ({
        import_id: importId,
        n: firstN + i,
        row_line: p.row,
        column_name: p.column,
        reason: p.reason,
      })),
    )
    .execute();
}

export function importProblems(db: Db, importId: string, afterN: number, limit: number) {
  return db
    .selectFrom("data_import_problems")
    .selectAll()
    .where("import_id", "=", importId)
    .where("n", ">", afterN)
    .orderBy("n")
    .limit(limit)
    .execute();
}
