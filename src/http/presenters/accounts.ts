/** What leaves the server about sessions and API tokens: never a secret or its hash. */
import type { ApiToken } from "../../services/api-tokens.js";
import type { SessionView } from "../../services/sessions.js";
import type { UserOverview } from "../../services/user-admin.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentSession(s: SessionView, currentId: string | null) {
  return {
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    lastSeenAt: iso(s.lastSeenAt),
    userAgent: s.userAgent,
    ip: s.ip,
    enrolmentOnly: s.enrolmentOnly,
    current: s.id === currentId,
  };
}

export function presentApiToken(t: ApiToken, now: Date) {
  return {
    id: t.id,
    name: t.name,
    scopes: t.scopes,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    revokedAt: iso(t.revokedAt),
    lastUsedAt: iso(t.lastUsedAt),
    active: !t.revokedAt && t.expiresAt.getTime() > now.getTime(),
  };
}

/** A row of the administrators' list of users: who they are and how they log in, no secret. */
export function presentUserOverview(u: UserOverview) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    party: u.party,
    team: u.team,
    isDemo: u.isDemo,
    disabled: u.disabled,
    secondFactorEnrolled: u.secondFactorEnrolled,
    passwordChangeRequired: u.passwordChangeRequired,
    activeSessions: u.activeSessions,
    lastLoginAt: iso(u.lastLoginAt),
  };
}
