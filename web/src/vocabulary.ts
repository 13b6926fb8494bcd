/**
 * The domain's code lists and who-may-do-what, taken from the server's own pure domain modules
 * (src/domain) so that the interface never drifts from the rules. Authorization is still decided
 * by the server; these only choose what to offer.
 */
import { CATEGORY_CODES, CATEGORY_LABELS, SOURCE_KINDS } from "../../src/domain/taxonomy.js";
import {
  allowedSourceKinds,
  REPORT_COUNT_KINDS,
  REPORT_STATUSES,
} from "../../src/domain/reports.js";
import { CASE_STATES } from "../../src/domain/workflow.js";
import { CASE_ROLES } from "../../src/domain/roles.js";
import { ASSIGNEE_ROLE, TASKING_ROLES } from "../../src/domain/tasks.js";
import type { CaseState, CategoryCode, Role, SourceKind, User } from "./api/types.js";
import type { UiLanguage } from "./i18n/index.js";

export {
  CASE_STATES,
  CATEGORY_CODES,
  CATEGORY_LABELS,
  REPORT_COUNT_KINDS,
  REPORT_STATUSES,
  SOURCE_KINDS,
};

/** For plain-text places (options): the code isolated (FSI…PDI) so it leads in Arabic too. */
export function categoryLabel(code: CategoryCode, lang: UiLanguage): string {
  return `\u2068${code}\u2069 — ${CATEGORY_LABELS[code][lang]}`;
}

export const CATEGORY_GROUPS = ["A", "B", "C", "D", "E", "F"] as const;
export type CategoryGroup = (typeof CATEGORY_GROUPS)[number];

export function categoryGroupOf(code: CategoryCode): CategoryGroup {
  return code.charAt(0) as CategoryGroup;
}

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

const isCaseRole = (role: Role) => CASE_ROLES.includes(role);

export function sourceKindsFor(user: User): readonly SourceKind[] {
  return allowedSourceKinds({
    kind: "user",
    userId: user.id,
    username: user.username,
    role: user.role,
    party: user.party,
  });
}

export const can = {
  readReports: (u: User) => isCaseRole(u.role) || u.role === "monitor" || u.role === "liaison",
  readIncidents: (u: User) =>
    isCaseRole(u.role) || ["monitor", "liaison", "commission"].includes(u.role),
  fileReports: (u: User) => sourceKindsFor(u).length > 0,
  /** Open an incident from untriaged reports (TRIAGE roles of src/domain/workflow.ts). */
  triage: (u: User) => u.role === "intake" || u.role === "chief",
  seeInternalFields: (u: User) => isCaseRole(u.role),
  /** The monitor's own task list (ASSIGNEE_ROLE of src/domain/tasks.ts). */
  haveTasks: (u: User) => u.role === ASSIGNEE_ROLE,
  /** Assign, list and cancel an incident's tasks (TASKING_ROLES of src/domain/tasks.ts). */
  assignTasks: (u: User) => TASKING_ROLES.includes(u.role),
};
