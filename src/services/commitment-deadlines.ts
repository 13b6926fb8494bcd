/**
 * The overdue sweep: a periodic job of the job runner (jobs.ts) that marks overdue every open
 * commitment whose earliest unmet deadline (`due_at`, in the mission's time zone) has passed,
 * and audits each change as the system actor in the same transaction. However many server
 * processes run the job loop, each commitment is marked once: at most one run is queued at a
 * time (a unique index), runs are claimed with SKIP LOCKED, and the update itself skips rows
 * another sweeper holds and re-checks the status as it writes. The same job sends the "due soon"
 * reminders, each once (sweepDueSoonCommitments).
 */
import { randomUUID } from "node:crypto";
import {
  DUE_SOON_LEAD_DAYS,
  OPEN_STATUSES,
  sweepable,
  type CommitmentStatus,
} from "../domain/commitments.js";
import { actorLabel, type Actor } from "../domain/roles.js";

import { DomainError } from "../domain/errors.js";
import type { CategoryCode } from "../domain/taxonomy.js";
import {
  breachesOf,
  findCommitment,
  insertBreach,
  markOverdue,
  rowToCommitment,
} from "../store/commitments-repo.js";
import { requireRole } from "./access.js";
import { commitmentNotFound } from "./commitments.js";
import { createIncident } from "./incident-triage.js";
import { createReport } from "./intake.js";
import { schedulePeriodicJob } from "../store/jobs-repo.js";
import { appendAudit, appendAuditMany } from "./audit.js";
import { claimDueSoonReminders } from "../store/commitment-reminders-repo.js";
import { notifyCommitmentDueSoon, notifyCommitmentOverdue } from "./notification-events.js";
import { inTransaction, type Deps } from "./deps.js";

export const COMMITMENT_SWEEP_JOB = "periodic:commitment-deadlines";
/** How often the sweep runs: deadlines are days, a minute late is on time enough. */
export const COMMITMENT_SWEEP_EVERY_MS = 60_000;
const BATCH = 500;

const SWEEPER: Actor = { kind: "system", name: "commitment-deadlines" };
const TRACKER: Actor = { kind: "system", name: "commitment-tracker" };

/** Marks overdue what is due; returns the ids it marked. */
export async function sweepOverdueCommitments(deps: Deps): Promise<string[]> {
  const statuses = OPEN_STATUSES.filter((s: CommitmentStatus) => sweepable(s));
  const marked: string[] = [];
  for (;;) {
    const now = deps.clock();
    const rows = await inTransaction(deps, async (tx) => {
      const changed = await markOverdue(tx, now, actorLabel(SWEEPER), statuses, BATCH);
      await appendAuditMany(
        tx,
        changed.map((r) => ({
          actor: SWEEPER,
          action: "commitment.overdue",
          subject: `commitment:${r.id}`,
          at: now,
          rows: [{ table: "commitments" as const, id: r.id, jsonb: r.j }],
          details: {
            from: r.previous_status,
            dueAt: r.due_at?.toISOString() ?? null,
            phase: r.due_phase,
          },
        })),
      );
      for (const r of changed)
        await notifyCommitmentOverdue(tx, now, {
          id: r.id,
          reference: r.reference,
          obligatedParties: r.obligated_parties,
          dueAt: r.due_at ?? null,
        });
      return changed;
    });
    marked.push(...rows.map((r) => r.id));
    if (rows.length < BATCH) return marked;
  }
}

/**
 * Sends the "due soon" reminders owed now (DUE_SOON_LEAD_DAYS before the earliest unmet
 * deadline), each once: the claim (a commitment_reminders row) and the notice are written in one
 * transaction, and a claim another sweep holds is skipped. Returns what it sent.
 */
export async function sweepDueSoonCommitments(
  deps: Deps,
): Promise<{ id: string; leadDays: number }[]> {
  const statuses = OPEN_STATUSES.filter((s: CommitmentStatus) => sweepable(s));
  const sent: { id: string; leadDays: number }[] = [];
  for (;;) {
    const now = deps.clock();
    const claimed = await inTransaction(deps, async (tx) => {
      const rows = await claimDueSoonReminders(tx, now, DUE_SOON_LEAD_DAYS, statuses, BATCH);
      for (const r of rows)
        await notifyCommitmentDueSoon(tx, now, {
          id: r.id,
          reference: r.reference,
          obligatedParties: r.obligated_parties,
          dueAt: r.due_at,
          leadDays: r.lead_days,
        });
      return rows;
    });
    sent.push(...claimed.map((r) => ({ id: r.id, leadDays: r.lead_days })));
    if (claimed.length < BATCH) return sent;
  }
}

/** The job handler: what is late is marked overdue, what is near is announced. */
export async function commitmentSweepJob(deps: Deps): Promise<void> {
  await sweepOverdueCommitments(deps);
  await sweepDueSoonCommitments(deps);
}

/** Queues the next sweep unless one is queued, running or queued within a period (by any process). */
export async function scheduleCommitmentSweep(deps: Deps): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps, (tx) =>
    schedulePeriodicJob(tx, COMMITMENT_SWEEP_JOB, now, COMMITMENT_SWEEP_EVERY_MS),
  );
}

function firstPointOf(geometry: unknown): { location?: { lat: number; lon: number } } {
  let at: unknown = (geometry as { coordinates?: unknown } | null)?.coordinates;
  while (Array.isArray(at) && Array.isArray(at[0])) at = at[0];
  return Array.isArray(at) && typeof at[0] === "number" && typeof at[1] === "number"
    ? { location: { lon: at[0], lat: at[1] } }
    : {};
}

/** The taxonomy code of a breach (domain.md §4 class E). */
function breachCategory(type: string, status: string): CategoryCode {
  if (status === "reversed") return "E4";
  if (type === "exchange_detainees") return "E3";
  if (type === "media_conduct") return "E2";
  return "E1";
}

/**
 * Opens an incident in the case workflow for a breach of a commitment (overdue or reversed): a
 * report by the commitment tracker (source kind monitor, internal) describing the breach, and an
 * incident holding it, opened by the chief (a triage role); linked both ways through
 * commitment_breaches. One incident per breach: a second is refused while the first exists.
 */
export async function openBreachIncident(deps: Deps, actor: Actor, id: string) {
  requireRole(actor, ["chief"], "open an incident for a commitment's breach");
  const now = deps.clock();
  const check = async (db: Deps["db"], lock: boolean) => {
    const row = await findCommitment(db, id, { kind: "all" }, lock);
    if (!row) throw commitmentNotFound(id);
    const c = rowToCommitment(row);
    if (c.status !== "overdue" && c.status !== "reversed") {
      throw new DomainError(
        "commitment_transition_not_allowed",
        `Only an overdue or reversed commitment is a breach; this one is "${c.status}".`,
        { field: "status", status: c.status },
      );
    }
    if ((await breachesOf(db, id)).length > 0) {
      throw new DomainError(
        "commitment_breach_exists",
        `An incident is already open for the breach of ${c.reference}.`,
      );
    }
    return c;
  };
  const c = await check(deps.db, false);
  const category = breachCategory(c.type, c.status);
  const from = c.dueAt ?? c.deadlineAt ?? c.statusChangedAt;
  // Intake writes a report in its own transaction (group commit, decision 0008): the report is
  // filed first; should the incident then fail, it stays a received report of the breach.
  const { report } = await createReport(deps, TRACKER, {
    sourceKind: "monitor",
    occurredFrom: from.getTime() < now.getTime() ? from : now,
    occurredTo: now,
    category,
    description: `${c.reference} (${c.title.en || c.title.ar}): ${c.status === "reversed" ? "reversed" : "deadline missed"}. Obliged: ${c.obligatedParties.join(", ")}.`,
    language: c.title.en ? "en" : "ar",
    classification: "internal",
    // A breach happens where the commitment applies: its target's first point when it has one.
    ...firstPointOf(c.target?.geometry),
    placeName: `Where ${c.reference} applies`,
  });
  return inTransaction(deps, async (tx) => {
    const within: Deps = { ...deps, db: tx };
    await check(tx, true);
    // The title is made up (the category, where and when, in each reader's language) and
    // names no commitment: the incident may later be released to a party that may not read
    // this one. Its page names the commitment to those who may read it (breachOf).
    const incident = await createIncident(within, actor, {
      reportIds: [report.id],
      category,
      placeInTitle: false,
    });
    const breachId = randomUUID();
    await insertBreach(tx, {
      id: breachId,
      commitment_id: id,
      incident_id: incident.id,
      opened_by: (actor as Extract<Actor, { kind: "user" }>).userId,
      opened_at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "commitment.breach_opened",
      subject: `commitment:${id}`,
      at: now,
      rows: [{ table: "commitment_breaches", id: breachId }],
      details: { incidentId: incident.id, category, reportId: report.id },
    });
    return { incidentId: incident.id, reference: incident.reference };
  });
}
