/**
 * Report intake: filing a report. Concurrent reports share one transaction (group commit, see
 * group-commit.ts), a lone plain report is written in one statement with its audit entry
 * (decision 0008), and a retried request with an idempotency key is answered with the report
 * stored the first time.
 */
import { canonicalJson, sha256Hex } from "../domain/audit-chain.js";
import { DomainError } from "../domain/errors.js";
import {
  allowedSourceKinds,
  checkReportTimes,
  submitterPartyFor,
  type Report,
  type ReportInput,
} from "../domain/reports.js";
import type { ResolvedLocation } from "../domain/place-resolution.js";
import type { Actor } from "../domain/roles.js";
import { reportAccessAtIntake, type AccessAttributes } from "../domain/access-rules.js";
import { geoOfNewRecord } from "../domain/geo/evaluation-record.js";
import {
  findReportsByIdempotencyKeys,
  insertIdempotencyKeys,
  type IdempotencyKey,
} from "../store/idempotency-repo.js";
import {
  insertReportAudited,
  insertReports,
  newReportRow,
  rowToReport,
  takeTrackingIds,
  type InsertExtra,
  type Inserted,
} from "../store/reports-repo.js";
import { rowJson } from "../store/row-json.js";
import { appendAudit, appendAuditAlone, appendAuditMany, type AuditInput } from "./audit.js";
import type { Db, Deps, Tx } from "./deps.js";
import { inGroupTransaction, type BatchKind } from "./group-commit.js";
import { partiesKnown, requirePartiesExist } from "./parties.js";
import { locateReport } from "./places.js";
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
  await deps.geography.refresh();
  const located = locateReport(deps, input);
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

/** Counted on `deps.metrics`: how lone plain reports were written (decision 0008). */
export const LONE_INTAKE_METRICS = {
  /** In one statement with the audit entry. */
  oneStatement: "intake.lone.one_statement",
  /** In a transaction after all. */
  transaction: "intake.lone.transaction",
} as const;

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
    deps.metrics?.count(LONE_INTAKE_METRICS.transaction);
    return null;
  }
  deps.metrics?.count(LONE_INTAKE_METRICS.oneStatement);
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
  const { deps, actor, input } = item;
  const key = keyOf(item);
  if (key) {
    const prior = await replay(tx, key, item.requestHash);
    if (prior) return { report: prior, replayed: true };
  }
  await requirePartiesExist(deps, tx, [item.submitterParty, input.allegedParty]);
  const [{ report, jsonb }] = (await insertReports(deps, tx, [
    { actor, input, extra: insertExtra(item) },
  ])) as [Inserted];
  const sources = await insertReportSources(tx, report.id, input, item.receivedAt);
  if (key)
    await insertIdempotencyKeys(tx, [
      { ...key, requestHash: item.requestHash, reportId: report.id },
    ]);
  await appendAudit(
    tx,
    receivedEntry(item, report, [{ table: "reports", id: report.id, jsonb }, ...sources]),
  );
  return { report: { ...report, geo: geoOfNewRecord(report.location) }, replayed: false };
}

/**
 * Many reports in one transaction: those without source fields in one insert and one audit
 * statement, each still with its own audit entry, their idempotency keys looked up and stored in
 * one statement each; those with source fields one by one. The database's cost is mostly per
 * statement, so this is what group commit buys. A key used twice in the batch, or again for a
 * different report, fails the batch, and each report then runs alone (group-commit.ts), where it
 * replays or is refused on its own.
 */
async function intakeMany(tx: Tx, items: IntakeItem[]): Promise<CreateReportResult[]> {
  const results = new Map<IntakeItem, CreateReportResult>();
  const bulk = items.filter((i) => !hasSourceFields(i.input));
  for (const item of items) if (!bulk.includes(item)) results.set(item, await intakeOne(tx, item));
  const keys = bulk.flatMap((i) => keyOf(i) ?? []);
  if (new Set(keys.map(keyText)).size < keys.length) throw new Error("a key twice in one batch");
  const priorOf = new Map(
    (await findReportsByIdempotencyKeys(tx, keys)).map((p) => [
      keyText({ scope: p.idem_scope, key: p.idem_key }),
      p,
    ]),
  );
  const fresh: IntakeItem[] = [];
  for (const item of bulk) {
    const key = keyOf(item);
    const prior = key && priorOf.get(keyText(key));
    if (!prior) fresh.push(item);
    else if (prior.request_hash !== item.requestHash) throw new Error("a key reused");
    else results.set(item, { report: rowToReport(prior), replayed: true });
  }
  if (fresh.length > 0) {
    await requirePartiesExist(
      fresh[0]!.deps,
      tx,
      fresh.flatMap((i) => [i.submitterParty, i.input.allegedParty]),
    );
    const inserted = await insertReports(
      fresh[0]!.deps,
      tx,
      fresh.map((i) => ({ actor: i.actor, input: i.input, extra: insertExtra(i) })),
    );
    await insertIdempotencyKeys(
      tx,
      fresh.flatMap((item, k) => {
        const key = keyOf(item);
        return key
          ? [{ ...key, requestHash: item.requestHash, reportId: inserted[k]!.report.id }]
          : [];
      }),
    );
    await appendAuditMany(
      tx,
      fresh.map((item, k) => {
        const { report, jsonb } = inserted[k]!;
        return receivedEntry(item, report, [{ table: "reports", id: report.id, jsonb }]);
      }),
    );
    fresh.forEach((item, k) => {
      const { report } = inserted[k]!;
      results.set(item, {
        report: { ...report, geo: geoOfNewRecord(report.location) },
        replayed: false,
      });
    });
  }
  return items.map((i) => results.get(i)!);
}

/** The item's idempotency key, in the scope of who sent it; null without one. */
function keyOf(item: IntakeItem): IdempotencyKey | null {
  const key = item.opts.idempotencyKey;
  return key ? { scope: idempotencyScope(item.actor), key } : null;
}

const keyText = (k: IdempotencyKey) => `${k.scope}\n${k.key}`;

async function replay(tx: Tx, key: IdempotencyKey, requestHash: string): Promise<Report | null> {
  const [prior] = await findReportsByIdempotencyKeys(tx, [key]);
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
