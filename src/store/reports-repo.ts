/** Reports: rows in, rows out. */
import { randomUUID } from "node:crypto";
import { sectorSql } from "./sector-sql.js";
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { LocationSource, PlaceCandidate } from "../domain/place-resolution.js";
import type { ResolvedLocation } from "../domain/place-resolution.js";
import type { Report, ReportCounts, ReportInput, ReportStatus } from "../domain/reports.js";
import type { Actor } from "../domain/roles.js";
import type { CategoryCode, Language, SourceKind } from "../domain/taxonomy.js";
import type { AccessAttributes, Classification } from "../domain/access-rules.js";
import { trackingIdOf } from "../domain/record-labels.js";
import type { ReportScope } from "../domain/scopes.js";
import type { Db, Tx } from "./database.js";
import type { DB, ReportsTable } from "./schema.js";
import { geoFilterOn, hasGeoFilter, type GeoFilter } from "./geo-repo.js";
import { inArea, partyMayRead } from "./access-sql.js";
import type { Selectable } from "kysely";

export type ReportRow = Selectable<ReportsTable>;

export function rowToReport(r: ReportRow): Report {
  return {
    id: r.id,
    trackingId: r.tracking_id,
    version: r.version,
    supersedesId: r.supersedes_id,
    sourceKind: r.source_kind as SourceKind,
    submittedBy: r.submitted_by,
    submitterParty: r.submitter_party,
    allegedParty: r.alleged_party ?? undefined,
    receivedAt: r.received_at,
    occurredFrom: r.occurred_from,
    occurredTo: r.occurred_to,
    datePrecision: r.date_precision,
    location: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : undefined,
    wherePrecision: r.where_precision,
    placeName: r.place_name ?? undefined,
    category: r.category as CategoryCode,
    description: r.description,
    language: r.language as Language,
    counts: r.counts as ReportCounts,
    sourceGrade: r.source_grade ?? undefined,
    status: r.status as ReportStatus,
    incidentId: r.incident_id,
    triageReason: r.triage_reason,
    isDemo: r.is_demo,
    classification: r.classification as Classification,
    concernedParties: r.concerned_parties,
    embargoUntil: r.embargo_until,
    locationResolution: {
      status: r.location_source as LocationSource,
      candidates: (r.place_candidates ?? []) as PlaceCandidate[],
    },
  };
}

/** The one place where a report scope (src/domain/scopes.ts) becomes SQL. */
export function scopeFilter(scope: ReportScope) {
  return (eb: ExpressionBuilder<DB, "reports">) => {
    switch (scope.kind) {
      case "all":
        return scope.area ? inArea("reports", scope.area) : eb.val(true);
      case "intake":
        return eb.or([
          eb("reports.classification", "<>", "confidential_source"),
          eb("reports.submitted_by", "=", scope.userId),
        ]);
      case "submittedBy":
        return eb("reports.submitted_by", "=", scope.userId);
      case "party":
        return eb.or([
          eb("reports.submitted_by", "=", scope.userId),
          partyMayRead("reports", scope.party, scope.now),
        ]);
    }
  };
}

/** How many reports the scope reads. */
export async function countReportsIn(db: Db, scope: ReportScope): Promise<number> {
  const row = await db
    .selectFrom("reports")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where(scopeFilter(scope))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findReport(
  db: Db | Tx,
  id: string,
  scope: ReportScope,
): Promise<ReportRow | undefined> {
  return db
    .selectFrom("reports")
    .selectAll()
    .where("id", "=", id)
    .where(scopeFilter(scope))
    .executeTakeFirst();
}

/** The report with this tracking id, whoever may read it (the service decides who asks). */
export async function findReportByTrackingId(
  db: Db | Tx,
  trackingId: string,
): Promise<ReportRow | undefined> {
  return db
    .selectFrom("reports")
    .selectAll()
    .where("tracking_id", "=", trackingId)
    .executeTakeFirst();
}

/** One version of a report, as a report page lists them. */
export interface ReportVersionRow {
  id: string;
  version: number;
  received_at: Date;
  status: string;
}

/**
 * Every version of the report `id` belongs to that `scope` may read, oldest first: the chain of
 * amendments walked back through `supersedes_id` and forward to the versions that supersede it.
 */
export async function listReportVersions(
  db: Db | Tx,
  id: string,
  scope: ReportScope,
): Promise<ReportVersionRow[]> {
  // One statement: the chain back and the chain forward (UNION, so a cycle ends).
  const chain = db
    .withRecursive("back(id, supersedes_id)", (qb) =>
      qb
        .selectFrom("reports")
        .select(["id", "supersedes_id"])
        .where("id", "=", id)
        .union(
          qb
            .selectFrom("reports as r")
            .innerJoin("back as b", "r.id", "b.supersedes_id")
            .select(["r.id", "r.supersedes_id"]),
        ),
    )
    .withRecursive("forward(id)", (qb) =>
      qb
        .selectFrom("reports")
        .select("id")
        .where("supersedes_id", "=", id)
        .union(
          qb
            .selectFrom("reports as r")
            .innerJoin("forward as f", "r.supersedes_id", "f.id")
            .select("r.id"),
        ),
    );
  return chain
    .selectFrom("reports")
    .select(["id", "version", "received_at", "status"])
    .where((eb) =>
      eb.or([
        eb("id", "in", eb.selectFrom("back").select("back.id")),
        eb("id", "in", eb.selectFrom("forward").select("forward.id")),
      ]),
    )
    .where(scopeFilter(scope))
    .orderBy("version")
    .execute();
}

/** What a reader may filter reports by: the list, the map and the counts share it. */
export interface ReportMatch {
  occurredFrom?: Date;
  occurredTo?: Date;
  category?: string;
  sourceKind?: string;
  status?: string;
  incidentId?: string;
  /** Sector codes of the mission, "other" or "unlocated": in any of them. */
  sector?: readonly string[];
  /** Spatial filters on the stored geo evaluation (decision 0004). */
  geo?: GeoFilter;
}

/** The filters as one condition on `reports` (the event window overlaps the filter window). */
export function reportMatches(f: ReportMatch) {
  return (eb: ExpressionBuilder<DB, "reports">) => {
    const c: Expression<SqlBool>[] = [];
    if (f.occurredFrom) c.push(eb("reports.occurred_to", ">=", f.occurredFrom));
    if (f.occurredTo) c.push(eb("reports.occurred_from", "<=", f.occurredTo));
    if (f.category) c.push(eb("reports.category", "=", f.category));
    if (f.sourceKind) c.push(eb("reports.source_kind", "=", f.sourceKind));
    if (f.status) c.push(eb("reports.status", "=", f.status));
    if (f.incidentId) c.push(eb("reports.incident_id", "=", f.incidentId));
    if (f.sector && f.sector.length > 0)
      c.push(sql<SqlBool>`${sectorSql("reports")} IN (${sql.join(f.sector)})`);
    if (hasGeoFilter(f.geo)) c.push(geoFilterOn("report", "reports", f.geo));
    return eb.and(c);
  };
}

export interface ReportFilter extends ReportMatch {
  /** Cursor: rows strictly before this (received_at, id), newest first. */
  before?: { receivedAt: Date; id: string };
  limit: number;
}

export async function listReports(
  db: Db,
  scope: ReportScope,
  f: ReportFilter,
): Promise<ReportRow[]> {
  let q = db.selectFrom("reports").selectAll().where(scopeFilter(scope)).where(reportMatches(f));
  if (f.before) {
    const b = f.before;
    // A row comparison, so the index on (received_at, id) starts at the cursor.
    q = q.where((eb) =>
      eb(eb.refTuple("reports.received_at", "reports.id"), "<", eb.tuple(b.receivedAt, b.id)),
    );
  }
  return q.orderBy("received_at", "desc").orderBy("id", "desc").limit(f.limit).execute();
}

/** Tracking numbers taken from the sequence at a time and handed out by this process. */
const TRACKING_BLOCK = 32;
const trackingNumbers = new WeakMap<Db, number[]>();

/**
 * `count` new tracking ids ("R-000123"). The numbers come from the sequence in blocks, so that
 * filing a report usually asks the database for none; a block left unused when the process stops
 * leaves a gap, as a rolled-back insert always did. Within one process ids follow the order of
 * filing; processes sharing a PostgreSQL server each take their own blocks.
 */
export async function takeTrackingIds(
  deps: { db: Db },
  conn: Db | Tx,
  count: number,
): Promise<string[]> {
  let pool = trackingNumbers.get(deps.db);
  if (!pool) trackingNumbers.set(deps.db, (pool = []));
  while (pool.length < count) {
    const { rows } = await sql<{ n: number }>`SELECT nextval('report_tracking_seq') AS n
      FROM generate_series(1, ${Math.max(TRACKING_BLOCK, count - pool.length)}::int)`.execute(conn);
    pool.push(...rows.map((r) => Number(r.n)));
    pool.sort((a, b) => a - b);
  }
  return pool.splice(0, count).map((n) => trackingIdOf(n));
}

/** SQLSTATE of cfm_insert_report_audited() when the stored row is not the row hashed. */
const ROW_DIFFERS = "CFM01";

/**
 * A new report and its audit entry in one statement (migration 20261129T111000): `report` is the
 * row in its to_jsonb() form, `entry` the entry chained on `prev`. False, with nothing written,
 * when the head moved or the stored row would differ.
 */
export async function insertReportAudited(
  db: Db,
  report: Record<string, unknown>,
  entry: unknown,
  prev: { seq: number; hash: string },
): Promise<boolean> {
  try {
    const { rows } = await sql<{ ok: boolean }>`SELECT cfm_insert_report_audited(
      ${JSON.stringify(report)}::jsonb, ${JSON.stringify(entry)}::jsonb,
      ${prev.seq}, ${prev.hash}) AS ok`.execute(db);
    return rows[0]?.ok === true;
  } catch (err) {
    if ((err as { code?: unknown }).code === ROW_DIFFERS) return false;
    throw err;
  }
}

export interface InsertExtra {
  receivedAt: Date;
  submitterParty: string | null;
  isDemo: boolean;
  supersedes?: { id: string; version: number };
  /** Coordinates as given, or looked up from the place name (locateReport). */
  located: ResolvedLocation;
  /** Classification, concerned parties and embargo (decision 0007). */
  access: AccessAttributes;
}

export interface Inserted {
  report: Report;
  /** The stored row as the audit chain hashes it, so that it need not be read back. */
  jsonb: unknown;
}

/**
 * A new report's whole row, every column given (none left to a default), so that the row the
 * database stores is known before it is written (src/store/row-json.ts).
 */
export function newReportRow(
  actor: Actor,
  input: ReportInput,
  extra: InsertExtra,
  trackingId: string,
): ReportRow {
  const { location, wherePrecision, resolution } = extra.located;
  return {
    id: randomUUID(),
    tracking_id: trackingId,
    version: extra.supersedes ? extra.supersedes.version + 1 : 1,
    supersedes_id: extra.supersedes?.id ?? null,
    source_kind: input.sourceKind,
    submitted_by: actor.kind === "user" ? actor.userId : null,
    submitter_party: extra.submitterParty,
    alleged_party: input.allegedParty ?? null,
    received_at: extra.receivedAt,
    occurred_from: input.occurredFrom,
    occurred_to: input.occurredTo,
    date_precision: input.datePrecision ?? 1,
    lat: location?.lat ?? null,
    lon: location?.lon ?? null,
    where_precision: wherePrecision,
    place_name: input.placeName ?? null,
    location_source: resolution.status,
    place_candidates: resolution.status === "reported" ? null : resolution.candidates,
    category: input.category,
    description: input.description,
    language: input.language,
    counts: input.counts ?? {},
    source_grade: input.sourceGrade ?? null,
    is_demo: extra.isDemo,
    status: "received",
    incident_id: null,
    triage_reason: null,
    triaged_by: null,
    triaged_at: null,
    classification: extra.access.classification,
    concerned_parties: extra.access.concernedParties,
    embargo_until: extra.access.embargoUntil,
  };
}

/** The row as the insert takes it: JSON columns as text. */
function insertable(row: ReportRow) {
  return {
    ...row,
    counts: JSON.stringify(row.counts),
    place_candidates: row.place_candidates === null ? null : JSON.stringify(row.place_candidates),
  };
}

/** Inserts reports in one statement; returns them in the order given. */
export async function insertReports(
  deps: { db: Db },
  tx: Tx,
  reports: { actor: Actor; input: ReportInput; extra: InsertExtra }[],
): Promise<Inserted[]> {
  const trackingIds = await takeTrackingIds(deps, tx, reports.length);
  const rows = reports.map(({ actor, input, extra }, k) =>
    newReportRow(actor, input, extra, trackingIds[k]!),
  );
  const stored = await tx
    .insertInto("reports")
    .values(rows.map(insertable))
    .returningAll()
    .returning(sql<unknown>`to_jsonb(reports)`.as("jsonb"))
    .execute();
  const byId = new Map(
    stored.map(({ jsonb, ...row }) => [row.id, { report: rowToReport(row), jsonb }]),
  );
  return rows.map((r) => byId.get(r.id)!);
}

/**
 * An amendment `nextId` takes the place of `old` in triage (its status, incident and reason),
 * and `old` is marked superseded.
 */
export async function supersedeReport(tx: Tx, old: ReportRow, nextId: string): Promise<void> {
  await tx
    .updateTable("reports")
    .set({ status: old.status, incident_id: old.incident_id, triage_reason: old.triage_reason })
    .where("id", "=", nextId)
    .execute();
  await tx.updateTable("reports").set({ status: "superseded" }).where("id", "=", old.id).execute();
}

/** Records a report's triage outcome without an incident (e.g. out of scope); returns the row. */
export async function setReportTriaged(
  tx: Tx,
  id: string,
  t: { status: ReportStatus; reason: string; triagedBy: string | null; at: Date },
): Promise<ReportRow> {
  return tx
    .updateTable("reports")
    .set({ status: t.status, triage_reason: t.reason, triaged_by: t.triagedBy, triaged_at: t.at })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The reports of `ids` the scope reaches, locked for triage. */
export function lockReports(tx: Tx, ids: string[], scope: ReportScope): Promise<ReportRow[]> {
  return tx
    .selectFrom("reports")
    .selectAll()
    .where("id", "in", ids)
    .where(scopeFilter(scope))
    .forUpdate()
    .execute();
}

/** Triages reports into a new incident. */
export async function putReportsInIncident(
  tx: Tx,
  ids: string[],
  t: { incidentId: string; triagedBy: string; at: Date },
): Promise<void> {
  await tx
    .updateTable("reports")
    .set({
      status: "in_incident",
      incident_id: t.incidentId,
      triaged_by: t.triagedBy,
      triaged_at: t.at,
    })
    .where("id", "in", ids)
    .execute();
}

/** Triages a report as a duplicate merged into an existing incident. */
export async function mergeReportInto(
  tx: Tx,
  id: string,
  t: { incidentId: string; reason: string; triagedBy: string; at: Date },
): Promise<void> {
  await tx
    .updateTable("reports")
    .set({
      status: "merged",
      incident_id: t.incidentId,
      triage_reason: t.reason,
      triaged_by: t.triagedBy,
      triaged_at: t.at,
    })
    .where("id", "=", id)
    .execute();
}

/** The reports of an incident the scope reaches, oldest first. */
export function reportsOfIncident(
  db: Db | Tx,
  incidentId: string,
  scope: ReportScope,
): Promise<ReportRow[]> {
  return db
    .selectFrom("reports")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .where(scopeFilter(scope))
    .orderBy("received_at")
    .execute();
}

/** Which of `ids` are reports of the incident. */
export async function reportIdsInIncident(
  db: Db | Tx,
  incidentId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("reports")
    .select("id")
    .where("incident_id", "=", incidentId)
    .where("id", "in", ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}
