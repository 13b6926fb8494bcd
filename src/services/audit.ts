/**
 * The audit log for its readers: reading a page of it and verifying the chain. Appending to the
 * chain, row hashes and verification are persistence (store/audit-repo.ts); their names are
 * exported here too, for the services that write audit entries.
 */
import type { AuditEntry } from "../domain/audit-chain.js";
import type { Actor } from "../domain/roles.js";
import { listAudit, verifyAudit, type VerifyResult } from "../store/audit-repo.js";
import { requireRole } from "./access.js";
import type { Deps } from "./deps.js";

export {
  appendAudit,
  appendAuditAlone,
  appendAuditMany,
  listAudit,
  PRIMARY_KEY,
  rowHash,
  verifyAudit,
  type AuditInput,
  type AuditProblem,
  type ChainedEntry,
  type Head,
  type VerifyResult,
} from "../store/audit-repo.js";

/** Who reads the whole log and verifies the chain: the auditor, and the chief. */
const AUDIT_READERS = ["auditor", "chief"] as const;

/** A page of the whole audit log, for its readers. */
export async function readAuditLog(
  deps: Deps,
  actor: Actor,
  opts: { afterSeq?: number; subject?: string; limit: number },
): Promise<AuditEntry[]> {
  requireRole(actor, AUDIT_READERS, "read the audit log");
  return listAudit(deps.db, opts);
}

/** Recomputes the chain and checks every audited row, for the log's readers. */
export async function verifyAuditFor(deps: Deps, actor: Actor): Promise<VerifyResult> {
  requireRole(actor, AUDIT_READERS, "verify the audit log");
  return verifyAudit(deps.db);
}
