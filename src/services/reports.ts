/** Intake: filing, reading and amending reports; closing one as out of scope. */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { canonicalJson, sha256Hex } from "../domain/audit-chain.js";
import { DomainError } from "../domain/errors.js";
import {
  allowedSourceKinds,
  checkReportTimes,
  isAmenderOf,
  submitterPartyFor,
  type Report,
  type ReportInput,
} from "../domain/reports.js";
import type { ResolvedLocation } from "../domain/place-resolution.js";
import type { Actor } from "../domain/roles.js";
import {
  reportAccessAtIntake,
  type AccessAttributes,
  type Classification,
} from "../domain/access-rules.js";
import {
  findReport,
  insertReportAudited,
  listReports as listReportRows,
  rowToReport,
  takeTrackingIds,
  type ReportFilter,
  type ReportRow,
} from "../store/reports-repo.js";
import { rowJson } from "../store/row-json.js";
import { reportScopeFor, requireRole, type ReportScope } from "./access.js";
import { appendAudit, appendAuditAlone, appendAuditMany, type AuditInput } from "./audit.js";
import { decodeCursor, pageOf, type Page } from "./cursor.js";
import { inTransaction, type Db, type Deps, type Tx } from "./deps.js";
import { inGroupTransaction, type BatchKind } from "./group-commit.js";
import { locateReport } from "./places.js";
import { withGeo } from "./geo-evaluations.js";
import { geoOfNewRecord } from "../domain/geo/evaluation-record.js";
import { insertReportSources } from "./sources.js";

export interface CreateReportOptions {
  idempotencyKey?: string;
  isDemo?: boolean;
  /** Demo and import only: the time the report was received. */
  receivedAt?: Date;
}

export interface CreateReportResult {
  report: Report;
  /** True when this was a retry answered with the report stored the first time. */
  replayed: boolean;
}

function idempotencyScope(actor: Actor): string {
  if (actor.kind === "user") return `user:${actor.userId}`;
  return actor.kind === "public" ? "public" : `system:${actor.name}`;
}

export async function createReport(
  deps: Deps,
  actor: Actor,
  input: ReportInput,
  opts: CreateReportOptions = {},
): Promise<CreateReportResult> {
  if (!allowedSourceKinds(actor).includes(input.sourceKind)) {
    const who = actor.kind === "user" ? `The ${actor.role} role` : "The public form";
    throw new DomainError(
      "source_kind_not_allowed",
      `${who} may not file a report of source kind "${input.sourceKind}".`,
      { allowed: allowedSourceKinds(actor) },
    );
  }
  const receivedAt = opts.receivedAt ?? deps.clock();
  checkReportTimes(input, receivedAt);
  const submitterParty = submitterPartyFor(actor, input);
  const requestHash = sha256Hex(canonicalJson(input));
  const located = locateReport(input);
  const access = reportAccessAtIntake(actor, input.sourceKind, submitterParty, input);
  const item: IntakeItem = {
    deps,
    actor,
    input,
    opts,
    receivedAt,
    submitterParty,
    requestHash,
    located,
    access,
  };
  // Concurrent reports share one transaction (group commit); each keeps its own audit entry.
  const attempt = () => inGroupTransaction(deps, INTAKE, item);
  try {
    return await attempt();
  } catch (err) {
    // Two retries racing with one key: the loser's insert of the key fails; it then replays.
    if (opts.idempotencyKey && isUniqueViolation(err)) return attempt();
    throw err;
  }
}

/** One report on its way in: everything decided before its transaction. */
interface IntakeItem {
  deps: Deps;
  actor: Actor;
  input: ReportInput;
  opts: CreateReportOptions;
  receivedAt: Date;
  submitterParty: string | null;
  requestHash: string;
  located: ResolvedLocation;
  access: AccessAttributes;
}

const INTAKE: BatchKind<IntakeItem, CreateReportResult> = {
  name: "intake",
  alone: intakeAlone,
  one: intakeOne,
  many: intakeMany,
};

/** How lone plain reports were written: in one statement, or in a transaction after all. */
export const loneIntake = { oneStatement: 0, transaction: 0 };

/**
 * A plain report filed while no other is on its way in: the report and its audit entry in one
 * statement, which commits both or neither (decision 0008). Null when this report needs the
 * transaction (an idempotency key, source fields, a party code not yet seen) or when the
 * statement's assumptions failed and it wrote nothing.
 */
async function intakeAlone(db: Db, item: IntakeItem): Promise<CreateReportResult | null> {
  const { deps, actor, input, opts } = item;
  const parties = [item.submitterParty, input.allegedParty];
  if (opts.idempotencyKey || hasSourceFields(input) || !partiesKnown(deps, parties)) return null;
  const [trackingId] = await takeTrackingIds(deps, db, 1);
  const row = newReportRow(actor, input, insertExtra(item), trackingId!);
  const jsonb = rowJson(row);
  const rows = [{ table: "reports" as const, id: row.id, jsonb }];
  const seq = await appendAuditAlone(
    db,
    { ...receivedEntry(item, rowToReport(row), rows), rows },
    (entry, prev) => insertReportAudited(db, jsonb, entry, prev),
  );
  if (seq === null) {
    loneIntake.transaction++;
    return null;
  }
  loneIntake.oneStatement++;
  const report = rowToReport(row);
  return { report: { ...report, geo: geoOfNewRecord(report.location) }, replayed: false };
}

const hasSourceFields = (input: ReportInput) =>
  Boolean(input.sourceIdentity || input.witnesses?.length);

function insertExtra(item: IntakeItem): InsertExtra {
  return {
    receivedAt: item.receivedAt,
    submitterParty: item.submitterParty,
    isDemo: item.opts.isDemo ?? false,
    located: item.located,
    access: item.access,
  };
}

function receivedEntry(item: IntakeItem, report: Report, rows: AuditInput["rows"]): AuditInput {
  return {
    actor: item.actor,
    action: "report.received",
    subject: `report:${report.id}`,
    at: item.receivedAt,
    rows,
    details: { trackingId: report.trackingId, sourceKind: report.sourceKind },
  };
}

async function intakeOne(tx: Tx, item: IntakeItem): Promise<CreateReportResult> {
  const { deps, actor, input, opts } = item;
  if (opts.idempotencyKey) {
    const prior = await replay(tx, idempotencyScope(actor), opts.idempotencyKey, item.requestHash);
    if (prior) return { report: prior, replayed: true };
  }
  await checkParties(deps, tx, [item.submitterParty, input.allegedParty]);
  const [{ report, jsonb }] = (await insertReports(deps, tx, [
    { actor, input, extra: insertExtra(item) },
  ])) as [Inserted];
  const sources = await insertReportSources(tx, report.id, input, item.receivedAt);
  if (opts.idempotencyKey) {
    await tx
      .insertInto("idempotency_keys")
      .values({
        scope: idempotencyScope(actor),
        key: opts.idempotencyKey,
        request_hash: item.requestHash,
        report_id: report.id,
      })
      .execute();
  }
  await appendAudit(
    tx,
    receivedEntry(item, report, [{ table: "reports", id: report.id, jsonb }, ...sources]),
  );
  return { report: { ...report, geo: geoOfNewRecord(report.location) }, replayed: false };
}

/**
 * Many reports in one transaction: the plain ones (no idempotency key, no confidential source)
 * in one insert and one audit statement, each still with its own audit entry; the others one by
 * one. The database's cost is mostly per statement, so this is what group commit buys.
 */
async function intakeMany(tx: Tx, items: IntakeItem[]): Promise<CreateReportResult[]> {
  const results = new Map<IntakeItem, CreateReportResult>();
  const plain = items.filter((i) => !i.opts.idempotencyKey && !hasSourceFields(i.input));
  for (const item of items) if (!plain.includes(item)) results.set(item, await intakeOne(tx, item));
  if (plain.length > 0) {
    await checkParties(
      plain[0]!.deps,
      tx,
      plain.flatMap((i) => [i.submitterParty, i.input.allegedParty]),
    );
    const inserted = await insertReports(
      plain[0]!.deps,
      tx,
      plain.map((i) => ({ actor: i.actor, input: i.input, extra: insertExtra(i) })),
    );
    await appendAuditMany(
      tx,
      plain.map((item, k) => {
        const { report, jsonb } = inserted[k]!;
        return receivedEntry(item, report, [{ table: "reports", id: report.id, jsonb }]);
      }),
    );
    plain.forEach((item, k) => {
      const { report } = inserted[k]!;
      results.set(item, {
        report: { ...report, geo: geoOfNewRecord(report.location) },
        replayed: false,
      });
    });
  }
  return items.map((i) => results.get(i)!);
}

async function replay(
  tx: Tx,
  scope: string,
  key: string,
  requestHash: string,
): Promise<Report | null> {
  const prior = await tx
    .selectFrom("idempotency_keys")
    .innerJoin("reports", "reports.id", "idempotency_keys.report_id")
    .selectAll("reports")
    .select("idempotency_keys.request_hash")
    .where("idempotency_keys.scope", "=", scope)
    .where("idempotency_keys.key", "=", key)
    .executeTakeFirst();
  if (!prior) return null;
  if (prior.request_hash !== requestHash) {
    throw new DomainError(
      "idempotency_key_reused",
      "This Idempotency-Key was already used for a different report. Use a new key for a new report.",
    );
  }
  return rowToReport(prior);
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "23505";
}

/**
 * Party codes seen to exist. Parties are never deleted, so a code once found stays valid; an
 * unknown code is looked up again (it may have been created since), so the cache only saves the
 * lookup on the intake path, it never refuses a real party.
 */
const knownParties = new WeakMap<Deps["db"], Set<string>>();

function knownPartiesOf(deps: Deps): Set<string> {
  let known = knownParties.get(deps.db);
  if (!known) knownParties.set(deps.db, (known = new Set()));
  return known;
}

function partiesKnown(deps: Deps, codes: (string | null | undefined)[]): boolean {
  const known = knownPartiesOf(deps);
  return codes.every((c) => !c || known.has(c));
}

async function checkParties(
  deps: Deps,
  tx: Tx,
  codes: (string | null | undefined)[],
): Promise<void> {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  const known = knownPartiesOf(deps);
  const unknown = wanted.filter((c) => !known.has(c));
  if (unknown.length === 0) return;
  const found = await tx
    .selectFrom("parties")
    .select("code")
    .where("code", "in", unknown)
    .execute();
  for (const p of found) known.add(p.code);
  const missing = unknown.find((code) => !known.has(code));
  if (missing)
    throw new DomainError("party_not_found", `There is no party with code "${missing}".`, {
      party: missing,
    });
}

interface InsertExtra {
  receivedAt: Date;
  submitterParty: string | null;
  isDemo: boolean;
  supersedes?: { id: string; version: number };
  /** Coordinates as given, or looked up from the place name (locateReport). */
  located: ResolvedLocation;
  /** Classification, concerned parties and embargo (decision 0007). */
  access: AccessAttributes;
}

interface Inserted {
  report: Report;
  /** The stored row as the audit chain hashes it, so that it need not be read back. */
  jsonb: unknown;
}

/**
 * A new report's whole row, every column given (none left to a default), so that the row the
 * database stores is known before it is written (src/store/row-json.ts).
 */
function newReportRow(
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
async function insertReports(
  deps: Deps,
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

export async function getReport(deps: Deps, actor: Actor, id: string): Promise<Report> {
  const row = await findReport(deps.db, id, reportScopeFor(actor, deps.clock()));
  if (!row) throw reportNotFound(id);
  const [report] = await withGeo(deps.db, "report", [rowToReport(row)]);
  return report!;
}

export function reportNotFound(id: string): DomainError {
  return new DomainError("report_not_found", `There is no report with id ${id}.`);
}

export type ReportPage = Page<Report>;

export async function listReports(
  deps: Deps,
  actor: Actor,
  filter: Omit<ReportFilter, "before"> & { cursor?: string },
): Promise<ReportPage> {
  const scope: ReportScope = reportScopeFor(actor, deps.clock());
  const pos = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  const before = pos && { receivedAt: pos.at, id: pos.id };
  const rows = await listReportRows(deps.db, scope, { ...filter, before, limit: filter.limit + 1 });
  return pageOf(
    rows,
    filter.limit,
    (page) => withGeo(deps.db, "report", page.map(rowToReport)),
    (r) => ({ at: r.receivedAt, id: r.id }),
  );
}

/** An amendment is a new version linked to the old; the old one is marked superseded. */
export async function amendReport(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ReportInput,
): Promise<Report> {
  const receivedAt = deps.clock();
  checkReportTimes(input, receivedAt);
  return inTransaction(deps, async (tx) => {
    const old = await findReport(tx, id, reportScopeFor(actor, receivedAt));
    if (!old) throw reportNotFound(id);
    const submitter = { submittedBy: old.submitted_by, submitterParty: old.submitter_party };
    if (!isAmenderOf(actor, submitter))
      throw new DomainError("forbidden", "Only the submitter or intake may amend a report.");
    if (old.status === "superseded") {
      throw new DomainError(
        "report_superseded",
        "This report has already been amended; amend its latest version.",
      );
    }
    if (input.sourceKind !== old.source_kind) {
      throw new DomainError(
        "validation_failed",
        "An amendment keeps the source kind of the report.",
        { field: "sourceKind" },
      );
    }
    await checkParties(deps, tx, [input.allegedParty]);
    const [{ report: next }] = (await insertReports(deps, tx, [
      {
        actor,
        input,
        extra: {
          receivedAt,
          submitterParty: old.submitter_party,
          isDemo: old.is_demo,
          supersedes: { id: old.id, version: old.version },
          located: locateReport(input),
          // An amendment is another version of the same report: it keeps its access attributes.
          access: {
            classification: old.classification as Classification,
            concernedParties: old.concerned_parties,
            embargoUntil: old.embargo_until,
          },
        },
      },
    ])) as [Inserted];
    const sources = await insertReportSources(tx, next.id, input, receivedAt);
    // The new version takes the old one's place in triage.
    await tx
      .updateTable("reports")
      .set({ status: old.status, incident_id: old.incident_id, triage_reason: old.triage_reason })
      .where("id", "=", next.id)
      .execute();
    await tx
      .updateTable("reports")
      .set({ status: "superseded" })
      .where("id", "=", old.id)
      .execute();
    await appendAudit(tx, {
      actor,
      action: "report.amended",
      subject: `report:${next.id}`,
      at: receivedAt,
      rows: [{ table: "reports", id: old.id }, { table: "reports", id: next.id }, ...sources],
      details: { supersedes: old.id, version: next.version },
    });
    return {
      ...next,
      status: old.status as Report["status"],
      incidentId: old.incident_id,
      triageReason: old.triage_reason,
    };
  });
}

export async function closeReportOutOfScope(
  deps: Deps,
  actor: Actor,
  id: string,
  reason: string,
): Promise<Report> {
  requireRole(actor, ["intake", "chief"], "triage reports");
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const old = await findReport(tx, id, reportScopeFor(actor, now));
    if (!old) throw reportNotFound(id);
    if (old.status !== "received") {
      throw new DomainError(
        "report_already_triaged",
        `This report was already triaged (status "${old.status}").`,
      );
    }
    const row = await tx
      .updateTable("reports")
      .set({
        status: "out_of_scope",
        triage_reason: reason,
        triaged_by: actor.kind === "user" ? actor.userId : null,
        triaged_at: now,
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      actor,
      action: "report.closed_out_of_scope",
      subject: `report:${id}`,
      at: now,
      rows: [{ table: "reports", id }],
      details: { reason },
    });
    return rowToReport(row);
  });
}
