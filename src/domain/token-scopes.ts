/**
 * What an API token may be used for. A token acts as its user (same role, same party, never
 * more) and only on routes that declare one of its scopes; a route that declares none refuses
 * every token (deny by default). Writes are deliberately few: machine clients file reports and
 * attach evidence, they do not move cases.
 */
export const TOKEN_SCOPES = [
  "reports:read",
  "reports:create",
  "evidence:read",
  "evidence:create",
  "incidents:read",
  "agreements:read",
  "geo:read",
  "places:read",
  "audit:read",
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The longest life a token may be given. */
export const MAX_TOKEN_DAYS = 366;

/** Every API token starts with this, so a leaked one is easy to recognise (and to scan for). */
export const TOKEN_PREFIX = "cfm_pat_";

export function isTokenScope(s: string): s is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(s);
}
