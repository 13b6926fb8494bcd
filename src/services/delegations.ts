/**
 * The joint body's delegations (the 5+5 JMC's, the RCC's): per party, its members — users of that
 * party with the commission or liaison role — and its head. An administrator sets them; the head
 * of mission and the joint body's chair (a commission member of no party) read them all; a
 * party's own users read their own delegation only, never the other's.
 */
import { DomainError } from "../domain/errors.js";
import { ADMINISTRATORS, delegationsReadable, hasRole, type Actor } from "../domain/roles.js";
import {
  delegateRows,
  eligibleDelegateRows,
  listDelegationRows,
  upsertDelegation,
  type DelegateRow,
} from "../store/delegations-repo.js";
import { requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";
import { requirePartiesExist } from "./parties.js";

const DELEGATE_ROLES = ["commission", "liaison"];

export interface Delegation {
  party: string;
  head: DelegateRow | null;
  members: DelegateRow[];
  updatedAt: Date | null;
  /** Who could be added (administrators only; empty for other readers). */
  eligible: DelegateRow[];
}

/** The party whose delegation only this actor may read, or null for all of them. */
function readableParty(actor: Actor): string | null {
  requireUser(actor);
  const readable = delegationsReadable(actor.role, actor.party);
  if (readable === "all") return null;
  if (readable === "own" && actor.party) return actor.party;
  throw new DomainError("forbidden", `The ${actor.role} role may not read the delegations.`, {
    roles: ["admin", "chief", "commission", "liaison"],
  });
}

export async function listDelegations(deps: Deps, actor: Actor): Promise<Delegation[]> {
  const only = readableParty(actor);
  const rows = await listDelegationRows(deps.db, only ?? undefined);
  const users = await delegateRows(
    deps.db,
    rows.flatMap((r) => r.memberIds),
  );
  const byId = new Map(users.map((u) => [u.id, u]));
  const admin = hasRole(actor, ...ADMINISTRATORS);
  const out: Delegation[] = [];
  for (const r of rows) {
    out.push({
      party: r.party,
      head: (r.headUserId && byId.get(r.headUserId)) || null,
      members: r.memberIds.flatMap((id) => byId.get(id) ?? []),
      updatedAt: r.updatedAt,
      eligible: admin ? await eligibleDelegateRows(deps.db, r.party) : [],
    });
  }
  return out;
}

/** Sets a party's delegation: its members (replacing the list) and its head, one of them; answers them all. */
export async function setDelegation(
  deps: Deps,
  actor: Actor,
  party: string,
  input: { memberIds: string[]; headUserId: string | null },
): Promise<Delegation[]> {
  if (actor.kind !== "system") requireRole(actor, ADMINISTRATORS, "set the delegations");
  const memberIds = [...new Set(input.memberIds)];
  if (input.headUserId && !memberIds.includes(input.headUserId)) {
    throw new DomainError("delegation_member_invalid", "The head must be one of the members.", {
      field: "headUserId",
    });
  }
  await inTransaction(deps, async (tx) => {
    await requirePartiesExist(deps, tx, [party]);
    const found = new Map((await delegateRows(tx, memberIds)).map((u) => [u.id, u]));
    for (const id of memberIds) {
      const u = found.get(id);
      if (!u || u.party !== party || !DELEGATE_ROLES.includes(u.role) || u.disabled) {
        throw new DomainError(
          "delegation_member_invalid",
          `A member of the ${party} delegation must be an enabled commission member or liaison of the ${party}.`,
          { field: "memberIds", user: id },
        );
      }
    }
    const at = deps.clock();
    await upsertDelegation(tx, {
      party,
      headUserId: input.headUserId,
      memberIds,
      updatedAt: at,
    });
    await appendAudit(tx, {
      actor,
      action: "delegation.set",
      subject: `party:${party}`,
      at,
      rows: [{ table: "delegations", id: party }],
      details: { members: memberIds.length, head: input.headUserId },
    });
  });
  return listDelegations(deps, actor);
}
