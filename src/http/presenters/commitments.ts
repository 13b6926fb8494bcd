/**
 * What of a commitment leaves the server. A party's reader gets its own party's obligations and
 * the public ones, never an observation's source nor its evidence ids (source identities never
 * leave the mission), nor what created the commitment.
 */
import type { Commitment, Observation } from "../../domain/commitments.js";
import type { CommitmentSummary, CommitmentView } from "../../services/commitment-reads.js";
import type { PublicCommitment } from "../../services/public-commitments.js";
import type {
  CommitmentOut,
  CommitmentSummaryOut,
  ObservationOut,
  PublicCommitmentOut,
} from "../schemas/commitments-responses.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentCommitment(
  c: Commitment,
  provisionCode: string,
  visibleDependencies: readonly string[] = c.dependsOn,
): CommitmentOut {
  return {
    id: c.id,
    reference: c.reference,
    provisionCode,
    type: c.type,
    title: c.title,
    description: c.description,
    obligatedParties: c.obligatedParties,
    beneficiaries: c.beneficiaries,
    target: c.target,
    deadline: c.deadline,
    startBy: c.startBy,
    completeWithinDays: c.completeWithinDays,
    phases: c.phases.map((p) => ({
      key: p.key,
      title: { en: p.titleEn, ar: p.titleAr },
      deadline: p.deadline,
      status: p.status,
    })),
    dependsOn: c.dependsOn.filter((d) => visibleDependencies.includes(d)),
    responsibleBody: c.responsibleBody,
    status: c.status,
    statusChangedAt: c.statusChangedAt.toISOString(),
    statusReason: c.statusReason,
    startedOn: c.startedOn,
    dueAt: iso(c.dueAt),
    deadlineAt: iso(c.deadlineAt),
    duePhase: c.duePhase,
    disputed: c.disputedAt !== null,
    public: c.public,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

function presentSummary(s: CommitmentSummary): CommitmentSummaryOut {
  return { ...s, deadlineAt: iso(s.deadlineAt) };
}

/** A public commitment: what the public board lists of it, as it stood at the board's instant. */
export function presentPublicCommitment(c: PublicCommitment): PublicCommitmentOut {
  return {
    reference: c.reference,
    title: c.title,
    type: c.type,
    provisionCode: c.provisionCode,
    obligatedParties: c.obligatedParties,
    status: c.status,
    deadlineAt: c.deadlineAt?.toISOString() ?? null,
    disputed: c.disputed,
  };
}

export function presentObservation(o: Observation, mission: boolean): ObservationOut {
  return {
    id: o.id,
    observedAt: o.observedAt.toISOString(),
    note: o.note,
    showsStatus: o.showsStatus,
    quantity: o.quantity,
    phaseKey: o.phaseKey,
    verificationLevel: o.verificationLevel,
    disputes: o.disputes,
    recordedParty: o.recordedParty,
    recordedAt: o.recordedAt.toISOString(),
    ...(mission
      ? { source: o.source, sourceGrades: o.sourceGrades, evidenceIds: o.evidenceIds }
      : {}),
  };
}

export function presentCommitmentView(v: CommitmentView) {
  const visible = v.waitsFor.map((s) => s.id);
  return {
    ...presentCommitment(v.commitment, v.provisionCode, visible),
    full: v.full,
    deadlines: v.deadlines.map((d) => ({ ...d, dueAt: iso(d.dueAt) })),
    waitsFor: v.waitsFor.map(presentSummary),
    waitedForBy: v.waitedForBy.map(presentSummary),
    observations: v.observations.map((o) => presentObservation(o, v.mission)),
    breaches: v.breaches.map((b) => ({ ...b, openedAt: b.openedAt.toISOString() })),
    allowedStatuses: v.allowedStatuses,
    mayObserve: v.mayObserve,
    ...(v.mission ? { source: v.commitment.source } : {}),
  };
}
