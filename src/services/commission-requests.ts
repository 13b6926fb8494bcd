/**
 * The Idempotency-Key of the joint commission's creations (decision 0016): a meeting, an agenda
 * item, a decision, an action item, a delegation's note. The key, the hash of the request and the
 * record made are kept per user in the record's transaction; a retry with the same key answers
 * that record and makes nothing, a different request under the same key is refused.
 */
import { sha256Hex } from "../domain/audit-chain.js";
import { canonicalJson } from "../domain/canonical-json.js";
import { DomainError } from "../domain/errors.js";
import { findCommissionRequest, insertCommissionRequest } from "../store/commission-repo.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";

export type CommissionRecordKind = "meeting" | "agenda_item" | "decision" | "action_item" | "note";

export interface Made {
  recordId: string;
  meetingId: string;
}

/**
 * Runs `make` once per (user, key): in one transaction with the key's row. Two tries with one
 * key at once: the loser's insert of the key fails and its second try finds the winner's record.
 */
export async function makeOnce(
  deps: Deps,
  who: { userId: string; key: string | undefined },
  kind: CommissionRecordKind,
  request: unknown,
  make: (tx: Tx) => Promise<Made>,
): Promise<Made & { replayed: boolean }> {
  const { userId, key } = who;
  // Dates and undefined fields as JSON writes them, so that a retry hashes alike.
  const hash = key
    ? sha256Hex(canonicalJson({ kind, request: JSON.parse(JSON.stringify(request)) }))
    : "";
  const attempt = () =>
    inTransaction(deps, async (tx) => {
      if (key) {
        const prior = await findCommissionRequest(tx, userId, key);
        if (prior) {
          if (prior.request_hash !== hash) {
            throw new DomainError(
              "idempotency_key_reused",
              "This Idempotency-Key was already used for a different request. Use a new key for a new record.",
              { kind: prior.kind },
            );
          }
          return { recordId: prior.record_id, meetingId: prior.meeting_id, replayed: true };
        }
      }
      const made = await make(tx);
      if (key) {
        await insertCommissionRequest(tx, {
          user_id: userId,
          key,
          kind,
          request_hash: hash,
          record_id: made.recordId,
          meeting_id: made.meetingId,
          created_at: deps.clock(),
        });
      }
      return { ...made, replayed: false };
    });
  try {
    return await attempt();
  } catch (err) {
    if (!(key && isUniqueViolation(err))) throw err;
    return attempt();
  }
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "23505";
}
