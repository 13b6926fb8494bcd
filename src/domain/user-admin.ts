/**
 * The rules of administering users and teams (issue 12): which roles belong to a party, which may
 * join a team, and that the mission never loses its last active administrator. Pure: no I/O.
 */
import type { Role } from "./roles.js";

/** Roles that speak for a party: a liaison, a member of the joint body's delegation. */
export const PARTY_ROLES: readonly Role[] = ["liaison", "commission"];

/**
 * Of those, the roles that must have a party: a liaison always. A commission member of no party
 * is the joint body's chair (decision 0016), as the delegations' and the commission's rules read it.
 */
export const PARTY_REQUIRED_ROLES: readonly Role[] = ["liaison"];

/** Roles that work an area: a team's members see its sectors first, and may be narrowed to them. */
export const TEAM_ROLES: readonly Role[] = ["monitor", "analyst"];

/** A login name: lowercase letters, digits, dot, underscore, hyphen (the users table's own check). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/** A team's code: lowercase, short, stable (it is kept in users and in the audit log). */
export const TEAM_CODE_PATTERN = /^[a-z][a-z0-9_-]{1,31}$/;

/** A rule a user's role, party and team break, with the field to blame. */
export interface AssignmentProblem {
  field: "party" | "team";
  message: string;
}

/** What is wrong with this role, party and team together, or null. Parties' existence is checked apart. */
export function assignmentProblem(a: {
  role: Role;
  party: string | null;
  team: string | null;
}): AssignmentProblem | null {
  if (PARTY_REQUIRED_ROLES.includes(a.role) && !a.party) {
    return { field: "party", message: `A ${a.role} user must belong to a party.` };
  }
  if (!PARTY_ROLES.includes(a.role) && a.party) {
    return {
      field: "party",
      message: `A ${a.role} user belongs to the mission, not to a party: leave the party empty.`,
    };
  }
  if (a.team && !TEAM_ROLES.includes(a.role)) {
    return {
      field: "team",
      message: `Only monitors and analysts join a team; a ${a.role} user has none.`,
    };
  }
  return null;
}

/** A user as far as the last-administrator rule cares. */
export interface AdminSeat {
  id: string;
  role: Role;
  disabled: boolean;
}

/**
 * Whether the change leaves at least one enabled administrator: `users` is everyone before the
 * change, `after` the user changed as they will be.
 */
export function leavesAnAdministrator(users: readonly AdminSeat[], after: AdminSeat): boolean {
  return users.some((u) => {
    const v = u.id === after.id ? after : u;
    return v.role === "admin" && !v.disabled;
  });
}
