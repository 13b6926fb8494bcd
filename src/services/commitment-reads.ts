/**
 * Reading commitments (list, one with its timeline and dependency view, the scoreboard, the
 * public scoreboard), recording progress observations, and the anchor events. Every read is
 * narrowed in SQL by the reader's scope (commitmentScopeFor): a commitment outside it is answered
 * as one that does not exist, and never counted.
 */
import { randomUUID } from "node:crypto";
import {
  allowedStatusMoves,
  checkBilingual,
  COMMITMENT_EDITORS,
  OBSERVERS,
  readsInFull,
  resolveDeadlines,
  type Commitment,
  type CommitmentScope,
  type CommitmentStatus,
  type CommitmentType,
  type Observation,
  type ResolvedDeadline,
} from "../domain/commitments.js";
import { DomainError } from "../domain/errors.js";
import { hasRole, type Actor } from "../domain/roles.js";
import { isCalendarDay } from "../domain/zoned-days.js";
import {
  anchorDays,
  breachesOf,
  commitmentsOnAnchor,
  countCommitments,
  commitmentSummaries,
  dependentsOf,
  findCommitment,
  findObservationByKey,
  insertObservation,
  listAnchors,
  listCommitments,
  observationsOf,
  provisionCodeOf,
  rowToCommitment,
  rowToObservation,
  scoreboard,
  updateCommitment,
  upsertAnchor,
} from "../store/commitments-repo.js";
import { findEvidence } from "../store/evidence-repo.js";
import { findReport } from "../store/reports-repo.js";
import { requireRole, requireUser, reportScopeFor } from "./access.js";
import { appendAudit } from "./audit.js";
import {
  commitmentNotFound,
  commitmentScopeFor,
  dueColumns,
  type ObservationInput,
} from "./commitments.js";
import { decodeDueCursor, encodeDueCursor, pageWithCursor, type Page } from "./cursor.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { missionTimeZone } from "./mission.js";

export interface CommitmentSummary {
  id: string;
  reference: string;
  title: { en: string; ar: string };
  status: CommitmentStatus;
  deadlineAt: Date | null;
}

export interface CommitmentView {
  commitment: Commitment;
  provisionCode: string;
  /** The reader sees its obligations in full (its own party's, or the mission's). */
  full: boolean;
  /** The reader belongs to the mission (not a party, not the public): sources and evidence. */
  mission: boolean;
  deadlines: ResolvedDeadline[];
  waitsFor: CommitmentSummary[];
  waitedForBy: CommitmentSummary[];
  observations: Observation[];
  breaches: { incidentId: string; reference: string; openedAt: Date }[];
  allowedStatuses: CommitmentStatus[];
  mayObserve: boolean;
}

const summary = (r: {
  id: string;
  reference: string;
  title_en: string;
  title_ar: string;
  status: string;
  deadline_at: Date | null;
}): CommitmentSummary => ({
  id: r.id,
  reference: r.reference,
  title: { en: r.title_en, ar: r.title_ar },
  status: r.status as CommitmentStatus,
  deadlineAt: r.deadline_at,
});

export interface CommitmentListItem {
  commitment: Commitment;
  provisionCode: string;
  visibleDependencies: string[];
}

/**
 * One page of the commitments the reader may read, soonest due first (undated last), then by
 * reference; `nextCursor` continues after its last, `total` counts every page together. The
 * scope is applied to every page, so no cursor opens what the reader may not read.
 */
export async function listCommitmentsFor(
  deps: Deps,
  actor: Actor,
  f: {
    party?: string;
    clause?: string;
    status?: CommitmentStatus[];
    type?: CommitmentType;
    cursor?: string;
    limit: number;
  },
): Promise<Page<CommitmentListItem> & { total: number }> {
  const scope = commitmentScopeFor(actor);
  const filters = { party: f.party, provisionCode: f.clause, status: f.status, type: f.type };
  const at = f.cursor ? decodeDueCursor(f.cursor) : undefined;
  const rows = await listCommitments(deps.db, scope, {
    ...filters,
    after: at && { deadlineAt: at.at, reference: at.key },
    limit: f.limit + 1,
  });
  const total = await countCommitments(deps.db, scope, filters);
  const page = await pageWithCursor(
    rows,
    f.limit,
    async (shown) => {
      // Dependencies the reader may not read are left out (their ids would say they exist).
      const named = [...new Set(shown.flatMap((r) => r.depends_on))];
      const visible = new Set((await commitmentSummaries(deps.db, named, scope)).map((s) => s.id));
      return shown.map((r) => ({
        commitment: rowToCommitment(r),
        provisionCode: r.provision_code,
        visibleDependencies: r.depends_on.filter((d) => visible.has(d)),
      }));
    },
    (last) => encodeDueCursor({ at: last.commitment.deadlineAt, key: last.commitment.reference }),
  );
  return { ...page, total };
}

export async function getCommitment(deps: Deps, actor: Actor, id: string): Promise<CommitmentView> {
  const scope = commitmentScopeFor(actor);
  const row = await findCommitment(deps.db, id, scope);
  if (!row) throw commitmentNotFound(id);
  const c = rowToCommitment(row);
  const now = deps.clock();
  const timeZone = await missionTimeZone(deps);
  const anchors = await anchorDays(deps.db);
  const provisionCode = await provisionCodeOf(deps.db, c.provisionId);
  const full = readsInFull(c, scope);
  const mission = scope.kind === "all" && !hasRole(actor, "commission");
  const editor = hasRole(actor, ...COMMITMENT_EDITORS);
  return {
    commitment: c,
    provisionCode,
    full,
    mission,
    deadlines: resolveDeadlines(c, anchors, timeZone),
    waitsFor: (await commitmentSummaries(deps.db, c.dependsOn, scope)).map(summary),
    waitedForBy: (await dependentsOf(deps.db, c.id, scope)).map(summary),
    observations: full ? (await observationsOf(deps.db, c.id)).map(rowToObservation) : [],
    breaches: mission
      ? (await breachesOf(deps.db, c.id)).map((b) => ({
          incidentId: b.incident_id,
          reference: b.reference,
          openedAt: b.opened_at,
        }))
      : [],
    allowedStatuses: editor ? allowedStatusMoves(c.status, { dueAt: c.dueAt, now }) : [],
    mayObserve: hasRole(actor, ...OBSERVERS) && full,
  };
}

/** Counts per party and per clause (due, met, late, disputed) of what the reader may see. */
export async function commitmentScoreboard(deps: Deps, actor: Actor) {
  const scope: CommitmentScope = commitmentScopeFor(actor);
  return scoreboard(deps.db, scope, deps.clock());
}

/**
 * Records a progress observation. Monitors, analysts and the chief for any commitment; a
 * commission member for the commitments it reads in full (its own party's, or all for the
 * chair). Evidence is cited by id: items the observer may read (uploaded with a report).
 * An observation with the same Idempotency-Key by the same person is not recorded twice.
 */
export async function recordObservation(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ObservationInput,
  opts: { idempotencyKey?: string } = {},
): Promise<Observation> {
  const scope = commitmentScopeFor(actor);
  requireRole(actor, OBSERVERS, "record progress on commitments");
  requireUser(actor);
  const now = deps.clock();
  const row = await inTransaction(deps, async (tx) => {
    const c = await findCommitment(tx, id, scope, true);
    if (!c || !readsInFull(rowToCommitment(c), scope)) throw commitmentNotFound(id);
    if (opts.idempotencyKey) {
      const prior = await findObservationByKey(tx, actor.userId, opts.idempotencyKey);
      if (prior) return prior;
    }
    checkBilingual(input.noteEn, input.noteAr, "note", "observation's note");
    if (input.observedAt.getTime() > now.getTime() + 5 * 60_000) {
      throw new DomainError("impossible_time", "An observation cannot be in the future.", {
        field: "observedAt",
      });
    }
    const commitment = rowToCommitment(c);
    if (input.phaseKey && !commitment.phases.some((p) => p.key === input.phaseKey)) {
      throw new DomainError(
        "validation_failed",
        `This commitment has no phase "${input.phaseKey}".`,
        {
          field: "phaseKey",
        },
      );
    }
    await checkSources(tx, actor, now, input);
    if (input.disputes && !actor.party) {
      throw new DomainError(
        "validation_failed",
        "Only a party's member records that its party disputes the mission's account.",
        { field: "disputes" },
      );
    }
    const obsId = randomUUID();
    const inserted = await insertObservation(tx, {
      id: obsId,
      commitment_id: c.id,
      observed_at: input.observedAt,
      note_en: input.noteEn.trim(),
      note_ar: input.noteAr.trim(),
      shows_status: input.showsStatus,
      quantity: input.quantity,
      phase_key: input.phaseKey,
      verification_level: input.verificationLevel,
      source: input.source.trim(),
      evidence_ids: [...new Set(input.evidenceIds)],
      source_grades: JSON.stringify(input.sourceGrades),
      disputes: input.disputes,
      recorded_by: actor.userId,
      recorded_party: actor.party,
      recorded_at: now,
      idempotency_key: opts.idempotencyKey ?? null,
    });
    const rows: { table: "commitments" | "commitment_observations"; id: string }[] = [
      { table: "commitment_observations", id: obsId },
    ];
    if (input.disputes) {
      await updateCommitment(tx, c.id, { disputed_at: now, updated_at: now });
      rows.push({ table: "commitments", id: c.id });
    }
    await appendAudit(tx, {
      actor,
      action: "commitment.observed",
      subject: `commitment:${c.id}`,
      at: now,
      rows,
      details: {
        observation: obsId,
        verificationLevel: input.verificationLevel,
        sourceGrades: input.sourceGrades,
        evidenceIds: inserted.evidence_ids,
        disputes: input.disputes,
      },
    });
    return inserted;
  });
  return rowToObservation(row);
}

/**
 * An observation's sources, checked as a finding's are: each graded report is one the observer
 * reads, graded once; each evidence item is one the observer reads and came with a graded report
 * (the grading says how far to trust what the file shows).
 */
async function checkSources(tx: Tx, actor: Actor, now: Date, input: ObservationInput) {
  if (input.sourceGrades.length === 0 && input.evidenceIds.length === 0) return;
  const scope = reportScopeFor(actor, now);
  const graded = new Set<string>();
  for (const g of input.sourceGrades) {
    if (graded.has(g.reportId)) {
      throw new DomainError("validation_failed", "Each report is graded once.", {
        field: "sourceGrades",
        reportId: g.reportId,
      });
    }
    graded.add(g.reportId);
    if (!(await findReport(tx, g.reportId, scope))) {
      throw new DomainError("report_not_found", `No report ${g.reportId} is visible to you.`, {
        field: "sourceGrades",
      });
    }
  }
  for (const e of new Set(input.evidenceIds)) {
    const item = await findEvidence(tx, e, scope);
    if (!item) {
      throw new DomainError("evidence_not_found", `No evidence item ${e} is visible to you.`, {
        field: "evidenceIds",
      });
    }
    if (!graded.has(item.report_id)) {
      throw new DomainError(
        "validation_failed",
        "Evidence is cited with its report: grade the report it came with as a source.",
        { field: "evidenceIds", evidenceId: e },
      );
    }
  }
}

// ── Anchor events ────────────────────────────────────────────────────────────

export async function listCommitmentAnchors(deps: Deps, actor: Actor) {
  commitmentScopeFor(actor);
  return (await listAnchors(deps.db)).map((a) => ({
    code: a.code,
    name: { en: a.name_en, ar: a.name_ar },
    occurredOn: a.occurred_on,
  }));
}

/**
 * Adds an anchor event or sets its date (null: not happened yet). The deadlines counted from it
 * are recomputed in the same transaction.
 */
export async function setCommitmentAnchor(
  deps: Deps,
  actor: Actor,
  input: { code: string; nameEn: string; nameAr: string; occurredOn: string | null },
) {
  if (actor.kind !== "system") requireRole(actor, COMMITMENT_EDITORS, "set anchor events");
  if (input.occurredOn !== null && !isCalendarDay(input.occurredOn)) {
    throw new DomainError("validation_failed", "The date must be written YYYY-MM-DD.", {
      field: "occurredOn",
    });
  }
  checkBilingual(input.nameEn, input.nameAr, "name", "anchor event's name");
  const now = deps.clock();
  const timeZone = await missionTimeZone(deps);
  return inTransaction(deps, async (tx) => {
    const a = await upsertAnchor(tx, {
      code: input.code,
      name_en: input.nameEn.trim(),
      name_ar: input.nameAr.trim(),
      occurred_on: input.occurredOn,
      at: now,
    });
    const anchors = await anchorDays(tx);
    const touched = [];
    for (const row of await commitmentsOnAnchor(tx, a.code)) {
      await updateCommitment(tx, row.id, {
        ...dueColumns(rowToCommitment(row), anchors, timeZone),
        updated_at: now,
      });
      touched.push({ table: "commitments" as const, id: row.id });
    }
    await appendAudit(tx, {
      actor,
      action: "commitment_anchor.set",
      subject: `commitment_anchor:${a.code}`,
      at: now,
      rows: [{ table: "commitment_anchors", id: a.code }, ...touched],
      details: { occurredOn: a.occurred_on },
    });
    return { code: a.code, name: { en: a.name_en, ar: a.name_ar }, occurredOn: a.occurred_on };
  });
}
