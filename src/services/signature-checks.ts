/**
 * Checking a signed product against the mission's own records (decision 0020): its keys as the
 * database holds them, the audit chain behind its checkpoint, and its signature as recorded.
 * What `cfm verify` runs when it can reach the database.
 */
import {
  keyStatusCheck,
  type CheckStep,
  type DetachedSignature,
  type SignedEnvelope,
} from "../domain/signatures.js";
import { chainUpTo } from "../store/audit-repo.js";
import { listKeys, signaturesOf } from "../store/signatures-repo.js";
import type { Deps } from "./deps.js";

export async function checkAgainstDatabase(
  deps: Deps,
  file: SignedEnvelope | DetachedSignature,
): Promise<CheckStep[]> {
  const keys = await listKeys(deps.db);
  const c = file.checkpoint;
  const steps = [
    keyStatusCheck(keys, file.keyId, file.publicKeys[file.keyId], file.signedAt, file.kind),
    keyStatusCheck(keys, c.keyId, file.publicKeys[c.keyId], c.at, "checkpoint"),
  ];
  const chain = await chainUpTo(deps.db, c.seq);
  const name = "audit log";
  if (chain.problem)
    steps.push({
      name,
      ok: false,
      detail: `the audit log is broken at entry ${chain.problem.seq}, before checkpoint ${c.seq}: ${chain.problem.reason}`,
    });
  else if (chain.hash === null)
    steps.push({
      name,
      ok: false,
      detail: `the audit log has no entry ${c.seq} any more: it was cut back behind the checkpoint`,
    });
  else if (chain.hash !== c.headHash)
    steps.push({
      name,
      ok: false,
      detail: `the audit history behind checkpoint ${c.seq} was rewritten: entry ${c.seq}'s hash is now ${chain.hash}, the signed checkpoint says ${c.headHash}`,
    });
  else
    steps.push({
      name,
      ok: true,
      detail: `entries 1–${c.seq} link and hash, and entry ${c.seq} is the checkpoint's head`,
    });
  const recorded = (await signaturesOf(deps.db, file.kind, [file.id])).get(file.id);
  steps.push(
    !recorded
      ? {
          name: "record",
          ok: false,
          detail: `the mission's database holds no signature of ${file.kind} ${file.id}`,
        }
      : recorded.sha256 !== file.sha256 || recorded.signature !== file.signature
        ? {
            name: "record",
            ok: false,
            detail: `the mission signed ${file.kind} ${file.id} with another hash or signature`,
          }
        : {
            name: "record",
            ok: true,
            detail: `the mission's database records this signature of ${file.kind} ${file.id}`,
          },
  );
  return steps;
}
