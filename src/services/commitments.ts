/**
 * Commitments and confidence-building measures (issue 13; decision 0015): the chief and the
 * analysts enter and edit them and move their status; monitors, analysts, the chief and the
 * joint commission's members record progress observations. A party's liaison or commission
 * member reads its own party's obligations in full and, of the rest, only what is public; the
 * mission's roles and the joint body's chair read everything. Every change is audited in its
 * transaction, and `due_at`/`deadline_at` (the deadlines as instants, in the mission's time zone)
 * are recomputed with it.
 */
import { randomUUID } from "node:crypto";
import { canonicalJson, sha256Hex } from "../domain/audit-chain.js";
import {
  checkBilingual,
  checkDayRef,
  checkDeadlineShape,
  checkNoCycle,
  checkPhases,
  checkStatusMove,
  COMMITMENT_EDITORS,
  COMMITMENT_READERS,
  nextDue,
  resolveDeadlines,
  type Anchors,
  type Commitment,
  type CommitmentScope,
  type CommitmentStatus,
  type CommitmentType,
  type DayRef,
  type Observation,
  type Phase,
  type PhaseStatus,
} from "../domain/commitments.js";
import { DomainError } from "../domain/errors.js";
import type { SourceGrade } from "../domain/incidents.js";
import { validateGeometry } from "../domain/geo/validate.js";
import { actorLabel, type Actor } from "../domain/roles.js";
import { dayInZone } from "../domain/zoned-days.js";
import { findProvision } from "../store/agreements-repo.js";
import {
  anchorDays,
  dependencyGraph,
  existingCommitmentIds,
  findCommitment,
  findCommitmentByIdempotencyKey,
  insertCommitment,
  lockDependencyGraph,
  nextCommitmentReference,
  rowToCommitment,
  updateCommitment,
} from "../store/commitments-repo.js";
import { existingPartyCodes } from "../store/parties-repo.js";
import { requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { missionTimeZone } from "./mission.js";

export interface CommitmentInput {
  provisionCode: string;
  type: CommitmentType;
  titleEn: string;
  titleAr: string;
  descriptionEn: string;
  descriptionAr: string;
  obligatedParties: string[];
  beneficiaries: string;
  target: { quantity: number; unit: string } | { geometry: unknown } | null;
  deadline: DayRef | null;
  startBy: DayRef | null;
  completeWithinDays: number | null;
  phases: Omit<Phase, "status">[];
  dependsOn: string[];
  responsibleBody: string;
  public: boolean;
  source: { kind: string; id: string } | null;
}

export function commitmentNotFound(id: string): DomainError {
  return new DomainError("commitment_not_found", `No commitment ${id} is visible to you.`, { id });
}

/** Which commitments this actor reads. */
export function commitmentScopeFor(actor: Actor): CommitmentScope {
  requireRole(actor, COMMITMENT_READERS, "read commitments");
  requireUser(actor);
  if ((actor.role === "liaison" || actor.role === "commission") && actor.party)
    return { kind: "party", party: actor.party };
  if (actor.role === "liaison") return { kind: "public" };
  return { kind: "all" };
}

/** The due instants of a commitment as written, for its row. */
export function dueColumns(
  c: Pick<
    Commitment,
    "deadline" | "startBy" | "completeWithinDays" | "startedOn" | "status" | "phases"
  >,
  anchors: Anchors,
  timeZone: string,
) {
  const next = nextDue(c, anchors, timeZone);
  const completion = resolveDeadlines(c, anchors, timeZone).find((d) => d.of === null)!;
  return {
    due_at: next?.dueAt ?? null,
    due_phase: next?.of ?? null,
    deadline_at: completion.dueAt,
  };
}

async function checkContent(deps: Deps, tx: Tx, input: CommitmentInput, anchors: Anchors) {
  checkBilingual(input.titleEn, input.titleAr, "title", "title");
  checkDeadlineShape(input);
  if (input.deadline) checkDayRef(input.deadline, "deadline", anchors);
  if (input.startBy) checkDayRef(input.startBy, "startBy", anchors);
  checkPhases(
    input.phases.map((p) => ({ ...p, status: "pending" })),
    anchors,
  );
  const provision = await findProvision(tx, { code: input.provisionCode });
  if (!provision) {
    throw new DomainError(
      "provision_not_found",
      `There is no provision (clause) "${input.provisionCode}".`,
      { field: "provisionCode" },
    );
  }
  const parties = [...new Set(input.obligatedParties)];
  const known = await existingPartyCodes(tx, parties);
  const unknown = parties.filter((p) => !known.has(p));
  if (unknown.length > 0) {
    throw new DomainError("party_not_found", `There is no party ${unknown.join(", ")}.`, {
      field: "obligatedParties",
    });
  }
  let geometry: unknown = null;
  if (input.target && "geometry" in input.target) {
    const v = validateGeometry(input.target.geometry, null, { area: deps.geography.area() });
    if (!v.ok) {
      throw new DomainError(
        "invalid_geometry",
        `The target's geometry: ${v.issues.map((i) => `${i.where}: ${i.message}`).join("; ")}`,
        { field: "target.geometry", issues: v.issues },
      );
    }
    geometry = v.geometry;
  }
  return { provisionId: provision.id, parties, geometry };
}

async function checkDependencies(tx: Tx, id: string, reference: string, dependsOn: string[]) {
  await lockDependencyGraph(tx);
  const ids = [...new Set(dependsOn)];
  const existing = await existingCommitmentIds(tx, ids);
  const missing = ids.filter((d) => !existing.has(d));
  if (missing.length > 0) throw commitmentNotFound(missing[0]!);
  const { graph, references } = await dependencyGraph(tx);
  references.set(id, reference);
  checkNoCycle(graph, id, ids, (x) => references.get(x) ?? x);
  return ids;
}

function contentColumns(
  input: CommitmentInput,
  checked: { provisionId: string; parties: string[]; geometry: unknown },
) {
  const t = input.target;
  return {
    provision_id: checked.provisionId,
    type: input.type,
    title_en: input.titleEn.trim(),
    title_ar: input.titleAr.trim(),
    description_en: input.descriptionEn.trim(),
    description_ar: input.descriptionAr.trim(),
    obligated_parties: checked.parties,
    beneficiaries: input.beneficiaries.trim(),
    target_quantity: t && "quantity" in t ? t.quantity : null,
    target_unit: t && "quantity" in t ? t.unit : null,
    target_geometry: checked.geometry === null ? null : JSON.stringify(checked.geometry),
    deadline: input.deadline ? JSON.stringify(input.deadline) : null,
    start_by: input.startBy ? JSON.stringify(input.startBy) : null,
    complete_within_days: input.completeWithinDays,
    responsible_body: input.responsibleBody.trim(),
    public: input.public,
  };
}

export async function createCommitment(
  deps: Deps,
  actor: Actor,
  input: CommitmentInput,
  opts: { idempotencyKey?: string } = {},
): Promise<{ commitment: Commitment; replayed: boolean }> {
  // The system sets up the mission profile's commitments (cfm mission init).
  if (actor.kind !== "system") requireRole(actor, COMMITMENT_EDITORS, "enter commitments");
  const userId = actor.kind === "user" ? actor.userId : null;
  const now = deps.clock();
  const timeZone = await missionTimeZone(deps);
  const requestHash = opts.idempotencyKey && userId ? sha256Hex(canonicalJson(input)) : null;
  const out = await inTransaction(deps, async (tx) => {
    if (opts.idempotencyKey && userId) {
      const prior = await findCommitmentByIdempotencyKey(tx, userId, opts.idempotencyKey);
      if (prior) {
        if (prior.request_hash !== requestHash)
          throw new DomainError(
            "idempotency_key_reused",
            "This Idempotency-Key was already used for a different commitment. Use a new key for a new commitment.",
          );
        return { row: prior, replayed: true };
      }
    }
    const anchors = await anchorDays(tx);
    const checked = await checkContent(deps, tx, input, anchors);
    const id = randomUUID();
    const reference = await nextCommitmentReference(tx);
    const dependsOn = await checkDependencies(tx, id, reference, input.dependsOn);
    const phases: Phase[] = input.phases.map((p) => ({ ...p, status: "pending" }));
    const status: CommitmentStatus = "not_started";
    const row = await insertCommitment(tx, {
      id,
      reference,
      ...contentColumns(input, checked),
      phases: JSON.stringify(phases),
      depends_on: dependsOn,
      status,
      status_changed_at: now,
      status_changed_by: actorLabel(actor),
      ...dueColumns({ ...input, phases, startedOn: null, status }, anchors, timeZone),
      source_kind: input.source?.kind ?? null,
      source_id: input.source?.id ?? null,
      created_by: userId,
      created_at: now,
      updated_at: now,
      idempotency_key: requestHash ? opts.idempotencyKey! : null,
      request_hash: requestHash,
    });
    await appendAudit(tx, {
      actor,
      action: "commitment.created",
      subject: `commitment:${id}`,
      at: now,
      rows: [{ table: "commitments", id }],
      details: { reference, provisionCode: input.provisionCode, dependsOn },
    });
    return { row, replayed: false };
  });
  return { commitment: rowToCommitment(out.row), replayed: out.replayed };
}

/** Replaces what the chief or an analyst wrote of a commitment; its status stays. */
export async function editCommitment(
  deps: Deps,
  actor: Actor,
  id: string,
  input: CommitmentInput,
): Promise<Commitment> {
  requireRole(actor, COMMITMENT_EDITORS, "edit commitments");
  requireUser(actor);
  const now = deps.clock();
  const timeZone = await missionTimeZone(deps);
  const row = await inTransaction(deps, async (tx) => {
    const before = await findCommitment(tx, id, { kind: "all" }, true);
    if (!before) throw commitmentNotFound(id);
    const anchors = await anchorDays(tx);
    const checked = await checkContent(deps, tx, input, anchors);
    const dependsOn = await checkDependencies(tx, id, before.reference, input.dependsOn);
    const old = rowToCommitment(before);
    // A phase keeps its status when its key stays.
    const phases: Phase[] = input.phases.map((p) => ({
      ...p,
      status: old.phases.find((q) => q.key === p.key)?.status ?? "pending",
    }));
    const updated = await updateCommitment(tx, id, {
      ...contentColumns(input, checked),
      phases: JSON.stringify(phases),
      depends_on: dependsOn,
      ...dueColumns(
        { ...input, phases, startedOn: old.startedOn, status: old.status },
        anchors,
        timeZone,
      ),
      updated_at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "commitment.edited",
      subject: `commitment:${id}`,
      at: now,
      rows: [{ table: "commitments", id }],
      details: { dependsOn },
    });
    return updated;
  });
  return rowToCommitment(row);
}

export type StatusChange =
  | { status: CommitmentStatus; reason: string }
  | { phaseKey: string; phaseStatus: PhaseStatus; reason: string };

/**
 * Moves a commitment along its status machine, or marks one phase of its timetable met (or
 * pending again). The same change sent again (a retry) changes nothing.
 */
export async function changeCommitmentStatus(
  deps: Deps,
  actor: Actor,
  id: string,
  change: StatusChange,
): Promise<Commitment> {
  requireRole(actor, COMMITMENT_EDITORS, "change a commitment's status");
  requireUser(actor);
  const now = deps.clock();
  const timeZone = await missionTimeZone(deps);
  const row = await inTransaction(deps, async (tx) => {
    const before = await findCommitment(tx, id, { kind: "all" }, true);
    if (!before) throw commitmentNotFound(id);
    const c = rowToCommitment(before);
    const anchors = await anchorDays(tx);
    let set: Omit<Parameters<typeof updateCommitment>[2], "updated_at">;
    let details: Record<string, unknown>;
    if ("phaseKey" in change) {
      const phase = c.phases.find((p) => p.key === change.phaseKey);
      if (!phase) {
        throw new DomainError(
          "validation_failed",
          `This commitment has no phase "${change.phaseKey}".`,
          {
            field: "phaseKey",
          },
        );
      }
      if (phase.status === change.phaseStatus) return before;
      const phases = c.phases.map((p) =>
        p.key === change.phaseKey ? { ...p, status: change.phaseStatus } : p,
      );
      set = { phases: JSON.stringify(phases), ...dueColumns({ ...c, phases }, anchors, timeZone) };
      details = {
        phase: change.phaseKey,
        from: phase.status,
        to: change.phaseStatus,
        reason: change.reason,
      };
    } else {
      if (c.status === change.status) return before;
      checkStatusMove(c.status, change.status, { dueAt: c.dueAt, now });
      const startedOn =
        c.startedOn ??
        (["in_progress", "partially_met", "met"].includes(change.status)
          ? dayInZone(now, timeZone)
          : null);
      set = {
        status: change.status,
        status_changed_at: now,
        status_changed_by: `user:${actor.username}`,
        status_reason: change.reason,
        started_on: startedOn,
        // A new status answers what a party disputed.
        disputed_at: null,
        ...dueColumns({ ...c, status: change.status, startedOn }, anchors, timeZone),
      };
      details = { from: c.status, to: change.status, reason: change.reason };
    }
    const updated = await updateCommitment(tx, id, { ...set, updated_at: now });
    await appendAudit(tx, {
      actor,
      action: "phaseKey" in change ? "commitment.phase_changed" : `commitment.${change.status}`,
      subject: `commitment:${id}`,
      at: now,
      rows: [{ table: "commitments", id }],
      details,
    });
    return updated;
  });
  return rowToCommitment(row);
}

export interface ObservationInput {
  observedAt: Date;
  noteEn: string;
  noteAr: string;
  showsStatus: Observation["showsStatus"];
  quantity: number | null;
  phaseKey: string | null;
  verificationLevel: string;
  source: string;
  sourceGrades: SourceGrade[];
  evidenceIds: string[];
  disputes: boolean;
}
