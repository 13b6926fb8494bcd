/**
 * The commitments the joint commission's action items became (decision 0016), as a reader sees
 * them: the reference, title and status of those its commitment scope reads (a party: its own
 * and the public ones), nothing of the others.
 */
import type { CommitmentStatus } from "../domain/commitments.js";
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { commitmentSummaries } from "../store/commitments-repo.js";
import { commitmentScopeFor } from "./commitments.js";
import type { Deps, Tx } from "./deps.js";

export interface LinkedCommitment {
  id: string;
  reference: string;
  title: { en: string; ar: string };
  status: CommitmentStatus;
}

/** The commitments of `ids` the reader may read, by id. */
export async function linkedCommitments(
  db: Deps["db"] | Tx,
  actor: Actor,
  ids: (string | null)[],
): Promise<Map<string, LinkedCommitment>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  let scope;
  try {
    scope = commitmentScopeFor(actor);
  } catch (err) {
    if (err instanceof DomainError && err.code === "forbidden") return new Map();
    throw err;
  }
  const rows = await commitmentSummaries(db, wanted, scope);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        reference: r.reference,
        title: { en: r.title_en, ar: r.title_ar },
        status: r.status as CommitmentStatus,
      },
    ]),
  );
}
