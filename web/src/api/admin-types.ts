/** What the API answers about the audit log and about users: read off the generated types. */
import type { Answer } from "./answers.js";

export type AuditPage = Answer<"/api/v1/audit", "get">;
export type AuditEntry = AuditPage["items"][number];
export type AuditVerification = Answer<"/api/v1/audit/verify", "get">;
export type UserOverview = Answer<"/api/v1/admin/users", "get">["items"][number];
