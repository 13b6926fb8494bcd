/** Roles of DESIGN.md §1. A party liaison (and a joint-commission member) belongs to a party. */
export const ROLES = [
  "intake",
  "monitor",
  "analyst",
  "reviewer",
  "chief",
  "liaison",
  "commission",
  "auditor",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to the mission itself and may read case content. */
export const CASE_ROLES: readonly Role[] = ["intake", "analyst", "reviewer", "chief"];

/** Who imports other datasets' files (ACLED, UCDP GED): the analysts and the head of mission. */
export const OPEN_DATA_IMPORTERS: readonly Role[] = ["analyst", "chief"];
/** Who reads the context events imported from them: the mission's case roles (decision 0021). */
export const CONTEXT_EVENT_READERS: readonly Role[] = [...CASE_ROLES];

/** Who reads the whole audit log and verifies its chain: the auditor, and the head of mission. */
export const AUDIT_READERS: readonly Role[] = ["auditor", "chief"];

/**
 * Who keeps the gazetteer: adds a missing place and corrects a position (the analysts meet the
 * gaps first); merging duplicates and importing files, which touch many places, is for the
 * administrator and the head of mission only.
 */
export const GAZETTEER_EDITORS: readonly Role[] = ["admin", "chief", "analyst"];
export const GAZETTEER_CURATORS: readonly Role[] = ["admin", "chief"];

/**
 * Who administers users (creates them, changes their role, party and team, disables them), their
 * sessions and second factors, and the emergency switches: the administrator only — not the head
 * of mission, whose decisions the accounts constrain (decision 0010).
 */
export const ADMINISTRATORS: readonly Role[] = ["admin"];

/**
 * Which of the joint body's delegations a user reads: the administrator (who sets them), the
 * head of mission and the joint body's chair (a commission member of no party) all of them; a
 * party's commission members and liaisons their own party's only; anyone else none.
 */
export function delegationsReadable(role: Role, party: string | null): "all" | "own" | null {
  if (ADMINISTRATORS.includes(role) || role === "chief") return "all";
  if (role === "commission" && !party) return "all";
  if ((role === "commission" || role === "liaison") && party) return "own";
  return null;
}

/** Who is acting: a logged-in user, or the public intake form (no login). */
export type Actor =
  | {
      kind: "user";
      userId: string;
      username: string;
      role: Role;
      party: string | null;
      /**
       * Need-to-know by area: the sector codes of the user's team when it is marked "area only";
       * the user reads no incident (nor report) outside them. Absent: no such narrowing.
       */
      area?: readonly string[];
    }
  | { kind: "public" }
  | { kind: "system"; name: string };

export function actorLabel(actor: Actor): string {
  if (actor.kind === "user") return `user:${actor.username}`;
  if (actor.kind === "public") return "public";
  return `system:${actor.name}`;
}

export function isCaseRole(actor: Actor): boolean {
  return actor.kind === "user" && CASE_ROLES.includes(actor.role);
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === "user" && roles.includes(actor.role);
}

/** Who triages: opens incidents from reports, merges reports, closes them out of scope. */
export const TRIAGE_ROLES: readonly Role[] = ["intake", "chief"];

/** Who analyses: drafts findings and moves a case through verification and assessment. */
export const FINDING_ROLES: readonly Role[] = ["analyst", "chief"];

/** Who reviews a drafted finding. */
export const REVIEW_ROLES: readonly Role[] = ["reviewer", "chief"];
