/**
 * Case workflow of domain.md §3.2: which transitions exist, which roles may make each, and the
 * four-eyes rule. Pure: the service supplies the facts (current finding, its drafter).
 */
import { releaseAudience, type Classification } from "./access-rules.js";
import { DomainError } from "./errors.js";
import { FINDING_ROLES, REVIEW_ROLES, TRIAGE_ROLES, type Role } from "./roles.js";

export const CASE_STATES = [
  "received",
  "triaged",
  "de_escalation",
  "under_verification",
  "assessed",
  "in_review",
  "right_of_reply",
  "endorsed",
  "published",
  "restricted_release",
  "follow_up",
  "closed",
  "reopened",
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Coarse stages of a case, for lists and badges. */
export const STATE_GROUPS = ["intake", "verification", "decision", "released", "closed"] as const;
export type StateGroup = (typeof STATE_GROUPS)[number];

const GROUP_OF_STATE: Record<CaseState, StateGroup> = {
  received: "intake",
  triaged: "intake",
  de_escalation: "intake",
  under_verification: "verification",
  assessed: "verification",
  in_review: "verification",
  reopened: "verification",
  right_of_reply: "decision",
  endorsed: "decision",
  published: "released",
  restricted_release: "released",
  follow_up: "released",
  closed: "closed",
};

export function stateGroupOf(state: CaseState): StateGroup {
  return GROUP_OF_STATE[state];
}

/** The states of a group, or the one state ("closed" is both, with the same meaning). */
export function statesMatching(stateOrGroup: CaseState | StateGroup): CaseState[] {
  return CASE_STATES.filter((s) => s === stateOrGroup || GROUP_OF_STATE[s] === stateOrGroup);
}

interface TransitionRule {
  from: CaseState;
  to: CaseState;
  roles: readonly Role[];
  /** The actor approves the current finding: must not be the analyst who drafted it. */
  approvesFinding?: boolean;
  /** A finding version must exist before the case may enter `to`. */
  needsFinding?: boolean;
}

const TRIAGE = TRIAGE_ROLES;
const ANALYSIS = FINDING_ROLES;
const REVIEW = REVIEW_ROLES;
const CHIEF: readonly Role[] = ["chief"];

export const TRANSITIONS: readonly TransitionRule[] = [
  { from: "received", to: "triaged", roles: TRIAGE },
  { from: "received", to: "closed", roles: TRIAGE },
  { from: "triaged", to: "de_escalation", roles: TRIAGE },
  { from: "de_escalation", to: "triaged", roles: TRIAGE },
  { from: "de_escalation", to: "under_verification", roles: [...TRIAGE, "analyst"] },
  { from: "triaged", to: "under_verification", roles: [...TRIAGE, "analyst"] },
  { from: "triaged", to: "closed", roles: TRIAGE },
  { from: "under_verification", to: "assessed", roles: ANALYSIS, needsFinding: true },
  { from: "assessed", to: "under_verification", roles: ANALYSIS },
  { from: "assessed", to: "in_review", roles: ANALYSIS, needsFinding: true },
  { from: "in_review", to: "under_verification", roles: REVIEW },
  { from: "in_review", to: "assessed", roles: REVIEW },
  { from: "in_review", to: "right_of_reply", roles: REVIEW, approvesFinding: true },
  { from: "in_review", to: "endorsed", roles: CHIEF, approvesFinding: true },
  { from: "right_of_reply", to: "endorsed", roles: CHIEF, approvesFinding: true },
  { from: "right_of_reply", to: "under_verification", roles: CHIEF },
  { from: "endorsed", to: "published", roles: CHIEF },
  { from: "endorsed", to: "restricted_release", roles: CHIEF },
  { from: "restricted_release", to: "published", roles: CHIEF },
  { from: "published", to: "follow_up", roles: CHIEF },
  { from: "restricted_release", to: "follow_up", roles: CHIEF },
  { from: "published", to: "closed", roles: CHIEF },
  { from: "restricted_release", to: "closed", roles: CHIEF },
  { from: "follow_up", to: "closed", roles: CHIEF },
  { from: "closed", to: "reopened", roles: CHIEF },
  { from: "reopened", to: "under_verification", roles: [...ANALYSIS] },
];

/** Moves that release the finding to its audience: a snapshot every recipient reads at one instant. */
const RELEASING_STATES = ["restricted_release", "published"] as const;
type ReleasingState = (typeof RELEASING_STATES)[number];

export function isReleasing(state: CaseState): state is ReleasingState {
  return (RELEASING_STATES as readonly CaseState[]).includes(state);
}

/** States in which an analyst may add a finding version; later states freeze the finding. */
export const FINDING_EDITABLE_STATES: readonly CaseState[] = [
  "triaged",
  "de_escalation",
  "under_verification",
  "assessed",
  "reopened",
];

export interface TransitionFacts {
  from: CaseState;
  to: CaseState;
  role: Role;
  actorUserId: string;
  /** The drafter of the current (latest) finding version, or null when there is none. */
  findingDraftedBy: string | null;
}

function findTransition(from: CaseState, to: CaseState): TransitionRule | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export function allowedTransitions(from: CaseState, role: Role): CaseState[] {
  return TRANSITIONS.filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.to);
}

/** Why the transition may not be made, as the error to answer with; null when it may. */
function transitionRefusal(facts: TransitionFacts): DomainError | null {
  const rule = findTransition(facts.from, facts.to);
  if (!rule) {
    const next = TRANSITIONS.filter((t) => t.from === facts.from).map((t) => t.to);
    return new DomainError(
      "transition_not_allowed",
      `An incident in state "${facts.from}" cannot move to "${facts.to}". ` +
        (next.length ? `From "${facts.from}" it can move to: ${next.join(", ")}.` : ""),
      { from: facts.from, to: facts.to, allowed: next },
    );
  }
  if (!rule.roles.includes(facts.role)) {
    return new DomainError(
      "transition_role_forbidden",
      `The ${facts.role} role may not move an incident from "${facts.from}" to "${facts.to}"; ` +
        `this needs one of: ${rule.roles.join(", ")}.`,
      { from: facts.from, to: facts.to, roles: rule.roles },
    );
  }
  if ((rule.needsFinding || rule.approvesFinding) && facts.findingDraftedBy === null) {
    return new DomainError(
      "finding_required",
      `An incident needs a drafted finding before it can move to "${facts.to}".`,
    );
  }
  if (rule.approvesFinding && facts.findingDraftedBy === facts.actorUserId) {
    return new DomainError(
      "four_eyes_violation",
      "The person who drafted the finding cannot also approve it; another reviewer must do so.",
    );
  }
  return null;
}

/** Throws a DomainError when the transition may not be made; returns the rule when it may. */
export function checkTransition(facts: TransitionFacts): TransitionRule {
  const refusal = transitionRefusal(facts);
  if (refusal) throw refusal;
  return findTransition(facts.from, facts.to)!;
}

/**
 * The states this actor may move the incident to now: the rules of its role whose conditions
 * hold, and, into a released state, only when the classifications of the incident and of its
 * current finding (null: none) permit a release.
 */
export function permittedTransitions(
  facts: Omit<TransitionFacts, "to">,
  classifications: { incident: Classification; finding: Classification | null },
): CaseState[] {
  return allowedTransitions(facts.from, facts.role).filter(
    (to) =>
      transitionRefusal({ ...facts, to }) === null &&
      !(
        isReleasing(to) &&
        classifications.finding !== null &&
        releaseAudience(to, classifications.incident, classifications.finding) === null
      ),
  );
}
