/**
 * The joint commission's workspace, as pure rules (decision 0016): who stands where towards the
 * commission, how a meeting moves, and when a decision takes effect.
 */
import type { Actor } from "./roles.js";

/** A meeting is planned, then held, then closed; or, still planned, cancelled (it never met). */
export const MEETING_STATUSES = ["planned", "held", "closed", "cancelled"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ATTENDANCE_STATUSES = ["present", "absent", "excused"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const DECISION_STATUSES = ["proposed", "in_effect", "dissented", "superseded"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const ANSWER_KINDS = ["signed", "dissented"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const ACTION_OWNER_KINDS = ["party", "delegation", "mission"] as const;
export type ActionOwnerKind = (typeof ACTION_OWNER_KINDS)[number];

export const ACTION_STATUSES = ["open", "in_progress", "done", "cancelled"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * The records an agenda item may be about. Each is checked when the item is added: it exists and
 * the one adding the item may read it (the same refusal for both, so nothing is probed).
 */
export const AGENDA_SUBJECT_KINDS = [
  "incident",
  "release",
  "notice",
  "commitment",
  "geo_layer_version",
  "provision",
  "meeting",
  "decision",
] as const;
export type AgendaSubjectKind = (typeof AGENDA_SUBJECT_KINDS)[number];

/**
 * Where a user stands towards the commission:
 *  - secretariat: the chair (a commission member of no party) and the head of mission, who
 *    schedule meetings, keep the agenda, attendance and minutes, propose decisions;
 *  - delegate: a party's commission member, or a liaison sitting in the party's delegation;
 *  - party: a party's liaison outside its delegation, who reads what the commission has shared;
 *  - null: everyone else (the case roles, the auditor, the administrator) — the commission's
 *    work is not theirs to read here.
 */
export type CommissionStanding = "secretariat" | "delegate" | "party" | null;

export function commissionStanding(
  actor: Actor,
  delegationMembers: (party: string) => readonly string[],
): CommissionStanding {
  if (actor.kind !== "user") return null;
  if (actor.role === "chief") return "secretariat";
  if (actor.role === "commission") return actor.party ? "delegate" : "secretariat";
  if (actor.role === "liaison" && actor.party) {
    return delegationMembers(actor.party).includes(actor.userId) ? "delegate" : "party";
  }
  return null;
}

/** A meeting only moves forward: planned → held → closed, or planned → cancelled (never met). */
export function meetingMoveAllowed(from: MeetingStatus, to: MeetingStatus): boolean {
  if (from === "planned") return to === "held" || to === "cancelled";
  return from === "held" && to === "closed";
}

/** A closed meeting's record is final; a cancelled one never met, so it takes no record at all. */
export const meetingIsFinal = (status: string) => status === "closed" || status === "cancelled";

/**
 * A decision's status from the delegations' answers: any dissent and it does not take effect
 * (the dissent stays on record); every required delegation's signature and it is in effect.
 */
export function decisionStatusFrom(
  required: readonly string[],
  answers: readonly { party: string; kind: AnswerKind }[],
): Exclude<DecisionStatus, "superseded"> {
  if (answers.some((a) => a.kind === "dissented")) return "dissented";
  const signed = new Set(answers.filter((a) => a.kind === "signed").map((a) => a.party));
  return required.every((p) => signed.has(p)) ? "in_effect" : "proposed";
}

/**
 * Whether a decision's version is final: in effect, or replaced by a newer version (a dissented
 * version keeps its status for the record when it is revised, so the replacement is its own fact).
 */
export function decisionIsFinal(status: DecisionStatus, replacedAt: Date | null): boolean {
  return status === "in_effect" || status === "superseded" || replacedAt !== null;
}

/** A party's liaison outside the delegation reads the decisions the commission has settled. */
export function decisionSharedWithParty(status: DecisionStatus): boolean {
  return status === "in_effect" || status === "dissented";
}
