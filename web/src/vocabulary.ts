/**
 * The domain's code lists and who-may-do-what, taken from the server's own pure domain modules
 * (src/domain) so that the interface never drifts from the rules. Authorization is still decided
 * by the server; these only choose what to offer.
 */
import {
  CATEGORY_CODES,
  CATEGORY_GROUPS,
  CATEGORY_LABELS,
  categoryGroupOf,
  SOURCE_KINDS,
  type CategoryGroup,
} from "../../src/domain/taxonomy.js";
import {
  allowedSourceKinds,
  REPORT_COUNT_KINDS,
  REPORT_STATUSES,
} from "../../src/domain/reports.js";
import { CASE_STATES, isReleasing, STATE_GROUPS, stateGroupOf } from "../../src/domain/workflow.js";
import {
  ADMINISTRATORS,
  GAZETTEER_CURATORS,
  GAZETTEER_EDITORS,
  AUDIT_READERS,
  CASE_ROLES,
  CONTEXT_EVENT_READERS,
  OPEN_DATA_IMPORTERS,
  delegationsReadable,
  FINDING_ROLES,
  TRIAGE_ROLES,
} from "../../src/domain/roles.js";
import { ASSIGNEE_ROLE, TASKING_ROLES } from "../../src/domain/tasks.js";
import { COMMITMENT_EDITORS, COMMITMENT_READERS, OBSERVERS } from "../../src/domain/commitments.js";
import { PRODUCT_AUTHORS, PRODUCT_MISSION_READERS } from "../../src/domain/report-products.js";
import { INCIDENT_SORTS, SORT_ORDERS } from "../../src/domain/incidents.js";
import { LAYER_WRITERS } from "../../src/domain/geo/layers.js";
import type { CategoryCode, Role, SourceKind, User } from "./api/types.js";
import type { UiLanguage } from "./i18n/index.js";

export type { CategoryGroup };
export {
  INCIDENT_SORTS,
  SORT_ORDERS,
  CASE_STATES,
  isReleasing,
  CATEGORY_CODES,
  CATEGORY_GROUPS,
  categoryGroupOf,
  STATE_GROUPS,
  stateGroupOf,
  CATEGORY_LABELS,
  REPORT_COUNT_KINDS,
  REPORT_STATUSES,
  SOURCE_KINDS,
};

/** For plain-text places (options): the code isolated (FSI…PDI) so it leads in Arabic too. */
export function categoryLabel(code: CategoryCode, lang: UiLanguage): string {
  return `\u2068${code}\u2069 — ${CATEGORY_LABELS[code][lang]}`;
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
  /** Open an incident from untriaged reports (TRIAGE_ROLES of src/domain/roles.ts). */
  triage: (u: User) => TRIAGE_ROLES.includes(u.role),
  /** Draft findings (FINDING_ROLES, ibid.). */
  draftFindings: (u: User) => FINDING_ROLES.includes(u.role),
  seeInternalFields: (u: User) => isCaseRole(u.role),
  /** The monitor's own task list (ASSIGNEE_ROLE of src/domain/tasks.ts). */
  haveTasks: (u: User) => u.role === ASSIGNEE_ROLE,
  /** Assign, list and cancel an incident's tasks (TASKING_ROLES of src/domain/tasks.ts). */
  assignTasks: (u: User) => TASKING_ROLES.includes(u.role),
  /** Define geo layers, add and end their versions (LAYER_WRITERS of src/domain/geo/layers.ts). */
  editGeoLayers: (u: User) => LAYER_WRITERS.includes(u.role),
  /** Read the audit log and verify its chain (AUDIT_READERS of src/domain/roles.ts). */
  readAuditLog: (u: User) => AUDIT_READERS.includes(u.role),
  /** The signing keys and checkpoints page (decision 0020; the data itself is public). */
  readSigning: (u: User) => AUDIT_READERS.includes(u.role) || ADMINISTRATORS.includes(u.role),
  /** Add places and correct positions in the gazetteer (GAZETTEER_EDITORS, ibid.). */
  editGazetteer: (u: User) => GAZETTEER_EDITORS.includes(u.role),
  /** Import ACLED and UCDP GED files (OPEN_DATA_IMPORTERS), read their events (decision 0021). */
  importOpenData: (u: User) => OPEN_DATA_IMPORTERS.includes(u.role),
  readContextEvents: (u: User) => CONTEXT_EVENT_READERS.includes(u.role),
  /** Merge duplicate places and import place files (GAZETTEER_CURATORS, ibid.). */
  curateGazetteer: (u: User) => GAZETTEER_CURATORS.includes(u.role),
  /** Users' sessions and second factors, emergency switches (ADMINISTRATORS, ibid.). */
  administer: (u: User) => ADMINISTRATORS.includes(u.role),
  /** Read the joint body's delegations, all or their own party's (delegationsReadable, ibid.). */
  readDelegations: (u: User) => delegationsReadable(u.role, u.party) !== null,
  /**
   * The joint commission's workspace (decision 0016): its members of both parties and the chair,
   * the head of mission, and the parties' liaisons (what the commission has shared).
   */
  readCommission: (u: User) =>
    u.role === "chief" || u.role === "commission" || (u.role === "liaison" && u.party !== null),
  /** Schedule meetings, keep agenda, attendance and minutes: the chair and the head of mission. */
  keepCommission: (u: User) => u.role === "chief" || (u.role === "commission" && !u.party),
  /** Record agreements, new wordings of provisions, imports (the chief and administrators). */
  editAgreements: (u: User) => u.role === "chief" || ADMINISTRATORS.includes(u.role),
  /** Read formal notices and their ladders (decision 0017: who reads which step is the server's). */
  readEnforcement: (u: User) => isCaseRole(u.role) || ["liaison", "commission"].includes(u.role),
  /** Issue notices, refer cases, record decisions: the head of mission. */
  issueNotices: (u: User) => u.role === "chief",
  /** Read commitments, a party its own and the public (COMMITMENT_READERS, src/domain/commitments.ts). */
  readCommitments: (u: User) => COMMITMENT_READERS.includes(u.role),
  /** Enter and edit commitments and move their status (COMMITMENT_EDITORS, ibid.). */
  editCommitments: (u: User) => COMMITMENT_EDITORS.includes(u.role),
  /** Report products (decision 0022): the mission at every stage, the parties once released. */
  readProducts: (u: User) => [...PRODUCT_MISSION_READERS, "liaison", "commission"].includes(u.role),
  /** Generate and edit report products (PRODUCT_AUTHORS, src/domain/report-products.ts). */
  writeProducts: (u: User) => PRODUCT_AUTHORS.includes(u.role),
  /** Record progress observations (OBSERVERS, ibid.). */
  observeCommitments: (u: User) => OBSERVERS.includes(u.role),
};
