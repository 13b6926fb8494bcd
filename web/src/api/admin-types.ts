/** What the API answers about the audit log and about users (docs/openapi.json). */
import type { Role } from "./types.js";

export interface AuditEntry {
  seq: number;
  /** ISO 8601 instant, UTC. */
  at: string;
  /** "user:<username>", "public" or "system:<name>". */
  actor: string;
  action: string;
  /** "incident:<id>", "user:<id>", "setting:read_only"… */
  subject: string;
  /** The subject's reference, tracking number or username, where it has one. */
  subjectLabel: string | null;
  hash: string;
  prevHash: string;
}

export interface AuditPage {
  items: AuditEntry[];
  nextAfter: number | null;
  nextBefore: number | null;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  rowsChecked: number;
  problem: { seq: number | null; reason: string } | null;
}

export interface UserOverview {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  party: string | null;
  isDemo: boolean;
  disabled: boolean;
  secondFactorEnrolled: boolean;
  activeSessions: number;
  lastLoginAt: string | null;
}

interface ReadOnlyMode {
  enabled: boolean;
  reason: string | null;
  since: string | null;
}

export interface Health {
  status: "ok";
  readOnly: ReadOnlyMode;
}
